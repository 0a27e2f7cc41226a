/**
 * Line-level guesses about what a line of a raw copy is. Each returns what it
 * found, or `undefined`, and never changes the text.
 */

/** `(Khalid Mohammed/AP)` at the end of a caption. */
const PAREN_CREDIT = /\(([^()]+\/[A-Z][A-Za-z]*)\)\s*$/;
/** `Photo: Eliot Blondet/AFP` at the end of a caption. */
const PHOTO_CREDIT = /(?:Photo|Picture|Image): ([^.:]+\/[A-Z][A-Za-z]*)\s*$/;

export function captionCredit(line: string): string | undefined {
  return (PHOTO_CREDIT.exec(line) ?? PAREN_CREDIT.exec(line))?.[1]?.trim();
}

/** `BAGHDAD — ` (an em dash after a capitalised place name) opens a dateline. */
const DATELINE = /^([A-Z][A-Z .'-]*[A-Z]) — /;

export function datelineOf(line: string): string | undefined {
  return DATELINE.exec(line)?.[1];
}

/** Short lines without closing punctuation read as headings. */
const MAX_HEADING_WORDS = 6;
const MAX_HEADLINE_CHARS = 140;
const SENTENCE_END = /[.!?:;,…]["”’)]*$/;

function wordCount(line: string): number {
  return line.trim().split(/\s+/).length;
}

export function isSubheading(line: string): boolean {
  return wordCount(line) <= MAX_HEADING_WORDS && !SENTENCE_END.test(line.trim());
}

export function isHeadline(line: string): boolean {
  return (
    line.trim().length <= MAX_HEADLINE_CHARS &&
    !SENTENCE_END.test(line.trim()) &&
    datelineOf(line) === undefined &&
    captionCredit(line) === undefined
  );
}

/** A standfirst is one sentence, with no dateline and no credit. */
export function isStandfirst(line: string): boolean {
  const sentences = line.trim().split(/(?<=[.!?]["”’]?)\s+(?=[A-Z“"‘])/);
  return sentences.length === 1 && datelineOf(line) === undefined && captionCredit(line) === undefined;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** `… — Ranj Alaaldin (@RanjAlaaldin) November 7, 2021`: how X/Twitter embeds sign a post. */
const POST_SIGNATURE = new RegExp(
  `— ([^—()]+?) \\((@\\w+)\\) (${MONTHS.join("|")}) (\\d{1,2}), (\\d{4})\\s*$`,
);
const URL = /https?:\/\/\S+/;

export interface PostSignature {
  author: string;
  handle: string;
  date: string;
  url?: string;
}

export function postSignature(line: string): PostSignature | undefined {
  const match = POST_SIGNATURE.exec(line);
  if (!match) return undefined;
  const [, author = "", handle = "", month = "", day = "", year = ""] = match;
  const monthNumber = String(MONTHS.indexOf(month) + 1).padStart(2, "0");
  const url = URL.exec(line)?.[0];
  return {
    author: author.trim(),
    handle,
    date: `${year}-${monthNumber}-${day.padStart(2, "0")}`,
    ...(url ? { url } : {}),
  };
}
