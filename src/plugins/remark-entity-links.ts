import type { Link, PhrasingContent, Root } from "mdast";
import { blockMentions, createMatcher, firstMentions, type BlockMention } from "../lib/entities/matcher.ts";
import type { Entity } from "../lib/entities/schema.ts";
import { joinBase, sitePaths } from "../lib/paths.ts";
import { bodyBlockNodes } from "../lib/reports/text.ts";

export interface EntityLinkOptions {
  entities: readonly Entity[];
  /** The site's base path (Astro's `base`): links are made with joinBase. */
  base: string;
}

/**
 * Links names in report text to their entity pages. It only wraps words in
 * links; the text stays exactly the copy's. Within each paragraph (and each
 * caption or post) the first mention of each entity is linked: a reader who
 * lands on a paragraph from a citation finds its names linked there, and a
 * name repeated in the same paragraph is not linked again. Headings and
 * existing links are never touched. The entity indexes find mentions with the
 * same functions (src/lib/entities/matcher.ts), so links and indexes agree.
 */
export default function remarkEntityLinks(options: EntityLinkOptions) {
  const matcher = createMatcher(options.entities);
  return (tree: Root) => {
    for (const block of bodyBlockNodes(tree)) {
      const byNode = new Map<BlockMention["node"], BlockMention[]>();
      for (const mention of firstMentions(blockMentions(block.node, matcher))) {
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
