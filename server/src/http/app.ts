import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import path from 'node:path';
import { type HttpConfig, httpConfigFromEnv } from '../config';
import type { Executor } from '../db/executor';
import type { GuanxiYoga } from '../yoga';
import { corsPolicy } from './cors';
import { graphqlEndpoint } from './graphql-endpoint';
import { handleHealth } from './health';
import { createRateLimiter } from './rate-limit';
import { parseRequestTarget } from './request-target';
import {
  type ErrorAnswer,
  type HttpLogger,
  newRequestId,
  requestFields,
  sendError,
} from './respond';
import { setBaseSecurityHeaders } from './security-headers';
import { serveClient } from './static-files';

export const defaultClientDist = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'client',
  'dist',
);

export interface HttpOptions extends Partial<HttpConfig> {
  /** The built client; defaults to client/dist. */
  clientDist?: string;
  /** Defaults to yoga's logger (the server's pino). */
  logger?: HttpLogger;
}

const READ_METHODS = 'GET, HEAD';

/**
 * One port for everything: /graphql (API and GraphiQL), /health, and the client.
 *
 * Every request gets an id (`x-request-id`) and the security headers before any handler runs;
 * a malformed target or Host is 400, a wrong method 405 with `Allow`, and anything a handler
 * throws or rejects with is logged with the id and answered 500 with the id only — never a
 * message, stack or path. Settings not given in `options` are read from the environment
 * (`httpConfigFromEnv`).
 */
export function createHttpServer(
  yoga: GuanxiYoga,
  executor: Executor,
  options: string | HttpOptions = {},
): Server {
  const given: HttpOptions = typeof options === 'string' ? { clientDist: options } : options;
  const settings: HttpConfig = { ...httpConfigFromEnv(), ...definedOnly(given) };
  const logger = given.logger ?? (yoga.logger as unknown as HttpLogger);
  const cors = corsPolicy(settings.corsOrigins);
  const limiter = settings.rateLimit ? createRateLimiter(settings.rateLimit) : undefined;
  const graphql = graphqlEndpoint(yoga, { maxBodyBytes: settings.maxBodyBytes, logger });
  const failures = new WeakMap<ServerResponse, (error: unknown) => void>();
  const client = serveClient(given.clientDist ?? defaultClientDist, (response, error) =>
    failures.get(response)?.(error),
  );

  function handle(request: IncomingMessage, response: ServerResponse): void {
    const requestId = newRequestId();
    const fields = () => requestFields(request, requestId);
    let isGraphql = false;
    const refuse = (answer: ErrorAnswer) => {
      logger.info({ ...fields(), status: answer.status }, 'request refused');
      sendError(response, requestId, { json: isGraphql, ...answer });
    };
    const fail = (error: unknown) => {
      // The client closed the connection and its request was aborted: nobody to answer.
      if (response.destroyed) {
        logger.debug({ ...fields(), err: error }, 'client went away before the answer');
        return;
      }
      logger.error({ ...fields(), err: error }, 'request failed');
      sendError(response, requestId, { status: 500, json: isGraphql, close: true });
    };
    // A client that goes away mid-request is routine; without these listeners it would be a crash.
    request.on('error', (error) =>
      logger.debug({ ...fields(), err: error }, 'request stream error'),
    );
    response.on('error', (error) =>
      logger.debug({ ...fields(), err: error }, 'answer stream error'),
    );
    response.setHeader('x-request-id', requestId);
    setBaseSecurityHeaders(response);

    failures.set(response, fail);

    try {
      const target = parseRequestTarget(request);
      const method = request.method ?? 'GET';
      if (target?.pathname !== '/health' && limiter) {
        const verdict = limiter.take(request.socket.remoteAddress);
        if (!verdict.allowed) {
          refuse({
            status: 429,
            message: 'Too many requests: try again later.',
            headers: { 'retry-after': String(verdict.retryAfter) },
          });
          return;
        }
      }
      if (!target) {
        refuse({ status: 400, message: 'Malformed request target or Host header.', close: true });
        return;
      }
      const { pathname, search } = target;
      if (pathname === '/health') {
        if (method !== 'GET' && method !== 'HEAD') {
          refuse({ status: 405, headers: { allow: READ_METHODS } });
          return;
        }
        handleHealth(executor.fork(), response).catch(fail);
        return;
      }
      if (pathname === '/graphql') {
        isGraphql = true;
        const fromAllowedOrigin = cors.apply(request, response);
        if (method === 'OPTIONS') {
          cors.preflight(request, response, fromAllowedOrigin);
          return;
        }
        graphql(request, response, target, requestId).catch(fail);
        return;
      }
      if (method === 'OPTIONS') {
        response.writeHead(204, { allow: READ_METHODS, 'content-length': '0' });
        response.end();
        return;
      }
      if (method !== 'GET' && method !== 'HEAD') {
        refuse({ status: 405, headers: { allow: READ_METHODS }, close: true });
        return;
      }
      // serve-static reads request.url; an absolute-form target is handed over as its path.
      request.url = `${pathname}${search}`;
      client(request, response);
    } catch (error) {
      fail(error);
    }
  }

  const server = createServer(handle);
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) =>
    answerUnparseable(error, socket, logger),
  );
  return server;
}

const definedOnly = (options: HttpOptions): Partial<HttpConfig> =>
  Object.fromEntries(
    (['maxBodyBytes', 'corsOrigins', 'rateLimit'] as const)
      .filter((key) => options[key] !== undefined)
      .map((key) => [key, options[key]]),
  );

/**
 * A request Node's parser could not read (bad request line, header too large, broken chunking):
 * a bare status and the connection closed, as Node does by default, with a log line.
 */
function answerUnparseable(error: NodeJS.ErrnoException, socket: Duplex, logger: HttpLogger) {
  logger.debug(
    { code: error.code, remoteAddress: (socket as { remoteAddress?: string }).remoteAddress },
    'unparseable request',
  );
  const pending = (socket as { _httpMessage?: ServerResponse })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || pending?.headersSent) {
    socket.destroy();
    return;
  }
  const status =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? '431 Request Header Fields Too Large'
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? '408 Request Timeout'
        : '400 Bad Request';
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`, () =>
    socket.destroy(),
  );
}
