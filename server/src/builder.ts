import SchemaBuilder from '@pothos/core';
import type { GraphContext } from './context';

/** The one schema builder. Types live in schema/<type>.ts; schema/index.ts assembles them. */
export const builder = new SchemaBuilder<{ Context: GraphContext }>({});

builder.queryType({});
