import { useState } from 'react';
import type { GraphEdge } from '../../../lib/explorer-graph';
import { spanning, undatedYears, union, type YearRange, yearsOf } from '../lib/year-range';

/**
 * The years to offer: every year the drawn relationships have carried so far, and the chosen
 * one. The range only widens, because a time slice draws only what held then, and the years
 * around it must stay within reach.
 */
export function useYearRange(edges: readonly GraphEdge[], chosen: number | null): YearRange {
  const [seen, setSeen] = useState<YearRange | null>(null);
  const drawn = yearsOf(edges);
  const widened = drawn && (seen ? union(seen, drawn) : drawn);
  if (widened && (widened.min !== seen?.min || widened.max !== seen.max)) setSeen(widened);
  const range = widened ?? undatedYears(new Date());
  return chosen === null ? range : spanning(range, chosen);
}
