import { resolve } from "node:path";
import { toString } from "mdast-util-to-string";
import { CSV_TYPE, JSON_TYPE } from "../build/security-policy.ts";
import { isStated } from "../claims/schema.ts";
import { getCrossLinks } from "../cross-links.ts";
import { absoluteUrl, routes } from "../paths.ts";
import { getReports } from "../reports/collection.ts";
import { readReportFile } from "../reports/files.ts";
import { parseBody } from "../reports/text.ts";
import { csv } from "./csv.ts";
import { jsonSchemaOf, OPEN_DATA_SCHEMAS, schemaFileOf, type OpenDataJson } from "./schemas.ts";

/** A file of /data/: its name there and its text. */
export interface OpenDataFile {
  name: string;
  text: string;
}

type TextBlock = { id: string | null; kind: "paragraph" | "figure" | "heading"; text: string };

/** A report body's blocks in page order, numbered as the page numbers them. */
export function textBlocks(markdown: string): TextBlock[] {
  let paragraphs = 0;
  let figures = 0;
  return parseBody(markdown).children.flatMap((node): TextBlock[] => {
    if (node.type === "paragraph")
      return [{ id: `p-${(paragraphs += 1)}`, kind: "paragraph", text: toString(node) }];
    if (node.type === "containerDirective")
      return [{ id: `fig-${(figures += 1)}`, kind: "figure", text: toString(node) }];
    if (node.type === "heading") return [{ id: null, kind: "heading", text: toString(node) }];
    return [];
  });
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

async function compute(site: string | undefined): Promise<OpenDataFile[]> {
  const reports = await getReports();
  const links = await getCrossLinks();
  const url = (path: string) => absoluteUrl(path, site);
  const values: Record<OpenDataJson, unknown[]> = {
    "reports.json": reports.map((report) => ({
      slug: report.slug,
      url: url(routes.report(report.slug)),
      frontmatter: report.entry.data,
      blocks: textBlocks(readReportFile(resolve(report.entry.filePath ?? "")).body),
    })),
    "entities.json": links.entities.map((entity) => {
      const summary = links.summaries.get(entity.id);
      return {
        ...entity,
        spellings: summary?.spellings ?? [],
        mentions: (summary?.mentions ?? []).map(({ entity: _entity, ...mention }) => mention),
      };
    }),
    "mentions.json": links.mentions,
    "claims.json": links.claims,
    "timeline.json": links.timeline,
    "quotes.json": links.quotes.map((quote) => ({
      id: quote.id,
      speaker: quote.speaker ?? null,
      occurrences: quote.occurrences.map((span, index) => ({
        report: span.report,
        block: span.block,
        start: span.start,
        end: span.end,
        text: span.text,
        wording: quote.wordings[index] ?? 0,
      })),
    })),
  };
  const files: OpenDataFile[] = [];
  for (const name of Object.keys(OPEN_DATA_SCHEMAS) as OpenDataJson[]) {
    // The build refuses data that does not fit its published schema.
    const checked = OPEN_DATA_SCHEMAS[name].safeParse(values[name]);
    if (!checked.success) throw new Error(`data/${name} does not fit its schema: ${checked.error.message}`);
    files.push({ name, text: json(values[name]) });
    files.push({
      name: schemaFileOf(name),
      text: json(jsonSchemaOf(name, url(routes.data(schemaFileOf(name))))),
    });
  }
  files.push({
    name: "mentions.csv",
    text: csv(
      ["report", "block", "entity", "spelling", "start", "end", "before", "match", "after"],
      links.mentions.map((m) => [
        m.report,
        m.block,
        m.entity,
        m.spelling,
        m.start,
        m.end,
        m.snippet.before,
        m.snippet.match,
        m.snippet.after,
      ]),
    ),
  });
  files.push({
    name: "claims.csv",
    text: csv(
      ["claim", "question", "report", "stated", "says", "value", "atLeast", "upTo", "paragraph", "snippet"],
      links.claims.flatMap((claim) =>
        claim.accounts.flatMap((account) =>
          isStated(account)
            ? account.cite.map((cite) => [
                claim.id,
                claim.question,
                account.report,
                true,
                account.says,
                account.value,
                account.atLeast,
                account.upTo,
                cite.paragraph,
                cite.snippet,
              ])
            : [[claim.id, claim.question, account.report, false, "", "", "", "", "", ""]],
        ),
      ),
    ),
  });
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

let openData: Promise<OpenDataFile[]> | undefined;

/** The files of /data/, made once per build from the content and its indexes. */
export function getOpenData(site: string | undefined = import.meta.env.SITE): Promise<OpenDataFile[]> {
  openData ??= compute(site);
  return openData;
}

/** The type a host sends a file of /data/ with. */
export function openDataType(name: string): string {
  return name.endsWith(".csv") ? CSV_TYPE : JSON_TYPE;
}
