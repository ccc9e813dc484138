import { createServer, type Server } from 'node:http';
import path from 'node:path';
import type { Executor } from '../db/executor';
import type { GuanxiYoga } from '../yoga';
import { handleHealth } from './health';
import { serveClient } from './static-files';

export const defaultClientDist = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'client',
  'dist',
);

/** One port for everything: /graphql (API and GraphiQL), /health, and the client. */
export function createHttpServer(
  yoga: GuanxiYoga,
  executor: Executor,
  clientDist = defaultClientDist,
): Server {
  const client = serveClient(clientDist);
  return createServer((request, response) => {
    const pathname = (request.url ?? '/').split('?')[0];
    if (pathname === '/health') {
      void handleHealth(executor.fork(), response);
    } else if (pathname === '/graphql') {
      void yoga.handle(request, response);
    } else {
      client(request, response);
    }
  });
}
