import type { Root, Text } from "mdast";
import { visit } from "unist-util-visit";

/**
 * Reports are copies of third-party pages: raw HTML in their Markdown must
 * never reach the page as live markup. Every HTML node becomes plain text,
 * so `<script>` shows as the characters it is and runs nothing.
 */
export default function remarkInertHtml() {
  return (tree: Root) => {
    visit(tree, "html", (node, index, parent) => {
      if (!parent || index === undefined) return;
      const text: Text = { type: "text", value: node.value };
      // A block of HTML becomes a paragraph of text; inline HTML stays inline.
      const replacement = parent.type === "root" ? { type: "paragraph", children: [text] } : text;
      parent.children.splice(index, 1, replacement as never);
    });
  };
}
