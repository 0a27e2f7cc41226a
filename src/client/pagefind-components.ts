/**
 * The parts of Pagefind's Component UI (pagefind-component-ui.js, written
 * into dist/pagefind/ by the build) that the archive's scripts use. The
 * bundle is a plain script that defines the `<pagefind-*>` elements and
 * sets `window.PagefindComponents`; it is loaded only where search is used.
 */
export interface PagefindInstance {
  searchTerm: string;
  searchFilters: Record<string, unknown>;
  searchSort: Record<string, "asc" | "desc">;
  on(event: "search", callback: (term: string, filters: Record<string, unknown>) => void): void;
  on(event: "results", callback: (result: { results: unknown[] }) => void): void;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
}

interface PagefindComponents {
  getInstanceManager(): { getInstance(name?: string): PagefindInstance };
}

declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
}

let loading: Promise<PagefindComponents> | undefined;

/**
 * A file of the site's own Pagefind bundle, in the folder the page's
 * `<pagefind-config bundle-path>` names (made by routes.pagefind()), which
 * the Component UI reads too. Taken from the page rather than imported, so
 * the search page's script shares no chunk with the highlight script every
 * page loads.
 */
function bundleFile(name: string): string {
  const folder = document.querySelector("pagefind-config")?.getAttribute("bundle-path");
  if (!folder) throw new Error("the page names no Pagefind bundle (<pagefind-config bundle-path>)");
  return `${folder}${name}`;
}

/**
 * Loads the Component UI's stylesheet, resolving once it applies. Linked
 * from the page's head it would hold up the first paint of the search
 * page; loaded here, it arrives with the script, before the search box is
 * shown.
 */
export function loadComponentStyles(): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = bundleFile("pagefind-component-ui.css");
    link.addEventListener("load", () => resolve());
    link.addEventListener("error", () => reject(new Error(`${link.href} did not load`)));
    document.head.append(link);
  });
}

/** Loads the Component UI once, from the site's own Pagefind bundle. */
export function loadComponents(): Promise<PagefindComponents> {
  loading ??= import(/* @vite-ignore */ bundleFile("pagefind-component-ui.js")).then(() => {
    if (!window.PagefindComponents) throw new Error("Pagefind's Component UI did not load");
    return window.PagefindComponents;
  });
  return loading;
}
