import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { blockMentions, createMatcher, type EntityMatcher } from "../entities/matcher.ts";
import { snippet, type Mention } from "../entities/mentions.ts";
import type { Entity } from "../entities/schema.ts";
import {
  attributeQuotes,
  speakerInfo,
  type AttributedQuote,
  type SpeakerInfo,
} from "../quotes/attribution.ts";
import { bodyBlockNodes, type BlockText } from "./text.ts";

/**
 * What the archive's indexes need from one report's body, without its
 * slug: what its rendering records (remark-report-index). Not the blocks'
 * texts: Astro's data store, which every build loads whole, would hold the
 * archive's text a second time; the words around each name and the
 * quotations are enough.
 */
export interface ReportIndex {
  /** The first paragraph's text: the feed's summary of a report without a dek. */
  lead: string;
  mentions: Omit<Mention, "report">[];
  /** Every quotation, with its speaker where the text says who spoke. */
  quotes: Omit<AttributedQuote, "report">[];
}

/** What indexing a report needs from the entity table: its names, and who speaks for whom. */
export interface IndexTools {
  matcher: EntityMatcher;
  speakers: SpeakerInfo;
}

export function indexTools(entities: readonly Entity[]): IndexTools {
  return { matcher: createMatcher(entities), speakers: speakerInfo(entities) };
}

/**
 * The blocks of one parsed report body, every mention in them and every
 * quotation, on the tree as the copy has it (before the archive links or
 * wraps anything).
 */
export function indexReportTree(root: Root, tools: IndexTools): ReportIndex {
  const blocks: BlockText[] = [];
  const mentions: Mention[] = [];
  for (const block of bodyBlockNodes(root)) {
    const text = toString(block.node);
    blocks.push({ report: "", block: block.id, text });
    for (const { entity, spelling, start, end } of blockMentions(block.node, tools.matcher)) {
      mentions.push({
        report: "",
        block: block.id,
        entity,
        spelling,
        start,
        end,
        snippet: snippet(text, start, end),
      });
    }
  }
  const { spans, speakers } = attributeQuotes(blocks, mentions, tools.speakers);
  return {
    lead: blocks.find((block) => block.block.startsWith("p-"))?.text ?? "",
    mentions: mentions.map(({ report: _report, ...mention }) => mention),
    quotes: spans.map(({ report: _report, ...span }, index) => ({ ...span, speaker: speakers[index] })),
  };
}

/** Every report's index as one list of mentions and one of quotations, each carrying its report's slug. */
export function mergeIndexes(reports: readonly { slug: string; index: ReportIndex }[]): {
  mentions: Mention[];
  quotes: AttributedQuote[];
} {
  const mentions: Mention[] = [];
  const quotes: AttributedQuote[] = [];
  for (const { slug: report, index } of reports) {
    for (const mention of index.mentions) mentions.push({ report, ...mention });
    for (const quote of index.quotes) quotes.push({ report, ...quote });
  }
  return { mentions, quotes };
}
