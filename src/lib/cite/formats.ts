import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-ris";
import { BIBTEX_TYPE, JSON_TYPE, RIS_TYPE } from "../build/security-policy.ts";
import { formatDate } from "../format.ts";
import type { CslDate, CslRecord } from "./csl.ts";

/*
 * Every citation format is made by citation-js from the one CSL-JSON record
 * of a report (src/lib/cite/csl.ts). Where a format as citation-js writes
 * it loses a field a citation must keep (title, every author, outlet, full
 * date, URL, note), the field is put back here, and the tests read each
 * file back to check that it holds each one exactly.
 */

/** The files beside each report page, and the type a host sends them with. */
export const CITE_FILES = {
  "cite.bib": { format: "BibTeX", type: BIBTEX_TYPE },
  "cite.ris": { format: "RIS", type: RIS_TYPE },
  "cite.json": { format: "CSL-JSON", type: JSON_TYPE },
} as const;

export type CiteFile = keyof typeof CITE_FILES;

/** The reference styles citation-js's CSL plugin ships, as the cite box shows them. */
export const REFERENCE_STYLES = [
  { id: "apa", name: "APA" },
  { id: "harvard1", name: "Harvard" },
] as const;

const US_DAY = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function isoOf(date: CslDate | undefined): string {
  return (date?.["date-parts"][0] ?? [])
    .map((part, index) => String(part).padStart(index ? 2 : 4, "0"))
    .join("-");
}

/**
 * BibTeX has no newspaper type: the entry is an `@article` in the outlet
 * (`journal`), marked `entrysubtype = {newspaper}` as biblatex reads it.
 * citation-js writes the day into `month` (`{nov 7}`), which BibTeX cannot
 * read: the month becomes its macro and the full date goes in `date`
 * (biblatex); the preservation date is `urldate`. The key is the report's slug.
 */
export function bibtex(record: CslRecord): string {
  const text = new Cite(record).format("bibtex", { format: "text" }).trim();
  const lines = text.split("\n");
  const fields = lines.slice(1, -1).filter((line) => !/^\s*(month|howpublished)\s*=/.test(line));
  const [year, month] = record.issued?.["date-parts"][0] ?? [];
  const added = [
    ...(month ? [`\tmonth = ${MONTHS[month - 1]},`] : []),
    ...(year ? [`\tdate = {${isoOf(record.issued)}},`] : []),
    `\tentrysubtype = {newspaper},`,
    `\turldate = {${isoOf(record.accessed)}},`,
  ];
  return [`@article{${record.id},`, ...fields, ...added, "}", ""].join("\n");
}

const RIS_TAG = /^[A-Z][A-Z0-9] {2}- ?/;

/**
 * RIS as citation-js writes a `NEWS` item loses the authors and all of the
 * date but its year, and wraps long lines (a URL or the hash broken in
 * two). Lines are joined again, and `AU` and `DA` put back.
 */
export function ris(record: CslRecord): string {
  const raw = new Cite(record).format("ris", { format: "text" }).trim().split("\n");
  const lines: string[] = [];
  for (const line of raw) {
    if (RIS_TAG.test(line) || lines.length === 0) lines.push(line);
    else lines[lines.length - 1] += line;
  }
  const kept = lines.filter((line) => !/^(AU|A1|DA|ER) {2}-/.test(line));
  const parts = record.issued?.["date-parts"][0] ?? [];
  const date =
    parts.length > 0 ? [`DA  - ${parts.map((part) => String(part).padStart(2, "0")).join("/")}/`] : [];
  const authors = (record.author ?? []).map(
    (author) => `AU  - ${author.given ? `${author.family}, ${author.given}` : author.family}`,
  );
  const archive = record.archive_location ? [`UR  - ${record.archive_location}`] : [];
  const [type = "TY  - NEWS", ...rest] = kept;
  return [type, ...authors, ...rest, ...date, ...archive, "ER  - ", ""].join("\n");
}

/** The record as CSL-JSON, the way citation-js writes its data. */
export function cslJson(record: CslRecord): string {
  return `${new Cite(record).format("data", { format: "text" })}\n`;
}

/** The contents of each file beside a report page. */
export function citeFiles(record: CslRecord): Record<CiteFile, string> {
  return { "cite.bib": bibtex(record), "cite.ris": ris(record), "cite.json": cslJson(record) };
}

/**
 * A reference in one of REFERENCE_STYLES, as HTML. A style that does not
 * print the archive's address or the preservation date gets a sentence
 * saying where and when the copy was preserved.
 */
export function reference(record: CslRecord, style: string, archiveUrl: string): string {
  const html = new Cite(record)
    .format("bibliography", { format: "html", template: style, lang: "en-GB" })
    .replace(/^\s*<div class="csl-bib-body">\s*<div[^>]*>/, "")
    .replace(/<\/div>\s*<\/div>\s*$/, "")
    .trim();
  const day = isoOf(record.accessed);
  const preserved = formatDate(day);
  // The styles print the access date, which for the archive's copy is the day it was preserved, in US form.
  const printed = [preserved, US_DAY.format(new Date(`${day}T00:00:00Z`))].some((form) =>
    html.includes(form),
  );
  if (html.includes(archiveUrl) && printed) return html;
  const where = html.includes(archiveUrl) ? "" : ` in ${record.archive}: ${archiveUrl}`;
  return `${html} Preserved ${preserved}${where}.`;
}
