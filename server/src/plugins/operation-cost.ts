import { API_LIMITS } from '@guanxi/graph-schema';
import type { ComplexityErrorFn } from '@pothos/plugin-complexity';
import type { GraphQLField } from 'graphql';
import type { GraphContext } from '../context';
import { limitExceeded } from '../errors';

/** Worst-case items: 100 members × 100 positions × a few fields fits; a third level does not. */
export const MAX_OPERATION_COST = 100_000;

const COMMON_CONNECTIONS = API_LIMITS.analysis.commonConnections;
const INTERLOCKS = API_LIMITS.analysis.interlocks;

type Field = GraphQLField<unknown, GraphContext, Record<string, unknown>>;

/**
 * The arguments that multiply an answer, with the most each may ask for (the contract's caps).
 * Keyed by field name, since these names are unique in the schema; every Relay connection (a
 * field with `after`) multiplies by `first`, whatever its name.
 */
const MULTIPLIERS: Record<string, (args: Record<string, unknown>) => number> = {
  search: (args) => count(args.first, API_LIMITS.search.max),
  history: (args) => count(args.first, API_LIMITS.history.max),
  // Each path carries up to maxHops + 1 entities and maxHops steps.
  connections: (args) =>
    count(args.first, API_LIMITS.connections.paths.max) *
    (count(args.maxHops, API_LIMITS.connections.hops.max) + 1),
  neighborhood: (args) => count(args.limit, API_LIMITS.neighborhood.nodes.max),
  overview: (args) => count(args.limit, API_LIMITS.overview.nodes.max),
  // `people` is a list under `affiliations` without arguments of its own: its size is this one.
  affiliations: (args) => count(args.peopleLimit, API_LIMITS.affiliations.people.max),
  relationships: (args) =>
    count(Array.isArray(args.ids) ? args.ids.length : null, API_LIMITS.relationships.ids.max),
  // `ties` under each connection has no arguments: at most tiesPerEntity for each given entity.
  commonConnections: (args) =>
    count(args.first, COMMON_CONNECTIONS.first.max) *
    count(Array.isArray(args.ids) ? args.ids.length : null, COMMON_CONNECTIONS.ids.max) *
    COMMON_CONNECTIONS.tiesPerEntity,
  // `people` under each pair is `peopleLimit` long; each person has a tie to either body.
  interlocks: (args) =>
    count(args.first, INTERLOCKS.first.max) * count(args.peopleLimit, INTERLOCKS.people.max) * 2,
};

/**
 * How many items an argument may produce, clamped to [1, max]: above its cap the resolver
 * refuses it with its own LIMIT_EXCEEDED (naming the argument), so the cost never needs more, and
 * it stays finite whatever a client writes. Absent (schema default not applicable) counts the cap.
 */
function count(value: unknown, max: number): number {
  if (typeof value !== 'number' || Number.isNaN(value)) return max;
  return Math.min(Math.max(Math.floor(value), 1), max);
}

/**
 * Every field costs 1, and everything selected under a field that can return many items costs
 * as many times as the items it may return: `first` for connections, search, history and paths
 * (times the path length), `limit` for subgraphs, `peopleLimit` for affiliations (schema
 * defaults included), the default page size for a connection asked without `first`. So
 * `members(first: 100) { positions(first: 100) { … } }` counts as the up to 10,000 rows it may
 * produce, not as the handful of fields written. Arguments are the coerced values: an invalid
 * variable is refused by GraphQL's own validation before any cost is computed.
 */
export function fieldCost(
  args: Record<string, unknown>,
  _context: GraphContext,
  field: Field,
): { field: number; multiplier: number } {
  const special = MULTIPLIERS[field.name];
  if (special && field.args.length > 0) return { field: 1, multiplier: special(args) };
  if (field.args.some((arg) => arg.name === 'after')) {
    const items =
      args.first === undefined || args.first === null
        ? API_LIMITS.page.default
        : count(args.first, API_LIMITS.page.max);
    return { field: 1, multiplier: items };
  }
  return { field: 1, multiplier: 1 };
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
