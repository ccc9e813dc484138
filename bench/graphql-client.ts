import { setTimeout as sleep } from 'node:timers/promises';
import type { GraphQLRequest } from './operations/compared-operation';

/** A load run's abandoned heavy reads can hold Guanxi's gate for a while after it ends. */
const ATTEMPTS_WHILE_BUSY = 10;

/**
 * POSTs one operation; its data, or an error naming the server and what it said. A 429 is
 * asked again after its Retry-After: the check must see the answer, not the previous run's load.
 */
export async function postGraphQL(url: string, request: GraphQLRequest): Promise<unknown> {
  for (let attempt = 1; ; attempt += 1) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown };
    if (response.status === 429 && attempt < ATTEMPTS_WHILE_BUSY) {
      await sleep(Number(response.headers.get('retry-after') ?? 1) * 1000);
      continue;
    }
    if (!response.ok || body.errors || !body.data) {
      throw new Error(`${url} answered ${response.status}: ${JSON.stringify(body).slice(0, 500)}`);
    }
    return body.data;
  }
}
