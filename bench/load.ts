import autocannon from 'autocannon';
import type { GraphQLRequest } from './operations/compared-operation';

/** One closed-loop run: `clients` connections, each sending the next request when answered. */
export interface LoadRun {
  /** Latency in ms of every answer that succeeded (200 and no GraphQL error). */
  latencies: number[];
  /** Answers that were not a success, and requests that got no answer. */
  failures: number;
  seconds: number;
}

/** A GraphQL error anywhere in the answer (`errors` is a top-level key only on failure). */
const hasErrors = (body: string) => body.includes('"errors":');

export async function runLoad(
  url: string,
  request: GraphQLRequest,
  clients: number,
  seconds: number,
): Promise<LoadRun> {
  const latencies: number[] = [];
  let failures = 0;
  // autocannon hands over an answer's body (onResponse) just before it reports its latency.
  let bodyFailed = false;
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: clients,
        duration: seconds,
        timeout: 60,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(request),
            onResponse: (status, body) => {
              bodyFailed = status !== 200 || hasErrors(body);
            },
          },
        ],
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      if (bodyFailed) failures += 1;
      else latencies.push(responseTime);
    });
  });
  return {
    latencies,
    // autocannon counts a timeout as an error too.
    failures: failures + result.errors,
    seconds: (performance.now() - started) / 1000,
  };
}
