import { useCallback, useEffect, useRef, useState } from 'react';
import { type ApiError, asApiError, isAbort } from './graphql-client';

export type QueryState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'success'; data: T }
  | { status: 'error'; error: ApiError };

interface Settled<T> {
  token: string;
  state: QueryState<T>;
}

/**
 * Runs `load` whenever `key` changes (null: nothing to load), cancels the previous request, and
 * offers a retry. The state is derived from which key the last answer belongs to, so a stale
 * answer is never shown for a newer key.
 */
export function useQuery<T>(
  key: string | null,
  load: (signal: AbortSignal) => Promise<T>,
): QueryState<T> & { retry(): void } {
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const token = key === null ? null : `${attempt}:${key}`;

  useEffect(() => {
    if (token === null) return;
    const controller = new AbortController();
    loadRef.current(controller.signal).then(
      (data) => setSettled({ token, state: { status: 'success', data } }),
      (error: unknown) => {
        if (!isAbort(error))
          setSettled({ token, state: { status: 'error', error: asApiError(error) } });
      },
    );
    return () => controller.abort();
  }, [token]);

  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  const state: QueryState<T> =
    token === null
      ? { status: 'idle' }
      : settled?.token === token
        ? settled.state
        : { status: 'loading' };
  return { ...state, retry };
}
