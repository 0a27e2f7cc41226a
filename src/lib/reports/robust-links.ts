import type { ReportData } from "./schema.ts";

/**
 * A link in the Memento project's Robust Links form: the live address, the
 * day it stood for, and a web-archive capture of it from that day, so a
 * reader can still follow it once the address is dead.
 */
export interface RobustLink {
  /** What the link names: the site's host. */
  label: string;
  href: string;
  /** `data-originalurl`. */
  originalUrl: string;
  /** `data-versiondate`, `YYYY-MM-DD`. */
  versionDate: string;
  /** `data-versionurl`: the Wayback Machine redirects to the capture nearest that day. */
  versionUrl: string;
  /** Only the site's home address is known, not the story's own. */
  siteOnly: boolean;
}

/** The origin of a report's links: its own address, the sites that republished it, or nothing known. */
export type ReportLinks =
  | { kind: "original"; links: RobustLink[] }
  | { kind: "republished"; links: RobustLink[] }
  | { kind: "unknown" };

/** `https://web.archive.org/web/20211107/<url>`. */
export function waybackUrl(url: string, day: string): string {
  return `https://web.archive.org/web/${day.replaceAll("-", "")}/${url}`;
}

function robustLink(url: string, day: string, siteOnly: boolean): RobustLink {
  return {
    label: new URL(url).hostname.replace(/^www\./, ""),
    href: url,
    originalUrl: url,
    versionDate: day,
    versionUrl: waybackUrl(url, day),
    siteOnly,
  };
}

/**
 * Where a report's text was published, as Robust Links: the story's
 * original address where known, else the republications the provenance
 * names. A link needs a day; without the report's date, the earliest it
 * can be stands in.
 */
export function reportLinks(data: ReportData): ReportLinks {
  const day = data.published.date ?? data.published.earliest;
  if (data.originalUrl && day) return { kind: "original", links: [robustLink(data.originalUrl, day, false)] };
  const republished = (data.republications ?? []).flatMap((republication) => {
    const date = republication.date ?? day;
    return date ? [robustLink(republication.url ?? republication.site, date, !republication.url)] : [];
  });
  return republished.length > 0 ? { kind: "republished", links: republished } : { kind: "unknown" };
}
