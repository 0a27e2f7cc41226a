/**
 * The search page's result list: a placeholder for each result, a page of
 * them at a time, filled with Pagefind's data (title, kind, outlet, date,
 * excerpt, the paragraphs that match) only once it scrolls onto the
 * screen, so a query fetches the fragments of the results a reader sees.
 * Results on screen load together; while they do, a drawn result may be
 * shorter than its placeholder and pull the next one onto the screen for a
 * moment, so the next ones load only if on screen once those are drawn.
 */
import type { ResultData, SearchResult } from "./pagefind-api.ts";
import { NAMES_META, otherSpellings, parseNameGroups } from "../lib/search/spellings.ts";

/** Results added to the list at a time ("More results" adds as many again). */
const PAGE = 10;
/** Paragraphs that match listed under a result. */
const PARTS_SHOWN = 3;
/** Words either side of a name in an excerpt made here. */
const EXCERPT_WORDS = 12;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * An excerpt around the page's own spelling of a name the query gave in
 * another ("Saleh" for a page that says "Salih"): Pagefind found the page
 * through its `names` meta and, with no match in the text, would show the
 * page's first words.
 */
export function spellingExcerpt(data: ResultData, query: string): string | undefined {
  const groups = parseNameGroups(data.meta[NAMES_META] ?? "");
  const spellings = otherSpellings([query], groups).sort((a, b) => b.length - a.length);
  for (const spelling of spellings) {
    const found = new RegExp(`(^|[^\\p{L}])(${escapeRegExp(spelling)})(?![\\p{L}])`, "iu").exec(data.content);
    if (!found) continue;
    const at = found.index + (found[1]?.length ?? 0);
    const name = found[2] ?? spelling;
    const before = data.content.slice(0, at).split(/\s+/).slice(-EXCERPT_WORDS).join(" ");
    const after = data.content
      .slice(at + name.length)
      .split(/\s+/)
      .slice(0, EXCERPT_WORDS + 1)
      .join(" ");
    return `${escapeHtml(before)}<mark>${escapeHtml(name)}</mark>${escapeHtml(after)}`;
  }
  return undefined;
}

/** Kind, outlet and date, as the page's search meta gives them (src/lib/search/attributes.ts). */
function facts(meta: ResultData["meta"]): string {
  return [meta["kind"], meta["outlet"], meta["date"]].filter(Boolean).join(" · ");
}

function fill(item: HTMLLIElement, result: SearchResult, data: ResultData, query: string) {
  item.replaceChildren();
  item.classList.remove("is-loading");
  item.removeAttribute("aria-busy");
  const heading = element("h3", "search-result__title");
  const link = element("a", "", data.meta["title"] ?? data.url);
  link.href = data.url;
  link.dataset["resultLink"] = "";
  heading.append(link);
  const excerpt = element("p", "search-result__excerpt");
  // Pagefind escapes the page's text and adds only <mark> (pagefind.app/docs/api/#loading-a-result).
  excerpt.innerHTML = (result.words.length === 0 && spellingExcerpt(data, query)) || data.excerpt;
  item.append(heading, element("p", "search-result__facts", facts(data.meta)), excerpt);

  const page = data.url.split("#")[0];
  const parts = data.sub_results.filter((part) => part.url.split("#")[0] === page && part.url !== page);
  if (parts.length === 0) return;
  const list = element("ul", "search-result__parts");
  for (const part of parts.slice(0, PARTS_SHOWN)) {
    const entry = element("li", "");
    const partLink = element("a", "", part.title);
    partLink.href = part.url;
    const partExcerpt = element("span", "search-result__part-excerpt");
    partExcerpt.innerHTML = part.excerpt;
    entry.append(partLink, " ", partExcerpt);
    list.append(entry);
  }
  item.append(list);
}

/** Whether an element is within the window now. */
function onScreen(item: Element): boolean {
  const { top, bottom } = item.getBoundingClientRect();
  return bottom > 0 && top < window.innerHeight;
}

export class ResultList {
  #results: SearchResult[] = [];
  #query = "";
  #shown = 0;
  /** Placeholders seen on screen while others were loading, to check once those are drawn. */
  readonly #seen = new Set<HTMLLIElement>();
  #loading = 0;
  readonly #observer: IntersectionObserver;
  readonly list: HTMLOListElement;
  readonly more: HTMLButtonElement;

  constructor(list: HTMLOListElement, more: HTMLButtonElement) {
    this.list = list;
    this.more = more;
    this.#observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const item = entry.target as HTMLLIElement;
        if (entry.isIntersecting) this.#seen.add(item);
        else this.#seen.delete(item);
      }
      if (this.#loading === 0) this.#loadSeen();
    });
    more.addEventListener("click", () => {
      const first = this.#addPage();
      first?.focus();
    });
  }

  show(results: SearchResult[], query: string) {
    this.#observer.disconnect();
    this.#seen.clear();
    this.#loading = 0;
    this.#results = results;
    this.#query = query;
    this.#shown = 0;
    this.list.replaceChildren();
    this.#addPage();
  }

  /** Adds the next page of placeholders; returns the first, for focus. */
  #addPage(): HTMLLIElement | undefined {
    const next = this.#results.slice(this.#shown, this.#shown + PAGE);
    const items = next.map((_, offset) => {
      const item = element("li", "search-result is-loading");
      item.setAttribute("aria-busy", "true");
      item.dataset["index"] = String(this.#shown + offset);
      item.tabIndex = -1;
      return item;
    });
    this.list.append(...items);
    for (const item of items) this.#observer.observe(item);
    this.#shown += next.length;
    this.more.hidden = this.#shown >= this.#results.length;
    return items[0];
  }

  /**
   * Loads the placeholders seen on screen that are on it now, all at once:
   * the observer reports a moment late, so a placeholder that passed over
   * the screen while a result above it was drawn may be reported after it left.
   */
  #loadSeen() {
    const batch = [...this.#seen].filter(onScreen);
    for (const item of batch) {
      this.#seen.delete(item);
      this.#observer.unobserve(item);
    }
    if (batch.length === 0) return;
    const results = this.#results;
    this.#loading = batch.length;
    for (const item of batch)
      void this.#load(item, results).finally(() => {
        if (this.#results !== results) return;
        this.#loading -= 1;
        if (this.#loading === 0) this.#loadSeen();
      });
  }

  async #load(item: HTMLLIElement, results: SearchResult[]) {
    const result = results[Number(item.dataset["index"])];
    if (!result) return;
    try {
      const data = await result.data();
      if (this.#results === results) fill(item, result, data, this.#query);
    } catch (error) {
      console.error(error);
    }
  }
}
