import type { Paragraph, PhrasingContent, Text } from "mdast";
import { escapeRegExp } from "../regexp.ts";
import { normalizeApostrophes } from "./spelling.ts";
import type { Entity } from "./schema.ts";

/**
 * Finds entity mentions in text. One regular expression holds every alias,
 * longest first, so a longer name ("Moqtada al-Sadr") wins over a shorter one
 * inside it ("Sadr"). Matching is case for case ("IS" is not "is") and whole
 * words only; a hyphen counts as part of a word, so "Iran-linked" is not a
 * mention of Iran and "Kadhimi" inside "al-Kadhimi" is not matched twice. A
 * possessive ('s or ’s) belongs to the mention.
 */
export interface EntityMatcher {
  pattern: RegExp;
  /** Normalized alias → entity id and the alias as written in the table. */
  aliases: Map<string, { entity: string; alias: string }>;
}

export interface TextMatch {
  /** Offsets in the searched string; the match includes any possessive. */
  start: number;
  end: number;
  entity: string;
  /** The spelling used, without the possessive, as the copy writes it. */
  spelling: string;
}

function escapeAlias(alias: string): string {
  return escapeRegExp(alias).replace(/'/g, "['’]");
}

export function createMatcher(entities: readonly Entity[]): EntityMatcher {
  const aliases = new Map<string, { entity: string; alias: string }>();
  for (const entity of entities) {
    for (const alias of entity.aliases)
      aliases.set(normalizeApostrophes(alias), { entity: entity.id, alias });
  }
  const alternatives = [...aliases.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const body = alternatives.map(escapeAlias).join("|");
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}\\-])(${body})(?:['’]s)?(?![\\p{L}\\p{N}\\-])`, "gu");
  return { pattern, aliases };
}

/** Every mention in a string, in order. */
export function matchText(text: string, matcher: EntityMatcher): TextMatch[] {
  const matches: TextMatch[] = [];
  if (matcher.aliases.size === 0) return matches;
  for (const found of text.matchAll(matcher.pattern)) {
    const spelling = found[1] ?? "";
    const owner = matcher.aliases.get(normalizeApostrophes(spelling));
    if (!owner) continue;
    matches.push({ start: found.index, end: found.index + found[0].length, entity: owner.entity, spelling });
  }
  return matches;
}

/** A mention inside a block: offsets in the block's text, and the text node it sits in. */
export interface BlockMention extends TextMatch {
  node: Text;
  parent: Paragraph | Extract<PhrasingContent, { children: unknown }>;
  /** Offsets inside `node.value`. */
  nodeStart: number;
  nodeEnd: number;
}

type Parent = BlockMention["parent"];

/**
 * Mentions in one block of a report (a paragraph, or a caption's or post's
 * text). Text inside existing links is skipped. Offsets are positions in the
 * block's plain text (mdast-util-to-string), so snippets can be cut from it.
 */
export function blockMentions(block: Paragraph, matcher: EntityMatcher): BlockMention[] {
  const mentions: BlockMention[] = [];
  let offset = 0;
  const walk = (parent: Parent, insideLink: boolean): void => {
    for (const child of parent.children) {
      if (child.type === "text") {
        if (!insideLink) {
          for (const match of matchText(child.value, matcher)) {
            mentions.push({
              ...match,
              start: offset + match.start,
              end: offset + match.end,
              node: child,
              parent,
              nodeStart: match.start,
              nodeEnd: match.end,
            });
          }
        }
        offset += child.value.length;
      } else if ("children" in child) {
        walk(child, insideLink || child.type === "link" || child.type === "linkReference");
      } else if ("value" in child) {
        offset += child.value.length;
      } else if (child.type === "image") {
        offset += child.alt?.length ?? 0;
      }
    }
  };
  walk(block, false);
  return mentions;
}

/** The mentions that get a link: the first of each entity in the block. */
export function firstMentions<T extends TextMatch>(mentions: readonly T[]): T[] {
  const seen = new Set<string>();
  return mentions.filter((mention) => {
    if (seen.has(mention.entity)) return false;
    seen.add(mention.entity);
    return true;
  });
}
