import type { BlockText, Mention } from "../entities/mentions.ts";
import type { Entity } from "../entities/schema.ts";

/** Text a report puts in double quotation marks, with where it stands. */
export interface QuoteSpan {
  report: string;
  block: string;
  /** Offsets in the block's text, inside the quotation marks. */
  start: number;
  end: number;
  text: string;
}

/** A statement quoted in more than one report. */
export interface SharedQuote {
  /** Anchor on /quotes/. */
  id: string;
  /** The speaker's entity id, where the text says who spoke. */
  speaker?: string | undefined;
  /** Each report's wording, in the order of `reportOrder`, then by position. */
  occurrences: QuoteSpan[];
  /**
   * Pairs of `occurrences` indexes that matched each other directly. A
   * paragraph's "also quoted in" names only these: the other parts of a long
   * statement are on /quotes/.
   */
  matches: [number, number][];
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

/**
 * Words compared between outlets: lower case, one kind of apostrophe,
 * contractions spelt out ("don’t" → "do not"), hyphens as spaces, and
 * without articles and possessive determiners, in which translations of one
 * statement most often differ.
 */
const DROPPED = new Set(["a", "an", "the", "its", "his", "her", "their", "our", "my", "your"]);

export function quoteWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/n't\b/g, " not")
    .replace(/[-–]/g, " ")
    .split(/[^\p{L}\p{N}']+/u)
    .map((word) => word.replace(/^'+|'+$/g, ""))
    .filter((word) => word.length > 0 && !DROPPED.has(word));
}

/** The span's word n-grams, as strings (a Map keyed by them is the hash table). */
export function wordGrams(words: readonly string[], n: number): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + n <= words.length; i += 1) grams.add(words.slice(i, i + n).join(" "));
  return grams;
}

export interface SharedQuoteOptions {
  /** Words per n-gram. */
  n?: number;
  /** Shared n-grams that link two spans whatever their length. */
  minShared?: number;
  /** Or: the share of the shorter span's n-grams found in the longer one. */
  minCoverage?: number;
  /** Words this long or longer, shared by two quotes of one speaker, link them. */
  keywordLength?: number;
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

/** Words too common to tie two quotes of one speaker together, in English or in this story. */
const COMMON_WORDS = new Set([
  "attack",
  "attacks",
  "iraq's",
  "iraqi",
  "iraqis",
  "against",
  "because",
  "should",
  "would",
  "could",
  "there",
  "their",
  "which",
  "about",
]);

/**
 * Finds statements quoted in more than one report. Each quotation's word
 * n-grams go into one hash table; spans of different reports that meet in a
 * bucket are counted as sharing that n-gram, and linked when they share
 * enough: different cuts of one sentence, or a sentence translated slightly
 * differently. Two quotes given to one speaker are also linked by a shared
 * uncommon word ("cowardly"), which catches different translations of one
 * statement. Quotes given to different speakers are never linked (the EU's
 * "must be held accountable" is not Biden's). Linked spans form a shared
 * quote. Work grows with the quoted text: spans are only ever compared within
 * the buckets they share, never all against all.
 */
export function findSharedQuotes(
  blocks: readonly BlockText[],
  mentions: readonly Mention[],
  entities: readonly Entity[],
  reportOrder: readonly string[],
  { n = 3, minShared = 4, minCoverage = 0.5, keywordLength = 6 }: SharedQuoteOptions = {},
): SharedQuote[] {
  const info = speakerInfo(entities);
  const { spans, speakers } = attributeQuotes(blocks, mentions, info);
  const words = spans.map((span) => quoteWords(span.text));
  const grams = words.map((list) => wordGrams(list, n));
  const compatible = (a: number, b: number): boolean => {
    const x = speakers[a];
    const y = speakers[b];
    if (!x || !y || x === y) return true;
    return (info.speaksFor.get(x) ?? []).includes(y) || (info.speaksFor.get(y) ?? []).includes(x);
  };

  const buckets = new Map<string, number[]>();
  const put = (key: string, index: number) => buckets.set(key, [...(buckets.get(key) ?? []), index]);
  grams.forEach((set, index) => {
    for (const gram of set) put(`g:${gram}`, index);
  });
  words.forEach((list, index) => {
    const speaker = speakers[index];
    if (!speaker) return;
    for (const word of new Set(list)) {
      if (word.length >= keywordLength && !COMMON_WORDS.has(word)) put(`w:${speaker}:${word}`, index);
    }
  });

  const parent = spans.map((_, index) => index);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    return root;
  };
  const edges: [number, number][] = [];
  const union = (a: number, b: number) => {
    edges.push([a, b]);
    parent[find(a)] = find(b);
  };
  const sharedGrams = new Map<string, number>();
  for (const [key, members] of buckets) {
    for (let i = 0; i < members.length; i += 1) {
      for (let j = i + 1; j < members.length; j += 1) {
        const a = members[i] ?? 0;
        const b = members[j] ?? 0;
        if (spans[a]?.report === spans[b]?.report || !compatible(a, b)) continue;
        if (key.startsWith("w:")) union(a, b);
        else sharedGrams.set(`${a}:${b}`, (sharedGrams.get(`${a}:${b}`) ?? 0) + 1);
      }
    }
  }
  for (const [pair, shared] of sharedGrams) {
    const [a = 0, b = 0] = pair.split(":").map(Number);
    const smaller = Math.min(grams[a]?.size ?? 0, grams[b]?.size ?? 0);
    if (shared >= minShared || (smaller > 0 && shared / smaller >= minCoverage)) union(a, b);
  }

