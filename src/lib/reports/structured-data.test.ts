import { describe, expect, it } from "vitest";
import { citationMetaTags, jsonLdText, newsArticle, type NewsArticleInput } from "./structured-data.ts";

const base: NewsArticleInput["data"] = {
  title: "Iraqi PM escapes 'assassination attempt' drone blast",
  titleSource: "printed",
  outlet: { basis: "attributed", name: "Agence France-Presse", note: "Matched against republications." },
  published: { basis: "inferred", date: "2021-11-07", note: "Sunday in the text." },
  dateline: "BAGHDAD",
  originalUrl: "https://example.org/story",
  source: { file: "002.txt", sha256: "0".repeat(64) },
  preserved: "2026-11-21",
  removedChrome: [],
  language: "en",
};
const archiveUrl = "https://archive.example/sub/reports/pm-escapes/";

describe("a report as a schema.org NewsArticle", () => {
  it("carries what the archive knows, and its own address", () => {
    expect(newsArticle({ data: base, archiveUrl, words: 500 })).toEqual({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      "@id": `${archiveUrl}#article`,
      headline: base.title,
      inLanguage: "en",
      wordCount: 500,
      archivedAt: archiveUrl,
      mainEntityOfPage: archiveUrl,
      datePublished: "2021-11-07",
      publisher: { "@type": "Organization", name: "Agence France-Presse" },
      dateline: "BAGHDAD",
      isBasedOn: "https://example.org/story",
    });
  });

  it("leaves out a date, publisher, author and origin that are not known", () => {
    const article = newsArticle({
      data: {
        ...base,
        outlet: { basis: "unknown", note: "No republication found." },
        published: { basis: "unknown", earliest: "2021-11-07", note: "Not printed." },
        originalUrl: undefined,
        dateline: undefined,
      },
      archiveUrl,
      words: 10,
    });
    for (const key of ["datePublished", "publisher", "author", "isBasedOn", "dateline", "mentions"]) {
      expect(article).not.toHaveProperty(key);
    }
  });

  it("names the author and the entities mentioned when there are some", () => {
    const article = newsArticle({
      data: { ...base, author: { name: "Qassim Abdul-Zahra", basis: "attributed" } },
      archiveUrl,
      words: 10,
      mentions: [
        { type: "Person", name: "Mustafa al-Kadhimi", url: "https://archive.example/sub/entities/k/" },
      ],
    });
    expect(article["author"]).toEqual({ "@type": "Person", name: "Qassim Abdul-Zahra" });
    expect(article["mentions"]).toEqual([
      { "@type": "Person", name: "Mustafa al-Kadhimi", url: "https://archive.example/sub/entities/k/" },
    ]);
  });
});

describe("JSON-LD text", () => {
  it("cannot close its script element, and parses back to the same value", () => {
    const value = { headline: "</script><script>alert(1)</script> & more" };
    const text = jsonLdText(value);
    expect(text).not.toMatch(/[<>]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe("reference-manager tags", () => {
  it("name the title, author, date, language and the archive's page, and file the item as a newspaper article", () => {
    const tags = citationMetaTags(
      {
        ...base,
        titleSource: "supplied",
        titleNote: "Opening words.",
        author: { name: "Jane Roe", basis: "stated" },
      },
      archiveUrl,
    );
    expect(tags).toEqual([
      ["citation_title", `[${base.title}]`],
      ["citation_author", "Jane Roe"],
      ["citation_publication_date", "2021/11/07"],
      ["citation_language", "en"],
      ["citation_public_url", archiveUrl],
      ["z:itemType", "newspaperArticle"],
      ["prism.publicationName", "Agence France-Presse"],
    ]);
    expect(tags.map(([name]) => name)).not.toContain("citation_journal_title");
  });

  it("give the known part of a date range, and no author or outlet where none is known", () => {
    const tags = new Map(
      citationMetaTags(
        {
          ...base,
          outlet: { basis: "unknown", note: "None found." },
          published: { basis: "unknown", earliest: "2021-11-07", latest: "2021-11-09", note: "Not printed." },
        },
        archiveUrl,
      ),
    );
    expect(tags.get("citation_publication_date")).toBe("2021/11");
    expect(tags.has("citation_author")).toBe(false);
    expect(tags.has("prism.publicationName")).toBe(false);
    expect(
      newsArticle({
        data: {
          ...base,
          published: { basis: "unknown", earliest: "2021-11-07", latest: "2021-11-09", note: "x" },
        },
        archiveUrl,
        words: 1,
      })["datePublished"],
    ).toBe("2021-11");
  });
});
