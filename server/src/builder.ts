import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import RelayPlugin from '@pothos/plugin-relay';
import type { GraphContext } from './context';
import { costLimitError, fieldCost, MAX_OPERATION_COST } from './plugins/operation-cost';

/**
 * The one schema builder. Types live in schema/<type>.ts; schema/index.ts assembles them.
 * Every connection carries `totalCount`, which each connection resolver computes with its page.
 */
export const builder = new SchemaBuilder<{
  Context: GraphContext;
  Connection: { totalCount: number };
  /** ISO 8601 dates as sources give them: YYYY, YYYY-MM or YYYY-MM-DD. */
  Scalars: { Date: { Input: string; Output: string } };
  // Fields are non-null unless they say otherwise: the contract's `[Path!]!`, `name: String!` …
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  plugins: [RelayPlugin, ComplexityPlugin],
  defaultFieldNullability: false,
  // Page sizes multiply down the nesting; see plugins/operation-cost.ts.
  complexity: {
    fieldComplexity: fieldCost,
    limit: { complexity: MAX_OPERATION_COST },
    complexityError: costLimitError,
  },
  relay: {
    // Entities keep their readable slugs as ids; `node(id)` is ours, not a global-id resolver.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
  },
});

builder.queryType({});
builder.mutationType({
  description:
    'Changes to the graph. They need a bearer token of the write scope (GUANXI_TOKENS or GUANXI_WRITE_TOKEN); each is recorded in the audit trail (`history`).',
});

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many items match, across all pages.',
    resolve: (connection) => connection.totalCount,
  }),
);
