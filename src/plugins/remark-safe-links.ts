import type { Root } from "mdast";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import { failAt } from "../lib/reports/markdown-problem.ts";
import { unsafeLinkProblem } from "../lib/reports/link-schemes.ts";

/**
 * Refuses any address in a report body whose scheme is not http, https or
 * mailto, and not relative: Markdown links, autolinks (`<javascript:…>`),
 * link definitions, images, and a directive's `url` (an embedded post's
 * original link). It runs on the copy's own tree, before the archive adds
 * its links, and stops the build naming the file, line and column.
 */
export default function remarkSafeLinks() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      let url: string | undefined;
      if (node.type === "link" || node.type === "image" || node.type === "definition") url = node.url;
      else if (
        node.type === "containerDirective" ||
        node.type === "leafDirective" ||
        node.type === "textDirective"
      )
        url = node.attributes?.["url"] ?? undefined;
      const problem = url === undefined ? undefined : unsafeLinkProblem(url);
      if (problem) failAt(file, node, problem);
    });
  };
}
