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

/** Loads the Component UI once, from the site's own Pagefind bundle. */
export function loadComponents(): Promise<PagefindComponents> {
  loading ??= import(
    /* @vite-ignore */ `${import.meta.env.BASE_URL.replace(/\/?$/, "/")}pagefind/pagefind-component-ui.js`
  ).then(() => {
    if (!window.PagefindComponents) throw new Error("Pagefind's Component UI did not load");
    return window.PagefindComponents;
  });
  return loading;
}
