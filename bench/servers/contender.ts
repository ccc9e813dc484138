import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import type { Neo4jConnection } from '@guanxi/neo4j-local';
import type { FromContender, ToContender } from './child-protocol';

/** A GraphQL server under test, in its own process, on a 127.0.0.1 port. */
export interface Contender {
  name: string;
  url: string;
  /** Cypher statements the last request it served sent to Neo4j. */
  lastRequestRoundTrips(): Promise<number>;
  stop(): Promise<void>;
}

const ENTRIES = {
  Guanxi: path.join(import.meta.dirname, 'guanxi-server.ts'),
  '@neo4j/graphql': path.join(import.meta.dirname, '..', 'peer', 'peer-server.ts'),
};

export type ContenderName = keyof typeof ENTRIES;

async function reply<T extends FromContender['type']>(
  child: ChildProcess,
  type: T,
): Promise<Extract<FromContender, { type: T }>> {
  for (;;) {
    const [message] = (await once(child, 'message')) as [FromContender];
    if (message.type === type) return message as Extract<FromContender, { type: T }>;
  }
}

export async function startContender(
  name: ContenderName,
  connection: Neo4jConnection,
): Promise<Contender> {
  const child = fork(ENTRIES[name], [], {
    execArgv: ['--import', 'tsx'],
    // Its logs go to stderr with the bench's own, so stdout holds the report alone.
    stdio: ['ignore', 2, 'inherit', 'ipc'],
  });
  const exited = once(child, 'exit');
  const send = (message: ToContender) => child.send(message);
  // The password travels over the IPC channel, never in argv or the environment.
  send({ type: 'start', connection });
  const ready = await Promise.race([
    reply(child, 'ready'),
    exited.then(() => {
      throw new Error(`${name} exited before it was ready`);
    }),
  ]);
  return {
    name,
    url: `http://127.0.0.1:${ready.port}/graphql`,
    lastRequestRoundTrips: async () => {
      send({ type: 'roundTrips' });
      return (await reply(child, 'roundTrips')).count;
    },
    stop: async () => {
      child.disconnect();
      await exited;
    },
  };
}
