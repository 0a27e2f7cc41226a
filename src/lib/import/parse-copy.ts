import { copyLines } from "../reports/fidelity.ts";
import type { ParsedCopy, ReportBlock } from "./blocks.ts";
import { splitChrome } from "./chrome.ts";
import {
  captionCredit,
  datelineOf,
  isHeadline,
  isStandfirst,
  isSubheading,
  postSignature,
} from "./classify.ts";

const STATED_DATE = /^date (\d{4}-\d{2}-\d{2})$/;

function quote(text: string): string {
  const short = text.length > 70 ? `${text.slice(0, 67)}…` : text;
  return `"${short}"`;
}

function classifyLine(line: string, review: string[]): ReportBlock {
  const post = postSignature(line);
  if (post) {
    review.push(`embedded post by ${post.author} (${post.handle}), ${post.date}: ${quote(line)}`);
    return { kind: "post", text: line, platform: "X", ...post };
  }
  const credit = captionCredit(line);
  if (credit) {
    review.push(`photo caption, credit "${credit}": ${quote(line)}`);
    return { kind: "caption", text: line, credit };
  }
  if (isSubheading(line)) {
    review.push(`subheading: ${quote(line)}`);
    return { kind: "subheading", text: line };
  }
  return { kind: "paragraph", text: line };
}

/**
 * Reads a raw copy's normalised text (normalizeCopy: one paragraph a line,
 * blank lines ignored) into a draft: chrome set aside, headline, dek,
 * dateline, captions, subheadings and embedded posts recognised. The lines
 * are the copy's lines as the fidelity checks read them (copyLines), so a
 * block's text is what the page must show. Pure: the same text always gives
 * the same draft.
 */
export function parseCopy(text: string): ParsedCopy {
  const lines = copyLines(text);
  const review: string[] = [];
  const { start, end, leading, trailing } = splitChrome(lines);
  const removedChrome = [...leading, ...trailing];
  for (const chrome of removedChrome) review.push(`page chrome removed: ${quote(chrome)}`);

  const body = lines.slice(start, end);
  const parsed: ParsedCopy = { blocks: [], removedChrome, review };

  const statedDate = leading.map((chrome) => STATED_DATE.exec(chrome)?.[1]).find(Boolean);
  if (statedDate) {
    parsed.statedDate = statedDate;
    review.push(`publication date ${statedDate}, printed in the page chrome`);
  }

  let index = 0;
  const first = body[0];
  if (first !== undefined && isHeadline(first)) {
    parsed.headline = first;
    review.push(`headline (first line): ${quote(first)}`);
    index = 1;
    const next = body[1];
    if (next !== undefined && isStandfirst(next)) {
      parsed.dek = next;
      review.push(`standfirst, shown as the dek: ${quote(next)}`);
      index = 2;
    }
  } else {
    review.push("no headline printed: supply a title from a republication or the archive");
  }

  for (const line of body.slice(index)) parsed.blocks.push(classifyLine(line, review));

  const opening = parsed.blocks.find((block) => block.kind === "paragraph");
  const dateline = opening && datelineOf(opening.text);
  if (dateline) {
    parsed.dateline = dateline;
    review.push(`dateline: ${dateline}`);
  }
  return parsed;
}
