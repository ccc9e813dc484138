import { postGraphQL } from './graphql-client';
import type { ComparedOperation } from './operations/compared-operation';
import type { Contender } from './servers/contender';

export interface RoundTrips {
  guanxi: number;
  peer: number;
}

/** Where two JSON values first differ, as a path, or undefined when they are the same. */
function firstDifference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return Object.is(a, b) ? undefined : `${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const difference = firstDifference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      `${path}.${key}`,
    );
    if (difference) return difference;
  }
  return undefined;
}

/**
 * Asks both contenders the operation, throws unless the answers hold the same data, and says how
 * many Cypher statements each sent for it. Asked twice, and counted the second time: a fresh
 * peer first asks Neo4j for its version, once per process.
 */
export async function checkSameAnswer(
  operation: ComparedOperation,
  guanxi: Contender,
  peer: Contender,
): Promise<RoundTrips> {
  await postGraphQL(guanxi.url, operation.guanxi);
  const ofGuanxi = operation.fromGuanxi(await postGraphQL(guanxi.url, operation.guanxi));
  const guanxiRoundTrips = await guanxi.lastRequestRoundTrips();
  await postGraphQL(peer.url, operation.peer);
  const ofPeer = operation.fromPeer(await postGraphQL(peer.url, operation.peer));
  const peerRoundTrips = await peer.lastRequestRoundTrips();
  const difference = firstDifference(ofGuanxi, ofPeer);
  if (difference) {
    throw new Error(`${operation.name}: Guanxi and the peer answer differently at ${difference}`);
  }
  return { guanxi: guanxiRoundTrips, peer: peerRoundTrips };
}
