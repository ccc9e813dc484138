import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http';

/** The slice of pino the HTTP layer logs through (yoga's logger is the same pino). */
export interface HttpLogger {
  debug(object: object, message: string): void;
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
  error(object: object, message: string): void;
}

/** Every request gets an id: in the `x-request-id` answer header and in every log line about it. */
export const newRequestId = (): string => randomUUID();

/** Answers the request id's request, and who sent it, for a log line: never a header value or body. */
export const requestFields = (request: IncomingMessage, requestId: string) => ({
  requestId,
  method: request.method?.slice(0, 16),
  url: request.url?.slice(0, 200),
  remoteAddress: request.socket.remoteAddress,
});

export interface ErrorAnswer {
  status: number;
  /** Shown to the client: a fixed sentence, never an exception's text, stack or path. */
  message?: string;
  headers?: Record<string, string>;
  /** GraphQL clients read `{ errors: [...] }`; everyone else gets plain text. */
  json?: boolean;
  /** Closes the connection after the answer (a body left unread, a request that cannot be trusted). */
  close?: boolean;
}

const GRAPHQL_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  500: 'INTERNAL_SERVER_ERROR',
};

/**
 * Answers an error unless an answer is already on its way; then the connection is cut, because
 * half an answer followed by another would be worse than none.
 */
export function sendError(
  response: ServerResponse,
  requestId: string,
  { status, message, headers = {}, json = false, close = false }: ErrorAnswer,
): void {
  if (response.headersSent || response.writableEnded) {
    if (!response.writableEnded) response.destroy();
    return;
  }
  const text = message ?? STATUS_CODES[status] ?? 'Error';
  const body = json
    ? JSON.stringify({
        errors: [
          {
            message: text,
            extensions: { code: GRAPHQL_CODES[status] ?? `HTTP_${status}`, requestId },
          },
        ],
      })
    : status >= 500
      ? `${text} (request ${requestId})`
      : text;
  // Headers a handler set before it failed (a cache policy, a length) do not describe this answer.
  for (const name of response.getHeaderNames()) {
    if (!KEPT_ON_ERROR.has(name)) response.removeHeader(name);
  }
  response.writeHead(status, {
    ...headers,
    'content-type': json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    'cache-control': 'no-store',
    ...(close ? { connection: 'close' } : {}),
  });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

/** Set for every answer by the app before any handler runs. */
const KEPT_ON_ERROR = new Set([
  'x-request-id',
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'x-frame-options',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
  'vary',
  'access-control-allow-origin',
  'access-control-expose-headers',
]);
