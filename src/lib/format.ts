/** Dates are shown in the archive's own words, the same on every machine. */
const DAY = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

const formatted = new Map<string, string>();

/** `2021-11-07` → `7 November 2021`. Remembered: a large archive shows the same days on many pages. */
export function formatDate(isoDate: string): string {
  let text = formatted.get(isoDate);
  if (text === undefined) {
    text = DAY.format(new Date(`${isoDate}T00:00:00Z`));
    formatted.set(isoDate, text);
  }
  return text;
}

/** Words a reader reads in a minute, for reading-time estimates. */
export const WORDS_PER_MINUTE = 230;

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** Words are runs of non-space characters holding a letter or digit: a lone dash is not a word. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** `1 report`, `2,500 reports`: a count with its noun, plural when it is not one. */
export function formatCount(count: number, noun: string): string {
  return `${count.toLocaleString("en-GB")} ${noun}${count === 1 ? "" : "s"}`;
}

/** Quotation marks a quoted text may open or close with, straight or curly, double or single. */
const QUOTE_MARK = /^["“”„«»‘’‚']|["“”„«»‘’‚']$/u;

/** Whether a text opens or closes with a quotation mark of its own, so that `<q>` must not add another. */
export function bringsOwnMarks(text: string): boolean {
  return QUOTE_MARK.test(text.trim());
}
