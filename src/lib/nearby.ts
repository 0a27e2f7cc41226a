/**
 * Up to `limit` items around `index` in a list, the item itself left out:
 * as many before as after where the list allows, the rest from the other
 * side. A report page lists its neighbours this way, so the page stays the
 * same size however large the archive grows (listing every other report
 * would make the whole build grow with the square of the archive).
 */
export function nearby<T>(list: readonly T[], index: number, limit: number): T[] {
  if (index < 0 || index >= list.length)
    throw new RangeError(`index ${index} is outside a list of ${list.length}`);
  const before = Math.min(index, Math.max(Math.floor(limit / 2), limit - (list.length - 1 - index)));
  const after = Math.min(list.length - 1 - index, limit - before);
  return [...list.slice(index - before, index), ...list.slice(index + 1, index + 1 + after)];
}
