import { useCallback, useEffect, useRef, useState } from 'react';

export interface Health {
  ok: boolean;
  /** Why the service is not usable, in words for the person looking at the page. */
  reason: string | null;
}

const HEALTH_TIMEOUT_MS = 10_000;

/** Asks /health whether the server and its Neo4j answer; silence counts as an answer too. */
async function checkHealth(signal: AbortSignal): Promise<Health> {
  const timeout = AbortSignal.timeout(HEALTH_TIMEOUT_MS);
  try {
    const response = await fetch('/health', {
      cache: 'no-store',
      signal: AbortSignal.any([signal, timeout]),
    });
    if (response.ok) return { ok: true, reason: null };
    const body = (await response.json().catch(() => ({}))) as { neo4j?: string };
    return {
      ok: false,
      reason:
        body.neo4j === 'down'
          ? 'The graph database is not answering.'
          : `The server answered ${response.status}.`,
    };
  } catch (error) {
    if (signal.aborted) throw error;
    return {
      ok: false,
      reason: timeout.aborted
        ? 'The server did not answer in time.'
        : 'The server cannot be reached.',
    };
  }
}

export type HealthState = { status: 'checking' } | ({ status: 'checked' } & Health);

/**
 * Checks the service on mount and on `retry`, and calls `onReady` once it answers well: the
 * moment the explorer can start loading. (GraphQL answers are cached; this one must not be.)
 */
export function useHealth(onReady: () => void): HealthState & { retry(): void } {
  const [attempt, setAttempt] = useState(0);
  const [health, setHealth] = useState<HealthState>({ status: 'checking' });
  const onReadyRef = useRef(onReady);
  useEffect(() => {
    onReadyRef.current = onReady;
  });

  useEffect(() => {
    const controller = new AbortController();
    checkHealth(controller.signal).then(
      (answer) => {
        setHealth({ status: 'checked', ...answer });
        if (answer.ok) onReadyRef.current();
      },
      () => undefined,
    );
    return () => controller.abort();
  }, [attempt]);

  const retry = useCallback(() => {
    setHealth({ status: 'checking' });
    setAttempt((value) => value + 1);
  }, []);
  return { ...health, retry };
}
