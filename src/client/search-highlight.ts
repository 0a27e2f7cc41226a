/**
 * A page opened from a search result carries the query as `?highlight=`.
 * Pagefind's highlight script (loaded only then) marks the terms in the
 * indexed text, and the first mark's paragraph is scrolled into view unless
 * the link already named a paragraph (`#p-N`).
 */
import { NAMES_META, otherSpellings, parseNameGroups } from "../lib/search/spellings.ts";
import { HIGHLIGHT_PARAM, pagefindFile } from "../lib/paths.ts";

/** The page's `names` search meta: every spelling of the names it mentions. */
function nameGroups(): string[][] {
  const prefix = `${NAMES_META}:`;
  const meta = document
    .querySelector(`[data-pagefind-meta^='${prefix}']`)
    ?.getAttribute("data-pagefind-meta");
  return meta ? parseNameGroups(meta.slice(prefix.length)) : [];
}

interface HighlightOptions {
  highlightParam: string;
  addStyles: boolean;
  markOptions: { className: string; exclude: string[] };
}

interface PagefindHighlight {
  getHighlightParams(paramName: string): string[];
}

interface HighlightModule {
  default: new (options: HighlightOptions) => PagefindHighlight;
}

async function highlight() {
  if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
  const module = (await import(/* @vite-ignore */ pagefindFile("pagefind-highlight.js"))) as HighlightModule;
  const groups = nameGroups();
  // A result found through another spelling ("Saleh" for a page that says
  // "Salih") marks the page's own spelling of that name too.
  class WithSpellings extends module.default {
    override getHighlightParams(paramName: string): string[] {
      const typed = super.getHighlightParams(paramName);
      return [...new Set([...typed, ...otherSpellings(typed, groups)])];
    }
  }
  new WithSpellings({
    highlightParam: HIGHLIGHT_PARAM,
    // Styles come from the site's stylesheet: no inline <style>, which a strict CSP would block.
    addStyles: false,
    markOptions: {
      className: "search-highlight",
      exclude: ["[data-pagefind-ignore]", "[data-pagefind-ignore] *"],
    },
  });
  if (location.hash) return;
  // The first mark a reader can see: notes folded inside <details> may hold earlier ones.
  const first = [...document.querySelectorAll(".search-highlight")].find((mark) => mark.checkVisibility());
  (first?.closest("p, figure, blockquote, li") ?? first)?.scrollIntoView({ block: "center" });
}

highlight().catch((error: unknown) => console.error(error));
