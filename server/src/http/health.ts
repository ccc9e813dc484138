import type { ServerResponse } from 'node:http';
import type { Executor } from '../db/executor';

/** 200 when Neo4j answers a trivial query, 503 with the reason when it does not. */
export async function handleHealth(executor: Executor, response: ServerResponse): Promise<void> {
  let status = 200;
  let body: Record<string, string>;
  try {
    await executor.run('health', 'RETURN 1 AS ok');
    body = { status: 'ok', neo4j: 'up' };
  } catch (error) {
    status = 503;
    body = {
      status: 'unavailable',
      neo4j: 'down',
      reason: error instanceof Error ? error.message : 'Neo4j did not answer',
    };
  }
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}
