import { z } from "astro/zod";

/** A place in a report's text: a numbered paragraph and words copied exactly from it. */
export const paragraphCitation = z.strictObject({
  // Counted by bodyParagraphs(), as the page numbers them.
  paragraph: z
    .number()
    .int()
    .positive()
    .describe("The paragraph's number on the report page, from 1: the page's fragment `#p-N`."),
  snippet: z
    .string()
    .min(1)
    .describe("Words copied exactly from that paragraph; the build fails when they are not there."),
});

/** A citation that names its report too. */
export const reportCitation = paragraphCitation.extend({
  report: z
    .string()
    .min(1)
    .describe("The report's slug, as in reports.json: its file name in content/reports/ without `.md`."),
});

export type ParagraphCitation = z.infer<typeof paragraphCitation>;
export type ReportCitation = z.infer<typeof reportCitation>;

/**
 * Each report's paragraphs, as bodyParagraphs() gives them: index 0 is
 * `#p-1`. A Map will do; the build reads a report's only when it is cited.
 */
export interface ParagraphTable {
  has(slug: string): boolean;
  get(slug: string): readonly string[] | undefined;
  /** Every report's slug. */
  keys(): Iterable<string>;
}

/** What is wrong with a citation, or undefined when the snippet is in the cited paragraph. */
export function citationProblem(paragraphs: ParagraphTable, citation: ReportCitation): string | undefined {
  const text = paragraphs.get(citation.report);
  if (!text)
    return `report "${citation.report}" does not exist (known: ${[...paragraphs.keys()].join(", ")})`;
  const paragraph = text[citation.paragraph - 1];
  if (paragraph === undefined) {
    return `report "${citation.report}" has ${text.length} paragraphs, not ${citation.paragraph}`;
  }
  if (!paragraph.includes(citation.snippet)) {
    const elsewhere = text.findIndex((other) => other.includes(citation.snippet));
    const hint =
      elsewhere >= 0 ? ` (it is in paragraph ${elsewhere + 1})` : " (it is in no paragraph of that report)";
    return `snippet "${citation.snippet}" is not in paragraph ${citation.paragraph} of "${citation.report}"${hint}`;
  }
  return undefined;
}
