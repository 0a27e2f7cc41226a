/** Apostrophes differ between copies (’ and '); aliases compare without that difference. */
export function normalizeApostrophes(text: string): string {
  return text.replace(/[’‘`]/g, "'");
}
