import { initGraphQLTada } from 'gql.tada';
import type { introspection } from '../gql/graphql-env';

/**
 * Typed documents checked against the server's printed SDL (server/schema.graphql): a schema
 * change that breaks a query breaks the client's type check, not the person using it.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { ID: string };
}>();

export type { ResultOf } from 'gql.tada';
