import type { Mention } from "../entities/mentions.ts";
import type { Entity } from "../entities/schema.ts";
import type { BlockText } from "../reports/text.ts";

/*
 * Quotations and their speakers, one report at a time: what a report's
 * rendering records (remark-report-index) for the shared-quote matching.
 */

/** Text a report puts in double quotation marks, with where it stands. */
export interface QuoteSpan {
  report: string;
  block: string;
  /** Offsets in the block's text, inside the quotation marks. */
  start: number;
  end: number;
  text: string;
}

/** A quotation, and who spoke it where the text says so. */
export interface AttributedQuote extends QuoteSpan {
  /** The speaker's entity id. */
  speaker?: string | undefined;
}

const OPEN_CLOSE: Record<string, string> = { "“": "”", '"': '"' };

/** The double-quoted spans of a block. An unclosed quotation runs to the block's end. */
export function quoteSpans(block: BlockText): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const { text } = block;
  let at = 0;
  while (at < text.length) {
    const open = text.slice(at).search(/[“"]/);
    if (open < 0) break;
    const start = at + open + 1;
    const closer = OPEN_CLOSE[text[at + open] ?? ""] ?? "”";
    const close = text.indexOf(closer, start);
    const end = close < 0 ? text.length : close;
    if (end > start)
      spans.push({ report: block.report, block: block.block, start, end, text: text.slice(start, end) });
    at = end + 1;
  }
  return spans;
}

/** Who says what: entity kinds, and the bodies a person speaks for (entities.yaml `speaksFor`). */
export interface SpeakerInfo {
  kinds: ReadonlyMap<string, string>;
  speaksFor: ReadonlyMap<string, readonly string[]>;
}

export function speakerInfo(entities: readonly Entity[]): SpeakerInfo {
  return {
    kinds: new Map(entities.map((entity) => [entity.id, entity.kind])),
    speaksFor: new Map(entities.map((entity) => [entity.id, entity.speaksFor ?? []])),
  };
}

const SPEECH_VERBS =
  "said|says|wrote|posted|called|stressed|urged|condemned|questioned|insinuated|described|denounced|added|tweeted|appealed";
const SPEAKS_AFTER = new RegExp(`^(?:['’]s)?(?:,[^“”"]{0,120}?,)?\\s+(?:${SPEECH_VERBS})\\b`);
const SPOKEN_BEFORE = /\b(?:said|says)\s+(?:[\p{L}-]+\s+){0,4}$/u;
const PRONOUN_SPEECH = /\b(?:he|she|they)\s+(?:said|says|wrote|added)\b|\bsaid (?:he|she)\b/i;

/**
 * Who spoke each quotation, where the text says so: a name beside a speech
 * verb ("Biden said", "said Khatibzadeh", "al-Askari, a senior leader…,
 * questioned"), people before bodies, nearest to the quotation first. A
 * quotation given to "he" or standing alone as a whole paragraph continues
 * the previous paragraph's speaker. Otherwise the speaker is left unknown.
 */
export function attributeQuotes(
  blocks: readonly BlockText[],
  mentions: readonly Pick<Mention, "report" | "block" | "entity" | "start" | "end">[],
  info: SpeakerInfo,
): { spans: QuoteSpan[]; speakers: (string | undefined)[] } {
  type Located = (typeof mentions)[number];
  const mentionsByBlock = Map.groupBy(mentions, (mention) => `${mention.report}#${mention.block}`);
  const spans: QuoteSpan[] = [];
  const speakers: (string | undefined)[] = [];
  let previous: { report: string; speaker: string | undefined } = { report: "", speaker: undefined };
  for (const block of blocks) {
    const quoted = quoteSpans(block);
    const candidates = (mentionsByBlock.get(`${block.report}#${block.block}`) ?? []).filter(
      (m) =>
        SPEAKER_KINDS.has(info.kinds.get(m.entity) ?? "") &&
        !quoted.some((q) => m.start >= q.start && m.end <= q.end),
    );
    const speaking = candidates.filter(
      (m) => SPEAKS_AFTER.test(block.text.slice(m.end)) || SPOKEN_BEFORE.test(block.text.slice(0, m.start)),
    );
    const isPerson = (m: Located) => info.kinds.get(m.entity) === "person";
    const carriedOver = previous.report === block.report ? previous.speaker : undefined;
    const wholeQuote = /^\s*[“"][^“”"]*[”"][.,]?\s*$/.test(block.text);
    let blockSpeaker: string | undefined;
    for (const span of quoted) {
      const distance = (m: Located) => Math.min(Math.abs(m.start - span.end), Math.abs(span.start - m.end));
      const nearest = (list: Located[]) => [...list].sort((a, b) => distance(a) - distance(b))[0];
      const explicit = nearest(speaking.filter(isPerson)) ?? nearest(speaking);
      const speaker =
        explicit?.entity ??
        (speaking.length === 0 && (wholeQuote || PRONOUN_SPEECH.test(block.text)) ? carriedOver : undefined);
      spans.push(span);
      speakers.push(speaker);
      blockSpeaker ??= speaker;
    }
    const lastPerson = candidates.filter(isPerson).at(-1)?.entity;
    previous = { report: block.report, speaker: blockSpeaker ?? lastPerson };
  }
  return { spans, speakers };
}

const SPEAKER_KINDS = new Set(["person", "group", "institution", "country"]);
