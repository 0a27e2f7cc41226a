import { describe, expect, it } from "vitest";
import { pageCacheKey } from "./page-cache-key.ts";

const entry = (id: string, digest: string | undefined, title = "A title") => ({
  id,
  collection: "reports",
  data: { title },
  digest,
  rendered: { html: "<p>long</p>" },
});

describe("pageCacheKey", () => {
  it("is the same for the same props, and changes with any value shown", () => {
    const props = { position: 3, total: 5, notes: [{ quote: "we are fine", more: 0 }] };
    expect(pageCacheKey(props)).toBe(pageCacheKey(structuredClone(props)));
    expect(pageCacheKey({ ...props, total: 6 })).not.toBe(pageCacheKey(props));
    expect(pageCacheKey({ ...props, notes: [{ quote: "we are fine", more: 1 }] })).not.toBe(
      pageCacheKey(props),
    );
  });

  it("keys a content entry, or a report built from one, by its digest", () => {
    const key = pageCacheKey({ report: entry("afp", "d1") });
    // Same digest: the data and rendering are taken to be the same.
    expect(pageCacheKey({ report: entry("afp", "d1", "Edited") })).toBe(key);
    expect(pageCacheKey({ report: entry("afp", "d2") })).not.toBe(key);
    expect(pageCacheKey({ report: entry("reuters", "d1") })).not.toBe(key);
    const report = { slug: "afp", entry: entry("afp", "d1"), words: 500, index: { quotes: ["…"] } };
    expect(pageCacheKey({ report })).toBe(pageCacheKey({ report: { ...report, words: 1 } }));
    expect(pageCacheKey({ report })).not.toBe(
      pageCacheKey({ report: { ...report, entry: entry("afp", "d3") } }),
    );
  });

  it("reads Maps and Sets by their contents, in order", () => {
    const labels = new Map([
      ["afp", "AFP"],
      ["bbc", "BBC"],
    ]);
    expect(pageCacheKey({ labels })).not.toBe(pageCacheKey({ labels: new Map() }));
    expect(pageCacheKey({ labels })).not.toBe(pageCacheKey({ labels: new Map([...labels].reverse()) }));
    expect(pageCacheKey({ ids: new Set(["a"]) })).not.toBe(pageCacheKey({ ids: new Set(["b"]) }));
  });

  it("stops on what it cannot carry, naming where", () => {
    expect(() => pageCacheKey({ report: entry("afp", undefined) })).toThrow(
      /the reports entry "afp" \(at "report"\) has no digest/,
    );
    expect(() => pageCacheKey({ format: () => "x" })).toThrow(/"format" holds a function/);
    expect(() => pageCacheKey({ when: new Uint8Array(2) })).toThrow(/"when" holds a Uint8Array/);
  });
});
