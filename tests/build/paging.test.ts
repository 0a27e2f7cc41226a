import { existsSync, readFileSync } from "node:fs";
import { join, matchesGlob } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { budgetSummary } from "../../scripts/lib/bench/page-budgets.ts";
import { writeSyntheticArchive } from "../../scripts/lib/bench/synthetic-archive.ts";
import { builtFiles } from "../../scripts/lib/built-site.ts";
import { checkLinks } from "../../scripts/lib/link-check.ts";
import { INDEXED_PAGES } from "../../src/lib/search/attributes.ts";
import { runAstroBlocking, tempDir } from "./lib/astro.ts";
import { PAGEFIND_DIR } from "../../src/lib/paths.ts";

/**
 * The five reports fit on one page of every list; a larger archive (the
 * benchmark's synthetic one, 60 reports) is paged, and every page keeps to
 * the page-weight budgets the real site is held to. Built under a subpath,
 * so the pagers' links are checked through the base-path helper too.
 */
const REPORTS = 60;
const BASE = "/archive/";
let dist = "";
let log = "";

beforeAll(() => {
  const content = tempDir("paging-content");
  writeSyntheticArchive({ dir: content, count: REPORTS, projectContent: "content" });
  dist = tempDir("paging-dist");
  const run = runAstroBlocking(["build", "--outDir", dist], {
    ARCHIVE_CONTENT_DIR: content,
    BASE_PATH: BASE,
  });
  if (run.code !== 0) throw new Error(`the build failed:\n${run.output}`);
  log = run.output;
});

const page = (path: string) => readFileSync(join(dist, path, "index.html"), "utf8");

describe(`an archive of ${REPORTS} reports`, () => {
  it("lists its reports 50 to a page, the comparison 25, the coverage table 10", () => {
    expect(existsSync(join(dist, "2", "index.html"))).toBe(true);
    expect(existsSync(join(dist, "3"))).toBe(false);
    expect(existsSync(join(dist, "compare", "3", "index.html"))).toBe(true);
    expect(existsSync(join(dist, "compare", "4"))).toBe(false);
    expect(existsSync(join(dist, "coverage", "6", "index.html"))).toBe(true);
    expect(page("")).toContain(`href="${BASE}2/" rel="next"`);
    expect(page("2")).toContain("Reports 51–60 of 60");
    expect(page("compare/3")).toContain(`href="${BASE}compare/2/" rel="prev"`);
    // One search result for the comparison, not one per page.
    expect(page("compare")).toContain("data-pagefind-body");
    expect(page("compare/2")).not.toContain("data-pagefind-body");
  });

  it("pages an entity's mentions 20 reports to a page, its spellings and companions on the first", () => {
    const paged = budgetSummary(dist, BASE).find((kind) => kind.kind === "entity");
    expect(paged?.pages).toBeGreaterThan(60);
    const first = page("entities/united-nations");
    const second = page("entities/united-nations/2");
    expect(first).toContain("Every mention: Reports 1–20 of");
    expect(first).toContain('id="spellings-heading"');
    expect(second).not.toContain('id="spellings-heading"');
    // Only the first page is a search result; the later ones hold only mentions.
    expect(first).toContain("data-pagefind-body");
    expect(second).not.toContain("data-pagefind-body");
  });

  it("gives Pagefind exactly the pages that mark a search body, later pages of lists not among them", () => {
    const pages = builtFiles(dist).filter((file) => file.endsWith(".html"));
    const marked = pages.filter((file) =>
      readFileSync(join(dist, file), "utf8").includes("data-pagefind-body"),
    );
    expect(pages.filter((file) => matchesGlob(file, INDEXED_PAGES))).toEqual(marked);
    expect(marked.length).toBeGreaterThan(REPORTS);
    expect(log).toContain(`indexed ${marked.length} pages into ${PAGEFIND_DIR}`);
  });

  it("feeds the 50 latest reports, not all of them", () => {
    const feed = readFileSync(join(dist, "rss.xml"), "utf8");
    expect(feed.match(/<item>/g)).toHaveLength(50);
  });

  it("keeps every page within its gzip budget", () => {
    for (const kind of budgetSummary(dist, BASE)) {
      expect(kind.over, `${kind.kind}: largest /${kind.largestPage}, ${kind.largest} bytes`).toBe(0);
    }
  });

  it("resolves every link between the pages", () => {
    expect(checkLinks({ dir: dist, base: BASE, site: "http://localhost" })).toEqual([]);
  });
});
