export interface Health {
  ok: boolean;
  /** Why the service is not usable, in words for the person looking at the page. */
  reason: string | null;
}

/** Asks /health whether the server and its Neo4j answer. */
export async function checkHealth(signal?: AbortSignal): Promise<Health> {
  try {
    const response = await fetch('/health', { cache: 'no-store', signal });
    if (response.ok) return { ok: true, reason: null };
    const body = (await response.json().catch(() => ({}))) as { neo4j?: string };
    return {
      ok: false,
      reason:
        body.neo4j === 'down'
          ? 'The graph database is not answering.'
          : `The server answered ${response.status}.`,
    };
  } catch {
    return { ok: false, reason: 'The server cannot be reached.' };
  }
}
