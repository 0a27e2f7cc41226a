import { knownDateParts } from "../cite/csl.ts";
import type { ReportEntry } from "./collection.ts";
import { displayTitle } from "./meta.ts";

/** A schema.org node, as JSON-LD. */
export type JsonLd = Record<string, unknown>;

/** An entity a report mentions, for `mentions`: its name and its page in the archive. */
export interface Mention {
  name: string;
  url: string;
  /** schema.org type, such as `Person`, `Organization` or `Place`. */
  type: string;
}

export interface NewsArticleInput {
  data: ReportEntry["data"];
  /** The report's page in the archive, absolute. */
  archiveUrl: string;
  words: number;
  mentions?: readonly Mention[];
}

/**
 * The report as a schema.org NewsArticle. Only what the archive knows goes
 * in: no date where the date is unknown, no publisher where the outlet is
 * unknown, no author without a byline; the copy's own origin is
 * `isBasedOn`, the archive's page `archivedAt`.
 */
export function newsArticle({ data, archiveUrl, words, mentions = [] }: NewsArticleInput): JsonLd {
  const article: JsonLd = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": `${archiveUrl}#article`,
    // As the page and the citation tags show it: a title the copy does not print stays bracketed.
    headline: displayTitle(data.title, data.titleSource),
    inLanguage: data.language,
    wordCount: words,
    archivedAt: archiveUrl,
    mainEntityOfPage: archiveUrl,
  };
  if (data.dek) article["description"] = data.dek;
  const published = publishedParts(data.published);
  if (published.length > 0) article["datePublished"] = published.join("-");
  if (data.outlet.basis !== "unknown") {
    article["publisher"] = { "@type": "Organization", name: data.outlet.name };
  }
  if (data.author) article["author"] = { "@type": "Person", name: data.author.name };
  if (data.dateline) article["dateline"] = data.dateline;
  if (data.originalUrl) article["isBasedOn"] = data.originalUrl;
  if (mentions.length > 0) {
    article["mentions"] = mentions.map((mention) => ({
      "@type": mention.type,
      name: mention.name,
      url: mention.url,
    }));
  }
  return article;
}

/** The known part of the publication date, zero-padded: `["2021", "11", "07"]`, `["2021", "11"]` or none. */
function publishedParts(published: ReportEntry["data"]["published"]): string[] {
  return knownDateParts(published).map((part, index) => String(part).padStart(index ? 2 : 4, "0"));
}

/** A `<meta>` of the page's head: its name and its content. */
export type MetaTag = [name: string, content: string];

/**
 * The tags reference managers read (Zotero's Embedded Metadata translator,
 * Google Scholar): Highwire Press `citation_*` tags, plus what makes Zotero
 * file the page as a newspaper article in its outlet. Zotero takes the
 * publication from `prism.publicationName` before `og:site_name` (the
 * archive's own name), and the item type from `z:itemType`;
 * `citation_journal_title` would make it a journal article. The same facts
 * as the NewsArticle JSON-LD above.
 */
export function citationMetaTags(data: ReportEntry["data"], archiveUrl: string): MetaTag[] {
  const published = publishedParts(data.published);
  return [
    ["citation_title", displayTitle(data.title, data.titleSource)],
    ...(data.author ? [["citation_author", data.author.name] as MetaTag] : []),
    ...(published.length > 0 ? [["citation_publication_date", published.join("/")] as MetaTag] : []),
    ["citation_language", data.language],
    ["citation_public_url", archiveUrl],
    ["z:itemType", "newspaperArticle"],
    ...(data.outlet.basis === "unknown" ? [] : [["prism.publicationName", data.outlet.name] as MetaTag]),
  ];
}

/**
 * JSON-LD text safe inside <script type="application/ld+json">: no `<` can
 * close the element, whatever the data holds.
 */
export function jsonLdText(value: JsonLd): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}
