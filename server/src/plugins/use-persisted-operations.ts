import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** Operations registered with the server, by the SHA-256 of their text (see client/scripts). */
export type PersistedOperations = ReadonlyMap<string, string>;

export interface PersistedOperationOptions {
  operations: PersistedOperations;
  /** Run registered operations only: any other text is refused with PERSISTED_QUERY_ONLY. */
  only: boolean;
}

/**
 * Registered operations are always served by hash (`extensions.persistedQuery.sha256Hash`), so
 * the explorer sends hashes in both modes. In persisted-only mode an operation's text is
 * refused: a stranger who reaches the API can run what the explorer runs, and nothing else.
 */
export function usePersistedOperationList({ operations, only }: PersistedOperationOptions): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (hash) => operations.get(hash) ?? null,
    allowArbitraryOperations: !only,
    customErrors: {
      // The protocol's word: clients such as urql's persisted exchange retry on exactly it.
      notFound: {
        message: 'PersistedQueryNotFound',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 404 } },
      },
      persistedQueryOnly: () =>
        createGraphQLError(
          'This server runs only the operations registered with it (persisted operations). Send a registered operation’s hash in extensions.persistedQuery.sha256Hash.',
          { extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 403 } } },
        ),
      keyNotFound: () =>
        createGraphQLError(
          only
            ? 'Send a registered operation’s hash in extensions.persistedQuery.sha256Hash.'
            : 'Send an operation: its text in `query`, or a registered operation’s hash in extensions.persistedQuery.sha256Hash.',
          { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } },
        ),
    },
  });
}
