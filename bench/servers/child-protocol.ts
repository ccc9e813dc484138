import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Neo4jConnection } from '@guanxi/neo4j-local';

/*
 * Each contender serves from a process of its own, as it would in production: the load generator
 * and the other contender never share its event loop. The parent talks to it over the IPC channel.
 */

export type ToContender = { type: 'start'; connection: Neo4jConnection } | { type: 'roundTrips' };
export type FromContender = { type: 'ready'; port: number } | { type: 'roundTrips'; count: number };

export interface ServedContender {
  server: Server;
  /** Cypher statements the last request served sent to Neo4j. */
  lastRequestRoundTrips(): number;
  close(): Promise<void>;
}

/** The child's side: start on the parent's word, answer its questions, stop when it goes away. */
export function serveToParent(start: (connection: Neo4jConnection) => Promise<ServedContender>) {
  const send = (message: FromContender) => process.send?.(message);
  let served: ServedContender | undefined;
  process.on('message', (message: ToContender) => {
    if (message.type === 'start') {
      void start(message.connection).then((contender) => {
        served = contender;
        contender.server.listen(0, '127.0.0.1', () =>
          send({ type: 'ready', port: (contender.server.address() as AddressInfo).port }),
        );
      });
    } else {
      send({ type: 'roundTrips', count: served?.lastRequestRoundTrips() ?? 0 });
    }
  });
  process.on('disconnect', () => {
    served?.server.closeAllConnections();
    served?.server.close();
    void (served?.close() ?? Promise.resolve()).then(() => process.exit(0));
  });
}
