export interface Health {
  ok: boolean;
  /** Why the service is not usable, in words for the person looking at the page. */
  reason: string | null;
}

const HEALTH_TIMEOUT_MS = 10_000;

/** Asks /health whether the server and its Neo4j answer; silence counts as an answer too. */
export async function checkHealth(signal?: AbortSignal): Promise<Health> {
  const timeout = AbortSignal.timeout(HEALTH_TIMEOUT_MS);
  try {
    const response = await fetch('/health', {
      cache: 'no-store',
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
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
    if (signal?.aborted) throw error;
    return {
      ok: false,
      reason: timeout.aborted
        ? 'The server did not answer in time.'
        : 'The server cannot be reached.',
    };
  }
}
