import { bodyHtml, type StoredEntry } from "./html-files.ts";
import { escapeRegExp } from "../regexp.ts";

/** A piece of a rendered report body, and the id of the block it ends with, if it ends with a noted one. */
export interface HtmlBlock {
  id?: string | undefined;
  html: string;
}

/**
 * Cuts a report body's rendered HTML straight after the blocks named in
 * `after`, so a page can set notes after them (after paragraph 9, say)
 * without touching the paragraphs themselves. A noted block is a paragraph
 * (`p-N`) or a figure (`fig-N`), and neither can hold another of its kind,
 * so it ends at the first closing tag of its kind after its opening tag;
 * report text cannot fake a tag (the renderer escapes "<" in text). One
 * scan of the string per noted block: no parsing.
 */
export function splitBodyHtml(html: string, after: Iterable<string>): HtmlBlock[] {
  const cuts: { id: string; end: number }[] = [];
  for (const id of new Set(after)) {
    const opening = new RegExp(`<(p|figure)\\s(?:[^<>"]|"[^"]*")*?\\bid="${escapeRegExp(id)}"`).exec(html);
    if (!opening) throw new Error(`no paragraph or figure with id "${id}" in the rendered body`);
    const closing = `</${opening[1]}>`;
    const end = html.indexOf(closing, opening.index);
    if (end < 0) throw new Error(`the block "${id}" is not closed in the rendered body`);
    cuts.push({ id, end: end + closing.length });
  }
  cuts.sort((a, b) => a.end - b.end);
  const blocks: HtmlBlock[] = [];
  let from = 0;
  for (const cut of cuts) {
    blocks.push({ id: cut.id, html: html.slice(from, cut.end) });
    from = cut.end;
  }
  if (from < html.length) blocks.push({ html: html.slice(from) });
  return blocks;
}

/**
 * The pieces of a report's rendered body, cut after the blocks that carry
 * notes; stops the build when the body failed to render.
 */
export function renderedBlocks(
  report: { slug: string; entry: StoredEntry },
  noted: Iterable<string>,
): HtmlBlock[] {
  const file = report.entry.filePath ?? `${report.slug}.md`;
  const html = bodyHtml(report.entry);
  if (html === undefined) {
    throw new Error(`${file}: the body did not render (see the error logged above)`);
  }
  try {
    return splitBodyHtml(html, noted);
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
}
