import { existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../../tests/lib/temp-dir.ts";
import {
  bodyHtml,
  forgetEntriesWithoutHtml,
  htmlFileOf,
  moveHtmlToFiles,
  type HtmlStore,
  type StoredEntry,
} from "./html-files.ts";

/** A store that, like Astro's, refuses to replace an entry with one of the same digest. */
function fakeStore(entries: StoredEntry[]): HtmlStore & { entries: Map<string, StoredEntry> } {
  const map = new Map(entries.map((entry) => [entry.id, entry]));
  return {
    entries: map,
    values: () => map.values(),
    delete: (id) => void map.delete(id),
    set: (entry) => {
      if (map.get(entry.id)?.digest === entry.digest) return false;
      map.set(entry.id, entry);
      return true;
    },
  };
}

const rendered = (id: string, html: string, digest = `d-${id}`): StoredEntry => ({
  id,
  data: { title: id },
  digest,
  rendered: { html, metadata: { frontmatter: { words: 3 } } },
});

describe("report HTML kept in files", () => {
  it("moves each rendering out of the store, keeping the digest and the metadata", () => {
    const dir = tempDir("html-files");
    const store = fakeStore([rendered("afp", "<p>one</p>"), rendered("bbc", "<p>two</p>")]);
    moveHtmlToFiles(store, dir);
    const afp = store.entries.get("afp");
    expect(afp?.rendered?.html).toBe("");
    expect(afp?.digest).toBe("d-afp");
    expect(afp?.rendered?.metadata?.["frontmatter"]).toEqual({ words: 3 });
    expect(htmlFileOf(afp ?? rendered("x", ""))).toMatch(/afp\.[0-9a-f]{64}\.html$/);
    expect(afp && bodyHtml(afp)).toBe("<p>one</p>");
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it("replaces the file of an earlier rendering of the same report, and leaves other reports' alone", () => {
    const dir = tempDir("html-files");
    moveHtmlToFiles(fakeStore([rendered("afp", "<p>old</p>"), rendered("bbc", "<p>two</p>")]), dir);
    const store = fakeStore([rendered("afp", "<p>new</p>", "d-afp-2")]);
    moveHtmlToFiles(store, dir);
    const files = readdirSync(dir);
    expect(files).toHaveLength(2);
    expect(files.some((name) => name.startsWith("bbc."))).toBe(true);
    const afp = store.entries.get("afp");
    expect(afp && bodyHtml(afp)).toBe("<p>new</p>");
  });

  it("forgets an entry whose file has gone, so it is rendered again, and says so when a page asks for it", () => {
    const dir = tempDir("html-files");
    const store = fakeStore([rendered("afp", "<p>one</p>"), rendered("bbc", "<p>two</p>")]);
    moveHtmlToFiles(store, dir);
    const afp = store.entries.get("afp");
    const file = afp && htmlFileOf(afp);
    expect(file && existsSync(file)).toBe(true);
    rmSync(join(file ?? ""));
    expect(() => afp && bodyHtml(afp)).toThrow(/the rendering of report "afp" is missing/);
    expect(forgetEntriesWithoutHtml(store)).toEqual(["afp"]);
    expect([...store.entries.keys()]).toEqual(["bbc"]);
  });

  it("reads a rendering not yet moved from the entry itself", () => {
    expect(bodyHtml(rendered("afp", "<p>inline</p>"))).toBe("<p>inline</p>");
  });
});
