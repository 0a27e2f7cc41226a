import type { Link, PhrasingContent, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import type { VFile } from "vfile";
import { afterDateline, mentionsToLink } from "../lib/entities/link-rule.ts";
import { blockMentions, createMatcher, type BlockMention } from "../lib/entities/matcher.ts";
import type { Entity } from "../lib/entities/schema.ts";
import { joinBase, sitePaths } from "../lib/paths.ts";
import { bodyBlockNodes } from "../lib/reports/text.ts";

export interface EntityLinkOptions {
  entities: readonly Entity[];
  /** The site's base path (Astro's `base`): links are made with joinBase. */
  base: string;
}

/** The report's dateline, from the frontmatter Astro hands the renderer. */
function datelineOf(file: VFile): string | undefined {
  const astro = file.data["astro"] as { frontmatter?: { dateline?: unknown } } | undefined;
  const dateline = astro?.frontmatter?.dateline;
  return typeof dateline === "string" && dateline.trim() ? dateline : undefined;
}

/**
 * Links names in report text to their entity pages, following the archive's
 * linking rule (src/lib/entities/link-rule.ts): each entity at its first
 * mention in the paragraphs, once more in the captions and posts, never the
 * dateline, never two links side by side. It only wraps words in links; the
 * text stays exactly the copy's. Headings and existing links are never
 * touched. The entity indexes find mentions with the same functions
 * (src/lib/entities/matcher.ts), so links and indexes agree.
 */
export default function remarkEntityLinks(options: EntityLinkOptions) {
  const matcher = createMatcher(options.entities);
  return (tree: Root, file: VFile) => {
    const dateline = datelineOf(file);
    const linked = { paragraph: new Set<string>(), figure: new Set<string>() };
    let firstParagraph = true;
    for (const block of bodyBlockNodes(tree)) {
      const text = toString(block.node);
      const from = block.kind === "paragraph" && firstParagraph ? afterDateline(text, dateline) : 0;
      if (block.kind === "paragraph") firstParagraph = false;
      const seen = linked[block.kind];
      const byNode = new Map<BlockMention["node"], BlockMention[]>();
      for (const mention of mentionsToLink(blockMentions(block.node, matcher), text, seen, from)) {
        seen.add(mention.entity);
        byNode.set(mention.node, [...(byNode.get(mention.node) ?? []), mention]);
      }
      for (const mentions of byNode.values()) linkTextNode(mentions, options.base);
    }
  };
}

/** Replaces one text node by its text with the mentions wrapped in links. */
function linkTextNode(mentions: readonly BlockMention[], base: string): void {
  const [first] = mentions;
  if (!first) return;
  const { node, parent } = first;
  const children = parent.children as PhrasingContent[];
  const index = children.indexOf(node);
  if (index < 0) return;
  const replacement: PhrasingContent[] = [];
  let at = 0;
  for (const mention of mentions) {
    if (mention.nodeStart > at)
      replacement.push({ type: "text", value: node.value.slice(at, mention.nodeStart) });
    const link: Link = {
      type: "link",
      url: joinBase(base, sitePaths.entity(mention.entity)),
      children: [{ type: "text", value: node.value.slice(mention.nodeStart, mention.nodeEnd) }],
      data: { hProperties: { className: ["entity-link"] } },
    };
    replacement.push(link);
    at = mention.nodeEnd;
  }
  if (at < node.value.length) replacement.push({ type: "text", value: node.value.slice(at) });
  children.splice(index, 1, ...replacement);
}
