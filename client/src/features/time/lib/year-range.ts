import type { GraphEdge } from '../../../lib/explorer-graph';

/** The years a time slider offers, both ends included. */
export interface YearRange {
  min: number;
  max: number;
}

/** What the slider offers when nothing drawn carries a date. */
export const undatedYears = (today: Date): YearRange => ({ min: 1990, max: today.getFullYear() });

/** The years the edges' dates name (start, end, or when a source attests them); null: none. */
export function yearsOf(edges: readonly GraphEdge[]): YearRange | null {
  const years = edges.flatMap(({ time }) =>
    time
      ? [time.since, time.until, time.asOfFrom, time.asOfTo].flatMap((date) =>
          date ? [Number(date.slice(0, 4))] : [],
        )
      : [],
  );
  return years.length > 0 ? { min: Math.min(...years), max: Math.max(...years) } : null;
}

export const spanning = (range: YearRange, year: number): YearRange => ({
  min: Math.min(range.min, year),
  max: Math.max(range.max, year),
});

export const union = (a: YearRange, b: YearRange): YearRange => spanning(spanning(a, b.min), b.max);
