import type { ContainerDirective, LeafDirective, TextDirective } from "mdast-util-directive";
import type { Paragraph, Root, RootContent, Text } from "mdast";
import type {} from "mdast-util-to-hast";
import type { VFile } from "vfile";
import { SKIP, visit } from "unist-util-visit";
import { CAPTION_DIRECTIVE, POST_DIRECTIVE } from "../lib/reports/directives.ts";
import { formatDate } from "../lib/format.ts";
import { failAt } from "../lib/reports/markdown-problem.ts";

type Directive = ContainerDirective | LeafDirective | TextDirective;

/** Text the archive adds around a caption whose photo was not archived. */
export const PHOTO_NOT_ARCHIVED = "Photo not in the archive";

function attribute(node: Directive, name: string, file: VFile): string {
  const value = node.attributes?.[name];
  if (!value) failAt(file, node, `:::${node.name} needs a ${name}="…" attribute`);
  return value;
}

function onlyParagraph(node: ContainerDirective, file: VFile): Paragraph {
  const [first, ...rest] = node.children;
  if (first?.type !== "paragraph" || rest.length > 0) {
    failAt(file, node, `:::${node.name} must hold exactly one paragraph: the copy's own line`);
  }
  return first;
}

/** Wraps the credit, where the caption ends with it, so it can be set apart. */
function markCredit(paragraph: Paragraph, credit: string): void {
  const last = paragraph.children.at(-1);
  if (last?.type !== "text") return;
  const at = last.value.lastIndexOf(credit);
  if (at < 0) return;
  const creditNode: Text = {
    type: "text",
    value: credit,
    data: { hName: "span", hProperties: { className: ["credit"] } },
  };
  const before: Text = { type: "text", value: last.value.slice(0, at) };
  const after: Text = { type: "text", value: last.value.slice(at + credit.length) };
  paragraph.children.splice(-1, 1, before, creditNode, after);
}

function captionFigure(node: ContainerDirective, file: VFile): void {
  const paragraph = onlyParagraph(node, file);
  markCredit(paragraph, attribute(node, "credit", file));
  paragraph.data = { hName: "figcaption" };
  const placeholder: Paragraph = {
    type: "paragraph",
    data: {
      hName: "div",
      hProperties: { className: ["photo-missing"], "data-pagefind-ignore": "", "data-interface": "" },
    },
    children: [{ type: "text", value: PHOTO_NOT_ARCHIVED }],
  };
  node.data = { hName: "figure", hProperties: { className: ["report-figure"] } };
  node.children = [placeholder, paragraph];
}

function postFigure(node: ContainerDirective, file: VFile): void {
  const paragraph = onlyParagraph(node, file);
  const author = attribute(node, "author", file);
  const handle = attribute(node, "handle", file);
  const date = attribute(node, "date", file);
  const platform = attribute(node, "platform", file);
  const url = node.attributes?.["url"];
  const quote: RootContent = {
    type: "blockquote",
    data: { hProperties: url ? { cite: url } : {} },
    children: [paragraph],
  };
  const captionText = `Post on ${platform} by ${author} (${handle}), `;
  const caption: Paragraph = {
    type: "paragraph",
    data: { hName: "figcaption", hProperties: { "data-pagefind-ignore": "", "data-interface": "" } },
    children: [
      { type: "text", value: captionText },
      { type: "text", value: formatDate(date), data: { hName: "time", hProperties: { dateTime: date } } },
      ...(url
        ? [
            { type: "text", value: " · " } as Text,
            {
              type: "link",
              url,
              children: [{ type: "text", value: "original link" }],
            } as RootContent as Paragraph["children"][number],
          ]
        : []),
    ],
  };
  node.data = { hName: "figure", hProperties: { className: ["embedded-post"] } };
  node.children = [quote, caption] as ContainerDirective["children"];
}

/**
 * Renders the report body's directives: `:::caption` (a photo caption whose
 * photo was not archived) and `:::post` (an embedded social-media post). Any
 * other directive stops the build, naming the file and line: report text
 * must never vanish into an unknown construct.
 */
export default function remarkReportBlocks() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type === "containerDirective" && node.name === CAPTION_DIRECTIVE) {
        captionFigure(node, file);
        return SKIP;
      }
      if (node.type === "containerDirective" && node.name === POST_DIRECTIVE) {
        postFigure(node, file);
        return SKIP;
      }
      if (
        node.type === "containerDirective" ||
        node.type === "leafDirective" ||
        node.type === "textDirective"
      ) {
        failAt(
          file,
          node,
          `unknown directive "${node.name}": only :::${CAPTION_DIRECTIVE} and :::${POST_DIRECTIVE} are allowed in a report`,
        );
      }
      return undefined;
    });
  };
}
