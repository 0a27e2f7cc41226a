import type { ReportData } from "../reports/schema.ts";
import { displayTitle } from "../reports/meta.ts";
import {
  AUTHOR_BASIS_LABEL,
  DATE_BASIS_LABEL,
  OUTLET_BASIS_LABEL,
  TITLE_SOURCE_LABEL,
} from "../vocabulary.ts";
import { formatDate } from "../format.ts";

/** A CSL date: year, month, day, as many as are known. */
export interface CslDate {
  "date-parts": [number[]];
}

/**
 * A report as one CSL-JSON item (citationstyles.org's schema), the record
 * every citation format is made from (src/lib/cite/formats.ts).
 */
export interface CslRecord {
  id: string;
  type: "article-newspaper";
  /** As pages show it: a title the copy does not print stays in square brackets. */
  title: string;
  /** The outlet, where known. */
  "container-title"?: string;
  author?: { family: string; given?: string }[];
  issued?: CslDate;
  /** The story's original address where known, else the archive's page. */
  URL: string;
  /** The archive keeping the copy, and its page for the report (when URL is the original). */
  archive: string;
  archive_location?: string;
  /** The day the copy entered the archive. */
  accessed: CslDate;
  language: string;
  /** The basis of each attributed field, the raw copy's sha256 and where it is kept. */
  note: string;
}

export interface CslInput {
  slug: string;
  data: ReportData;
  /** The report's page in the archive, absolute. */
  archiveUrl: string;
  /** The raw copy as the archive publishes it, absolute. */
  sourceUrl: string;
  /** The archive's name. */
  archiveName: string;
}

function dateParts(iso: string): number[] {
  return iso.split("-").map(Number);
}

/**
 * The part of a publication date that is known: the day, or what the
 * earliest and latest possible days share (`2021-11` for 7–9 November), or
 * nothing.
 */
export function knownDateParts(published: ReportData["published"]): number[] {
  if (published.date) return dateParts(published.date);
  if (!published.earliest || !published.latest) return [];
  const [first, last] = [dateParts(published.earliest), dateParts(published.latest)];
  const shared: number[] = [];
  for (const [index, part] of first.entries()) {
    if (last[index] !== part) break;
    shared.push(part);
  }
  return shared;
}

/** `Qassim Abdul-Zahra` → given `Qassim`, family `Abdul-Zahra`: the last word is the family name. */
export function splitName(name: string): { family: string; given?: string } {
  const space = name.trim().lastIndexOf(" ");
  return space < 0 ? { family: name.trim() } : { family: name.slice(space + 1), given: name.slice(0, space) };
}

/** The basis of each field the copy does not state itself, and how to check the copy. */
function noteFor({ data, archiveUrl, sourceUrl, archiveName }: CslInput): string {
  const parts = [
    `Outlet: ${OUTLET_BASIS_LABEL[data.outlet.basis]}${data.outlet.note ? `. ${data.outlet.note}` : ""}`,
  ];
  if (data.author) {
    parts.push(
      `Author: ${AUTHOR_BASIS_LABEL[data.author.basis]}${data.author.note ? `. ${data.author.note}` : ""}`,
    );
  }
  parts.push(`Date: ${DATE_BASIS_LABEL[data.published.basis]}. ${data.published.note}`);
  if (data.titleSource !== "printed") {
    parts.push(`Title: ${TITLE_SOURCE_LABEL[data.titleSource]}. ${data.titleNote ?? ""}`.trim());
  }
  parts.push(`Raw copy: ${sourceUrl}, sha256 ${data.source.sha256}`);
  parts.push(`Preserved by ${archiveName} on ${formatDate(data.preserved)}: ${archiveUrl}`);
  return parts.map((part) => (/[.!?]$/.test(part) ? part : `${part}.`)).join(" ");
}

/** A report's CSL-JSON record, from its frontmatter alone. */
export function cslRecord(input: CslInput): CslRecord {
  const { slug, data, archiveUrl, archiveName } = input;
  const issued = knownDateParts(data.published);
  return {
    id: slug,
    type: "article-newspaper",
    title: displayTitle(data.title, data.titleSource),
    ...(data.outlet.basis === "unknown" ? {} : { "container-title": data.outlet.name }),
    ...(data.author ? { author: [splitName(data.author.name)] } : {}),
    ...(issued.length > 0 ? { issued: { "date-parts": [issued] } } : {}),
    URL: data.originalUrl ?? archiveUrl,
    archive: archiveName,
    ...(data.originalUrl ? { archive_location: archiveUrl } : {}),
    accessed: { "date-parts": [dateParts(data.preserved)] },
    language: data.language,
    note: noteFor(input),
  };
}
