import type { DocumentNode } from '@0no-co/graphql.web';
import { initGraphQLTada } from 'gql.tada';
import type { introspection } from '../gql/graphql-env';

const documents: DocumentNode[] = [];

/**
 * Typed documents checked against the server's printed SDL (server/schema.graphql): a schema
 * change that breaks a query breaks the client's type check, not the person using it. Every
 * document is also remembered, so the build can register the explorer's operations with the
 * server (scripts/persisted-operations.ts) for its persisted-operations-only mode.
 */
export const graphql = new Proxy(
  initGraphQLTada<{
    introspection: introspection;
    scalars: { ID: string; Date: string };
  }>(),
  {
    apply(target, thisArg, args) {
      const document = Reflect.apply(target, thisArg, args) as DocumentNode;
      documents.push(document);
      return document;
    },
  },
);

/** Every document built so far, fragments included, in the order the modules built them. */
export const builtDocuments = (): readonly DocumentNode[] => documents;

export type { ResultOf } from 'gql.tada';
