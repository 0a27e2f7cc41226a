/**
 * What a paragraph's ¶ copies: `AP, '[Title]', ¶5, <url>#p-5`. Made in the
 * browser (src/client/copy-citation.ts) from what the page carries, and
 * here so the words are tested.
 */
export function paragraphCitation(outlet: string, title: string, paragraph: number, pageUrl: string): string {
  return `${outlet}, '${title}', ¶${paragraph}, ${pageUrl.replace(/#.*$/, "")}#p-${paragraph}`;
}
