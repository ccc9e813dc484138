import type { ServerResponse } from 'node:http';
import type { Executor } from '../db/executor';

/** /health answers within this, whatever the driver is doing (a load balancer's probe waits ~2 s). */
export const HEALTH_TIMEOUT_MS = 1_500;

/**
 * 200 when Neo4j answers a trivial query, 503 with the reason when it does not, or not within
 * HEALTH_TIMEOUT_MS. Never waits on the driver's retries: a database found down a moment ago is
 * reported from that knowledge, otherwise one query without retries is raced against the clock.
 */
export async function handleHealth(executor: Executor, response: ServerResponse): Promise<void> {
  const health = await executor.checkDatabase(HEALTH_TIMEOUT_MS);
  const status = health.up ? 200 : 503;
  const body = health.up
    ? { status: 'ok', neo4j: 'up' }
    : {
        status: 'unavailable',
        neo4j: 'down',
        reason: health.reason ?? 'Neo4j did not answer.',
        ...(health.downSince ? { downSince: health.downSince } : {}),
      };
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}
