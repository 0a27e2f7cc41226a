/** Repeated measurements of one figure, as the benchmark reports them. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  /** (max − min) / median: how far apart the runs were. */
  spread: number;
}

/** A spread wider than this says the figure is not to be trusted as it is. */
export const SPREAD_LIMIT = 0.1;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle];
  const lower = sorted[sorted.length % 2 === 0 ? middle - 1 : middle];
  if (upper === undefined || lower === undefined) throw new Error("no measurements to summarise");
  return (lower + upper) / 2;
}

export function spreadOf(values: readonly number[]): Spread {
  const mid = median(values);
  const min = Math.min(...values);
  const max = Math.max(...values);
  return { median: mid, min, max, spread: mid > 0 ? (max - min) / mid : 0 };
}

/** "12.3 (11.9–13.0)", with " !" when the spread is over the limit; a single run is just its figure. */
export function formatSpread(spread: Spread, count: number, unit: (value: number) => string): string {
  if (count < 2) return unit(spread.median);
  const flag = spread.spread > SPREAD_LIMIT ? " !" : "";
  return `${unit(spread.median)} (${unit(spread.min)}–${unit(spread.max)})${flag}`;
}
