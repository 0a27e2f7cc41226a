import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { launchChromium } from "../../scripts/lib/browser.ts";
import { GOAL_FIVE_REPORTS, kb, measureArchiveSearch } from "../../scripts/lib/bench/search-weight.ts";
import { BUILT_FOR, DIST, reportFiles } from "./lib/dist.ts";
import { PAGEFIND_DIR } from "../../src/lib/paths.ts";

/**
 * What a query downloads besides Pagefind's engine: index chunks and the
 * fragments of the results on screen. Pagefind writes them gzip-compressed,
 * so their sizes on disk are what a reader transfers. The budgets hold the
 * index to the archive's own words: entity pages index their names and
 * spellings, not the report text they quote (61 KB of index when they did).
 */
const INDEX_BUDGET = 40 * 1024;
const FRAGMENT_BUDGET = 6 * 1024;

function sizes(dir: string): { name: string; bytes: number }[] {
  return readdirSync(dir).map((name) => ({ name, bytes: statSync(join(dir, name)).size }));
}

describe("search index weight", () => {
  const index = sizes(join(DIST, PAGEFIND_DIR, "index"));
  const fragments = sizes(join(DIST, PAGEFIND_DIR, "fragment"));

  it(`keeps the whole index under ${INDEX_BUDGET / 1024} KB`, () => {
    const total = index.reduce((sum, chunk) => sum + chunk.bytes, 0);
    console.log(`Search index: ${index.length} chunks, ${(total / 1024).toFixed(1)} KB`);
    expect(index.length).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(INDEX_BUDGET);
  });

  it(`keeps every result fragment under ${FRAGMENT_BUDGET / 1024} KB`, () => {
    expect(fragments.length).toBeGreaterThan(0);
    expect(fragments.filter((fragment) => fragment.bytes > FRAGMENT_BUDGET)).toEqual([]);
  });
});

describe("a first search", () => {
  // The goal is set for the archive's own reports; another content set is held by `npm run bench:search`.
  it.runIf(reportFiles().length === 5)(
    `downloads at most ${GOAL_FIVE_REPORTS / 1024} KB gzip, page, engine, index, fragments and headers`,
    { timeout: 90_000 },
    async () => {
      const browser = await launchChromium();
      try {
        const load = await measureArchiveSearch(browser, {
          dir: DIST,
          base: BUILT_FOR.base,
          query: "Kadhimi",
        });
        console.log(`First search: ${load.requests} requests, ${kb(load.gzip)} gzip`);
        expect(load.gzip).toBeLessThanOrEqual(GOAL_FIVE_REPORTS);
      } finally {
        await browser.close();
      }
    },
  );
});
