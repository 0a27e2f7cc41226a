import { capitalise, countInWords, countWord } from "../vocabulary.ts";
import type { ReportData } from "./schema.ts";

/**
 * What pages say about the reports as a whole, worked out from the
 * collection so that an import never leaves a page stating an old count or
 * a fact that no longer holds ("only one carries a date").
 */
export interface CollectionFacts {
  reports: number;
  /** Copies printing their author's name, their date, their outlet's name. */
  bylines: number;
  dated: number;
  outletsNamed: number;
  outletsAttributed: number;
  /** "none carries a byline, and only one carries a date." */
  sentence: string;
  /** "The copies name no outlet: four are attributed by matching …" */
  outletSentence: string;
}

type Facts = Pick<ReportData, "outlet" | "author" | "published">;

/** "none carries", "only one carries", "two carry", "every one carries". */
function howMany(count: number, total: number): string {
  if (count === 0) return "none carries";
  if (count === total) return total === 1 ? "it carries" : "every one carries";
  if (count === 1) return "only one carries";
  return `${countWord(count)} carry`;
}

export function collectionFacts(reports: readonly Facts[]): CollectionFacts {
  const total = reports.length;
  const bylines = reports.filter((data) => data.author?.basis === "stated").length;
  const dated = reports.filter((data) => data.published.basis === "stated").length;
  const outletsNamed = reports.filter((data) => data.outlet.basis === "stated").length;
  const outletsAttributed = reports.filter((data) => data.outlet.basis === "attributed").length;
  const named =
    outletsNamed === 0
      ? `The copies name no outlet.`
      : outletsNamed === total
        ? `Every copy names its outlet.`
        : `${capitalise(countInWords(outletsNamed, "copy", "copies"))} of ${countWord(total)} ${outletsNamed === 1 ? "names its" : "name their"} outlet.`;
  const attributed =
    outletsAttributed === 0
      ? ""
      : ` ${capitalise(countInWords(outletsAttributed, "outlet"))} ${outletsAttributed === 1 ? "comes" : "come"} from matching the text against public republications of the same story.`;
  return {
    reports: total,
    bylines,
    dated,
    outletsNamed,
    outletsAttributed,
    sentence: `${howMany(bylines, total)} a byline, and ${howMany(dated, total)} a date.`,
    outletSentence: `${named}${attributed}`,
  };
}
