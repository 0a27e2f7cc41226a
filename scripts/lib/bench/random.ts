/**
 * A small seeded random source, so a synthetic archive of a given size is
 * the same on every run and benchmark figures compare like with like.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** Picks early items more often, as word use and news mentions do (roughly Zipf). */
  pickSkewed<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

/** mulberry32: tiny, fast and good enough for test data. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const at = <T>(items: readonly T[], index: number): T => {
    const item = items[Math.min(index, items.length - 1)];
    if (item === undefined) throw new Error("cannot pick from an empty list");
    return item;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => at(items, Math.floor(next() * items.length)),
    pickSkewed: (items) => at(items, Math.floor(items.length * next() ** 1.6)),
    chance: (probability) => next() < probability,
  };
}
