/**
 * The structural pieces a raw copy is made of, once page chrome is set aside.
 * Every `text` is the copy's own line, character for character.
 */
export type ReportBlock =
  | { kind: "paragraph"; text: string }
  | { kind: "subheading"; text: string }
  | { kind: "caption"; text: string; credit: string }
  | {
      kind: "post";
      text: string;
      platform: string;
      author: string;
      handle: string;
      date: string;
      url?: string;
    };

/** Everything the importer read out of one raw copy. */
export interface ParsedCopy {
  /** The headline, when the copy prints one. */
  headline?: string;
  /** The standfirst, when one follows the headline. */
  dek?: string;
  /** The place name that opens the first paragraph (`BAGHDAD — …`). */
  dateline?: string;
  /** A publication date printed in the chrome (`date 2021-11-07`). */
  statedDate?: string;
  /** The body, in the copy's order. */
  blocks: ReportBlock[];
  /** Page chrome removed, string for string, in the copy's order. */
  removedChrome: string[];
  /** Every guess the importer made, for a person to confirm. */
  review: string[];
}
