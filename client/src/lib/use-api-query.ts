import { type AnyVariables, createRequest, type DocumentInput } from '@urql/core';
import { useCallback, useMemo } from 'react';
import { useQuery, type UseQueryArgs } from 'urql';
import { type ApiError, toApiError } from './graphql-client';

export type QueryState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'success'; data: T }
  | { status: 'error'; error: ApiError };

export type QueryResult<T> = QueryState<T> & { retry(): void };

/**
 * A query through urql's cache, as the states the panels show. `variables: null` asks nothing.
 * urql keeps the previous answer while a new question loads; that answer belongs to another
 * entity, so it counts as loading here. `select` shapes the data and must be stable (module
 * level or memoised), so that the shaped value only changes with the answer.
 */
export function useApiQuery<Result, Variables extends AnyVariables, T>(
  document: DocumentInput<Result, Variables>,
  variables: Variables | null,
  select: (data: Result) => T,
): QueryResult<T> {
  const key = variables === null ? null : createRequest(document, variables).key;
  const [result, reexecute] = useQuery({
    query: document,
    variables: variables ?? undefined,
    pause: variables === null,
  } as UseQueryArgs<Variables, Result>);
  const current = key !== null && result.operation?.key === key;
  // An answer with errors counts as failed, even when it carries partial (or null) data.
  const data = current && !result.error ? (result.data ?? undefined) : undefined;
  const selected = useMemo(
    () => (data === undefined ? null : { value: select(data) }),
    [data, select],
  );
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  if (key === null) return { status: 'idle', retry };
  if (current && result.error && !result.fetching)
    return { status: 'error', error: toApiError(result.error), retry };
  if (selected) return { status: 'success', data: selected.value, retry };
  return { status: 'loading', retry };
}
