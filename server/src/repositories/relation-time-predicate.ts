import type { CypherStatement } from './cypher-statement';

/** A date to read the graph at, and whether relationships without any date are left out. */
export interface TimeFilter {
  /** YYYY, YYYY-MM or YYYY-MM-DD, already validated. */
  asOf: string;
  strictDates: boolean;
}

/*
 * Dates are stored at the precision the source gives ("2013", "2013-03"). Padded with the
 * lowest or highest month and day, they sort as text by their first or last day, so "was valid
 * at some time during D" is two text comparisons against D's own first and last day.
 */
const firstDay = (expression: string): string =>
  `${expression} + substring('-00-00', size(${expression}) - 4)`;
const lastDay = (expression: string): string =>
  `${expression} + substring('-99-99', size(${expression}) - 4)`;

const padded = (date: string, pad: string): string => date + pad.slice(date.length - 4);

/**
 * A predicate on relationship `relation` for `filter` (true for every relationship without one):
 * with a start or an end, it held during the date, an unknown end meaning it still holds; with
 * only an as-of interval, the date falls in it; with no date, it counts unless `strictDates`.
 */
export function relationHeldDuring(
  statement: CypherStatement,
  relation: string,
  filter: TimeFilter | undefined,
): string {
  if (!filter) return 'true';
  const earliest = statement.param(padded(filter.asOf, '-00-00'));
  const latest = statement.param(padded(filter.asOf, '-99-99'));
  const since = `${relation}.since`;
  const until = `${relation}.until`;
  const asOfFrom = `${relation}.asOfFrom`;
  const asOfTo = `${relation}.asOfTo`;
  return `(CASE
       WHEN ${since} IS NOT NULL OR ${until} IS NOT NULL THEN
         (${since} IS NULL OR ${firstDay(since)} <= ${latest})
         AND (${until} IS NULL OR ${lastDay(until)} >= ${earliest})
       WHEN ${asOfFrom} IS NOT NULL THEN
         ${firstDay(asOfFrom)} <= ${latest} AND ${lastDay(asOfTo)} >= ${earliest}
       ELSE NOT ${statement.param(filter.strictDates)}
     END)`;
}
