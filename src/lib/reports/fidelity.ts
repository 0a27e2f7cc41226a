/**
 * Checks that the archive says what a raw copy says: no word changed,
 * dropped or added. Pure functions over strings, used by the tests of the
 * committed reports and of the built pages.
 */

/** Runs of spaces, tabs and line breaks count as one space; other characters (NBSP too) count as written. */
export function normalizeSpace(text: string): string {
  return text.replace(/[ \t\r\n]+/g, " ").trim();
}

/**
 * The copy with its listed chrome cut out. Each chrome string must occur,
 * in the listed order, or this throws: a listed string that is not in the
 * copy means the record of what was removed is wrong.
 */
export function removeChrome(raw: string, chrome: readonly string[]): string {
  let rest = raw;
  let kept = "";
  for (const piece of chrome) {
    const at = rest.indexOf(piece);
    if (at < 0)
      throw new Error(`removed chrome ${JSON.stringify(piece)} does not occur in the copy (in order)`);
    kept += `${rest.slice(0, at)}\n`;
    rest = rest.slice(at + piece.length);
  }
  return kept + rest;
}

/** The copy's non-empty lines, each one paragraph, heading or caption. */
export function copyLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ""))
    .filter((line) => line.length > 0);
}

/** Splits text into sentences: after . ! ? or … and any closing quotes or brackets. */
export function sentences(text: string): string[] {
  return copyLines(text)
    .flatMap((line) => line.split(/(?<=[.!?…]["”’)\]]*)\s+/))
    .map(normalizeSpace)
    .filter((sentence) => sentence.length > 0);
}

/**
 * The first sentence that does not occur in `page` after the one before it,
 * or `undefined` when every sentence is there, in order.
 */
export function firstMissingSentence(page: string, expected: readonly string[]): string | undefined {
  const text = normalizeSpace(page);
  let cursor = 0;
  for (const sentence of expected) {
    const at = text.indexOf(sentence, cursor);
    if (at < 0) return sentence;
    cursor = at + sentence.length;
  }
  return undefined;
}

/** Where two line sequences first differ, described for a test failure, or `undefined` if equal. */
export function firstLineDifference(
  expected: readonly string[],
  actual: readonly string[],
): string | undefined {
  const length = Math.max(expected.length, actual.length);
  for (let index = 0; index < length; index++) {
    if (expected[index] !== actual[index]) {
      return `line ${index + 1}: copy has ${JSON.stringify(expected[index] ?? "(nothing)")}, archive has ${JSON.stringify(actual[index] ?? "(nothing)")}`;
    }
  }
  return undefined;
}
