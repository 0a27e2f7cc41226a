/** A name in its sentence, cut at word boundaries, as an entity page lists it. */
export interface Snippet {
  before: string;
  match: string;
  after: string;
}

/** One mention of an entity: where, and under which spelling. */
export interface Mention {
  report: string;
  /** Fragment id of the block: `p-N` or `fig-N`. */
  block: string;
  entity: string;
  spelling: string;
  /** Offsets in the block's text. */
  start: number;
  end: number;
  /** The words around it. */
  snippet: Snippet;
}

/** Up to `radius` characters either side of a match, cut at word boundaries. */
export function snippet(text: string, start: number, end: number, radius = 70): Snippet {
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  if (from > 0) from = text.indexOf(" ", from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(" ", to) > end ? text.lastIndexOf(" ", to) : to;
  return {
    before: (from > 0 ? "…" : "") + text.slice(from, start),
    match: text.slice(start, end),
    after: text.slice(end, to) + (to < text.length ? "…" : ""),
  };
}
