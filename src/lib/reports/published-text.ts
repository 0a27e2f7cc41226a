import { decodeHTMLAttribute } from "entities";
import { Parser } from "htmlparser2";
import { unsafeLinkProblem } from "./link-schemes.ts";

/**
 * The published text of a report page, defined exactly: the text of the
 * element marked `data-report-text` (the article: headline, dek,
 * paragraphs, subheadings, captions, embedded posts), less every element
 * marked `data-interface` (what the archive adds for readers: permalinks,
 * notes, the byline, a placeholder for a photo not archived, a post's
 * caption, a title the copy does not print), one line per block. It must
 * equal the copy's lines less the listed chrome, line for line
 * (src/lib/reports/text-gate.ts).
 */
export const REPORT_TEXT_ATTRIBUTE = "data-report-text";

/** Marks an element of a report page as the archive's interface, not the report's text. */
export const INTERFACE_ATTRIBUTE = "data-interface";

/** Elements that run inside a line of text; every other element ends the line. */
const INLINE = new Set([
  "a",
  "abbr",
  "b",
  "cite",
  "code",
  "em",
  "i",
  "mark",
  "q",
  "small",
  "span",
  "strong",
  "sub",
  "sup",
  "time",
]);

/**
 * The only elements report text may be made of. Anything else inside the
 * article (a script, a style, an image, a frame, a form) is refused: it
 * could hide, add or run something the copy does not hold.
 */
const ALLOWED_IN_TEXT = new Set([
  ...INLINE,
  "article",
  "aside",
  "blockquote",
  "br",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "li",
  "ol",
  "p",
  "section",
  "summary",
  "ul",
]);

/** Attributes holding an address, wherever they are on a page. */
const URL_ATTRIBUTES = new Set([
  "action",
  "background",
  "cite",
  "data",
  "formaction",
  "href",
  "poster",
  "src",
  "xlink:href",
]);

export interface PublishedText {
  /** Whether the page has an element marked `data-report-text`. */
  found: boolean;
  /** The published text, one entry per line, trimmed, empty lines left out. */
  lines: string[];
  /** What the page holds that no report page may: elements in the text, unsafe addresses, event handlers. */
  problems: string[];
}

/** An address attribute in HTML outside the report text, as written (quoted or not). */
const URL_ATTRIBUTE_PATTERN = new RegExp(
  `\\s(${[...URL_ATTRIBUTES].join("|")})\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`,
  "gi",
);

/** Unsafe addresses in the parts of a page around the report text: the page's own frame. */
function unsafeAddresses(html: string): string[] {
  const problems: string[] = [];
  for (const match of html.matchAll(URL_ATTRIBUTE_PATTERN)) {
    const value = decodeHTMLAttribute(match[2] ?? match[3] ?? match[4] ?? "");
    const problem = unsafeLinkProblem(value);
    if (problem) problems.push(`${match[1]?.toLowerCase()} outside the report text: ${problem}`);
  }
  return problems;
}

/**
 * Reads a built report page's published text, and what it must not hold.
 * The report text (from the opening tag of the element marked
 * `data-report-text` to the page's last closing tag of that element) goes
 * through an HTML parser, as a browser would read it; the frame around it,
 * two thirds of a page and the archive's own template, is only scanned for
 * unsafe addresses, which keeps the gate to a few percent of a build.
 */
export function publishedText(html: string): PublishedText {
  const marker = html.search(REPORT_TEXT_MARKER);
  if (marker < 0) return { found: false, lines: [], problems: unsafeAddresses(html) };
  const start = html.lastIndexOf("<", marker);
  const tag = /^<([a-zA-Z][\w-]*)/.exec(html.slice(start))?.[1]?.toLowerCase() ?? "";
  const closing = lastClosingTag(html, tag);
  const end = closing < start ? html.length : closing + tag.length + 3;
  const text = reportText(html.slice(start, end));
  const frame = unsafeAddresses(html.slice(0, start) + html.slice(end));
  return { ...text, problems: [...text.problems, ...frame] };
}

const REPORT_TEXT_MARKER = new RegExp(`\\s${REPORT_TEXT_ATTRIBUTE}[\\s=>/]`);

/** Where the page's last `</tag>` starts, in any case, or -1; without a lowercased copy of the page. */
function lastClosingTag(html: string, tag: string): number {
  let last = -1;
  for (const match of html.matchAll(new RegExp(`</${tag}>`, "gi"))) last = match.index;
  return last;
}

/** Reads the report text's lines, and what it must not hold, in one pass of an HTML parser. */
function reportText(html: string): PublishedText {
  const lines: string[] = [];
  const problems: string[] = [];
  let current = "";
  let found = false;
  /**
   * The open elements, as depths: how many are open, and from which depth
   * on they are inside the text, and inside the interface (Infinity: not).
   */
  let depth = 0;
  let textFrom = Infinity;
  let skippedFrom = Infinity;
  const endLine = () => {
    const line = current.replace(/^[ \t\n\r]+|[ \t\n\r]+$/g, "");
    if (line) lines.push(line);
    current = "";
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        depth += 1;
        if (textFrom === Infinity && REPORT_TEXT_ATTRIBUTE in attributes) {
          textFrom = depth;
          found = true;
        }
        if (skippedFrom === Infinity && INTERFACE_ATTRIBUTE in attributes) skippedFrom = depth;
        const text = depth >= textFrom;
        for (const attribute in attributes) {
          if (URL_ATTRIBUTES.has(attribute)) {
            const problem = unsafeLinkProblem(attributes[attribute] ?? "");
            if (problem) problems.push(`<${name} ${attribute}>: ${problem}`);
          }
          if (text && attribute.startsWith("on"))
            problems.push(`<${name} ${attribute}>: an event handler in the report text`);
        }
        if (!text) return;
        if (!ALLOWED_IN_TEXT.has(name))
          problems.push(
            `<${name}> in the report text: only text, links and blocks of text may be published there`,
          );
        if (depth < skippedFrom && !INLINE.has(name)) endLine();
      },
      ontext(data) {
        if (depth >= textFrom && depth < skippedFrom) current += data;
      },
      onclosetag(name) {
        if (depth >= textFrom && depth < skippedFrom && !INLINE.has(name)) endLine();
        if (depth === textFrom) textFrom = Infinity;
        if (depth === skippedFrom) skippedFrom = Infinity;
        depth -= 1;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  endLine();
  return { found, lines, problems };
}
