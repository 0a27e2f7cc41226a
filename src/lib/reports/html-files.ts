import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sha256 } from "../hash.ts";

/**
 * Report bodies' HTML, kept in files beside Astro's data store instead of
 * inside it. Astro loads the whole store into every build, as one module
 * Vite bundles and Node compiles: at 5,000 reports the renderings were
 * 60% of it, and the store drove the build's peak memory. A page reads
 * only its own body's file.
 *
 * Each file is named `<report id>.<sha256 of the HTML>.html`, and the
 * entry's `rendered.metadata.htmlFile` holds its path. Astro's cache
 * decides, as before, which bodies are rendered again; an entry whose file
 * has gone (a cleaned folder) or no longer has the digest its name records
 * (a word changed, a body cut short) is dropped from the store first, so
 * that it is rendered again rather than shown empty or changed.
 */

/** The part of Astro's data store the files need (a loader's `context.store`). */
export interface HtmlStore {
  values(): Iterable<StoredEntry>;
  delete(id: string): void;
  set(entry: StoredEntry): boolean;
}

export interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  digest?: string | number | undefined;
  filePath?: string | undefined;
  rendered?: { html: string; metadata?: Record<string, unknown> | undefined } | undefined;
}

const FILE_KEY = "htmlFile";

/** The body's HTML file, or `undefined` when the entry's HTML is still inline. */
export function htmlFileOf(entry: StoredEntry): string | undefined {
  const file = entry.rendered?.metadata?.[FILE_KEY];
  return typeof file === "string" ? file : undefined;
}

/** The sha256 a body's HTML file records in its name. */
function recordedDigest(file: string): string | undefined {
  return /\.([0-9a-f]{64})\.html$/.exec(file)?.[1];
}

/** Whether a body's HTML file exists and holds the HTML its name's digest records. */
function holdsRecordedHtml(file: string): boolean {
  try {
    return sha256(readFileSync(file)) === recordedDigest(file);
  } catch {
    return false;
  }
}

/**
 * Drops entries whose HTML file is missing or does not match the digest in
 * its name, so the loader renders them again; returns their ids.
 */
export function forgetEntriesWithoutHtml(store: HtmlStore): string[] {
  const forgotten = [...store.values()].filter((entry) => {
    const file = htmlFileOf(entry);
    return file !== undefined && !holdsRecordedHtml(file);
  });
  for (const entry of forgotten) store.delete(entry.id);
  return forgotten.map((entry) => entry.id);
}

/**
 * Writes each inline rendering (a body rendered by this load) to its file
 * in `dir` and leaves the entry pointing at it; removes the files of
 * earlier renderings of the same reports.
 */
export function moveHtmlToFiles(store: HtmlStore, dir: string): void {
  mkdirSync(dir, { recursive: true });
  const moved = new Map<string, string>();
  for (const entry of [...store.values()]) {
    const html = entry.rendered?.html;
    if (!entry.rendered || !html) continue;
    const file = join(dir, `${entry.id}.${sha256(new TextEncoder().encode(html))}.html`);
    // A file of that name left by an earlier build is rewritten unless it checks out.
    if (!holdsRecordedHtml(file)) writeFileSync(file, html);
    store.delete(entry.id);
    store.set({
      ...entry,
      rendered: { html: "", metadata: { ...entry.rendered.metadata, [FILE_KEY]: file } },
    });
    moved.set(entry.id, file);
  }
  if (moved.size === 0) return;
  for (const name of readdirSync(dir)) {
    const id = name.slice(0, name.indexOf("."));
    const current = moved.get(id);
    if (current && join(dir, name) !== current) rmSync(join(dir, name), { force: true });
  }
}

/** A rendered entry's body HTML, from its file or, not yet moved, from the entry. */
export function bodyHtml(entry: StoredEntry): string | undefined {
  const file = htmlFileOf(entry);
  if (file === undefined) return entry.rendered?.html;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new Error(
      `the rendering of report "${entry.id}" is missing (${file}); run the build again to render it`,
      { cause: error },
    );
  }
  // Checked when the content layer loaded; a change since is refused, not published.
  if (sha256(bytes) !== recordedDigest(file)) {
    throw new Error(
      `the rendering of report "${entry.id}" (${file}) changed during the build; run the build again to render it`,
    );
  }
  return new TextDecoder().decode(bytes);
}
