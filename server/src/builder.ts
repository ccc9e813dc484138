import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import type { GraphContext } from './context';

/**
 * The one schema builder. Types live in schema/<type>.ts; schema/index.ts assembles them.
 * Every connection carries `totalCount`, which each connection resolver computes with its page.
 */
export const builder = new SchemaBuilder<{
  Context: GraphContext;
  Connection: { totalCount: number };
  // Fields are non-null unless they say otherwise: the contract's `[Path!]!`, `name: String!` …
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  plugins: [RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
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
  description: 'Changes to the graph. They need the bearer token set in GUANXI_WRITE_TOKEN.',
});

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many items match, across all pages.',
    resolve: (connection) => connection.totalCount,
  }),
);
