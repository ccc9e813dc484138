import { API_LIMITS } from '@guanxi/graph-schema';
import type { ComplexityErrorFn } from '@pothos/plugin-complexity';
import type { GraphQLField } from 'graphql';
import type { GraphContext } from '../context';
import { limitExceeded } from '../errors';

/** Worst-case items: 100 members × 100 positions × a few fields fits; a third level does not. */
export const MAX_OPERATION_COST = 100_000;

/**
 * Every field costs 1, and everything selected under a field that can return many items costs
 * as many times as the items it may return: `first` for connections, search and paths, `limit`
 * for subgraphs (schema defaults included), the default page size for a connection asked
 * without `first`. So `members(first: 100) { positions(first: 100) { … } }` counts as the up to
 * 10,000 rows it may produce, not as the handful of fields written.
 */
export function fieldCost(
  args: Record<string, unknown>,
  _context: GraphContext,
  field: GraphQLField<unknown, GraphContext, Record<string, unknown>>,
): { field: number; multiplier: number } {
  const pageSized = field.args.some((arg) => arg.name === 'first');
  const items =
    typeof args.first === 'number'
      ? args.first
      : typeof args.limit === 'number'
        ? args.limit
        : pageSized
          ? API_LIMITS.page.default
          : 1;
  return { field: 1, multiplier: Math.max(items, 1) };
}

/**
 * The refusal, as LIMIT_EXCEEDED like every other limit. @pothos/plugin-complexity measures the
 * whole operation before the first root field resolves, so it comes before any database call.
 */
export const costLimitError: ComplexityErrorFn = (_kind, { complexity }) =>
  limitExceeded(
    `Query cost limit of ${MAX_OPERATION_COST} exceeded: this operation may cost ${Math.round(complexity)} (page sizes multiply down the nesting). Ask for smaller pages or fewer levels.`,
    { limit: 'cost', max: MAX_OPERATION_COST, cost: Math.round(complexity) },
  );
