import { sep } from "node:path";
import { filesUnder } from "../../src/lib/build/out-dir.ts";
import { withTrailingSlash } from "../../src/lib/paths.ts";

/** One built HTML page: its file under the output folder and the URL path it is served at. */
export interface BuiltPage {
  file: string;
  /** Served path, base included, such as `/archive/reports/x/` or `/archive/404.html`. */
  path: string;
}

/** Every file under a folder, relative to it, with `/` separators, sorted. */
export function builtFiles(dir: string): string[] {
  return filesUnder(dir).map((path) => path.split(sep).join("/"));
}

/** Every HTML page of a build made for `base`, in file order. */
export function builtPages(dir: string, base: string): BuiltPage[] {
  const prefix = withTrailingSlash(base);
  return builtFiles(dir)
    .filter((file) => file.endsWith(".html"))
    .map((file) => ({
      file,
      path: prefix + (file === "index.html" ? "" : file.replace(/(^|\/)index\.html$/, "$1")),
    }));
}

/**
 * Pages grouped by kind: the route they come from, judged by their path
 * (`reports/…` pages are one kind, each top-level page its own).
 */
export function pagesByKind(pages: readonly BuiltPage[]): Map<string, BuiltPage[]> {
  const kinds = new Map<string, BuiltPage[]>();
  for (const page of pages) {
    const parts = page.file.split("/");
    const kind = parts.length > 2 ? `${parts[0]}/*` : page.file;
    kinds.set(kind, [...(kinds.get(kind) ?? []), page]);
  }
  return kinds;
}

/** A few pages of each kind (first, middle, last), to keep browser checks quick as the site grows. */
export function samplePages(pages: readonly BuiltPage[], perKind = 3): BuiltPage[] {
  return [...pagesByKind(pages).values()].flatMap((group) => {
    if (group.length <= perKind) return group;
    const picks = new Set([0, Math.floor((group.length - 1) / 2), group.length - 1]);
    return [...picks].map((index) => group[index]).filter((page): page is BuiltPage => page !== undefined);
  });
}
