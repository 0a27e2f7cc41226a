import type { ReportEntry } from "./collection.ts";

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
    headline: data.title,
    inLanguage: data.language,
    wordCount: words,
    archivedAt: archiveUrl,
    mainEntityOfPage: archiveUrl,
  };
  if (data.dek) article["description"] = data.dek;
  if (data.published.date) article["datePublished"] = data.published.date;
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

/**
 * JSON-LD text safe inside <script type="application/ld+json">: no `<` can
 * close the element, whatever the data holds.
 */
export function jsonLdText(value: JsonLd): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}