  const groups = new Map<number, number[]>();
  spans.forEach((_, index) => groups.set(find(index), [...(groups.get(find(index)) ?? []), index]));
  const rank = new Map(reportOrder.map((slug, index) => [slug, index]));
  const byPosition = (a: QuoteSpan, b: QuoteSpan) =>
    (rank.get(a.report) ?? 0) - (rank.get(b.report) ?? 0) ||
    blockOrder(a.block) - blockOrder(b.block) ||
    a.start - b.start;
  const quotes: SharedQuote[] = [];
  for (const members of groups.values()) {
    if (new Set(members.map((index) => spans[index]?.report)).size < 2) continue;
    const votes = new Map<string, number>();
    for (const index of members) {
      const speaker = speakers[index];
      if (speaker)
        votes.set(speaker, (votes.get(speaker) ?? 0) + (info.kinds.get(speaker) === "person" ? 2 : 1));
    }
    const speaker = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
    const sorted = [...members].sort((a, b) => (spans[a] && spans[b] ? byPosition(spans[a], spans[b]) : 0));
    const position = new Map(sorted.map((index, at) => [index, at]));
    const occurrences = sorted.flatMap((index) => (spans[index] ? [spans[index]] : []));
    const matches = edges
      .filter(([a]) => position.has(a))
      .map(([a, b]): [number, number] => [position.get(a) ?? 0, position.get(b) ?? 0]);
    quotes.push({ id: "", speaker, occurrences, matches });
  }
  quotes.sort((a, b) =>
    a.occurrences[0] && b.occurrences[0] ? byPosition(a.occurrences[0], b.occurrences[0]) : 0,
  );
  const used = new Map<string, number>();
  for (const quote of quotes) {
    const stem = quote.speaker ?? "unattributed";
    const count = (used.get(stem) ?? 0) + 1;
    used.set(stem, count);
    quote.id = `${stem}-${count}`;
  }
  return quotes;
}

function blockOrder(block: string): number {
  const [kind, number] = block.split("-");
  return (kind === "fig" ? 10_000 : 0) + Number(number);
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
  mentions: readonly Mention[],
  info: SpeakerInfo,
): { spans: QuoteSpan[]; speakers: (string | undefined)[] } {
  const mentionsByBlock = new Map<string, Mention[]>();
  for (const mention of mentions) {
    const key = `${mention.report}#${mention.block}`;
    mentionsByBlock.set(key, [...(mentionsByBlock.get(key) ?? []), mention]);
  }
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
    const isPerson = (m: Mention) => info.kinds.get(m.entity) === "person";
    const carriedOver = previous.report === block.report ? previous.speaker : undefined;
    const wholeQuote = /^\s*[“"][^“”"]*[”"][.,]?\s*$/.test(block.text);
    let blockSpeaker: string | undefined;
    for (const span of quoted) {
      const distance = (m: Mention) => Math.min(Math.abs(m.start - span.end), Math.abs(span.start - m.end));
      const nearest = (list: Mention[]) => [...list].sort((a, b) => distance(a) - distance(b))[0];
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
