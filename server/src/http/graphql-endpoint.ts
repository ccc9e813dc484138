import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GuanxiYoga } from '../yoga';
import { type HttpLogger, sendError } from './respond';
import type { RequestTarget } from './request-target';
import { graphiqlCspFor } from './security-headers';

/** What a GraphQL request body may be: JSON (GraphiQL, the explorer and every client we know). */
const BODY_TYPES = new Set(['application/json', 'application/graphql+json']);

/** Headers that describe one connection, not the request; the body is re-framed, so is its length. */
const NOT_FORWARDED = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'host',
  'content-length',
  'expect',
  // CORS is decided by the HTTP layer (cors.ts); yoga's own reflects any origin.
  'origin',
  'x-request-id',
]);
const NOT_ANSWERED = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length']);

type Body = { kind: 'body'; bytes: Buffer } | { kind: 'too-large' } | { kind: 'gone' };

/** Reads at most `limit` bytes; stops listening as soon as the body is too large or the client left. */
function readBody(request: IncomingMessage, limit: number): Promise<Body> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (body: Body) => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('close', onClose);
      resolve(body);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.pause();
        finish({ kind: 'too-large' });
      } else chunks.push(chunk);
    };
    const onEnd = () => finish({ kind: 'body', bytes: Buffer.concat(chunks, size) });
    const onClose = () => finish({ kind: 'gone' });
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('close', onClose);
  });
}

const mediaType = (contentType: string | undefined): string =>
  (contentType ?? '').replace(/;.*$/s, '').trim().toLowerCase();

export interface GraphqlEndpointOptions {
  maxBodyBytes: number;
  logger: HttpLogger;
}

/**
 * Mounts yoga behind the HTTP layer: the body is read here (never more than the limit), and yoga
 * gets a Fetch Request built from a target and headers already checked, so nothing a client sends
 * can make it build an invalid URL. Its answer is written back with this layer's headers; a
 * GraphiQL page gets a CSP naming its one script by hash.
 */
export function graphqlEndpoint(
  yoga: GuanxiYoga,
  { maxBodyBytes, logger }: GraphqlEndpointOptions,
) {
  return async (
    request: IncomingMessage,
    response: ServerResponse,
    target: RequestTarget,
    requestId: string,
  ): Promise<void> => {
    const method = request.method ?? 'GET';
    if (method !== 'GET' && method !== 'POST') {
      sendError(response, requestId, {
        status: 405,
        json: true,
        headers: { allow: 'GET, POST, OPTIONS' },
        close: true,
      });
      return;
    }
    let body: Buffer | undefined;
    if (method === 'POST') {
      if (!BODY_TYPES.has(mediaType(request.headers['content-type']))) {
        sendError(response, requestId, {
          status: 415,
          json: true,
          message: 'A GraphQL request body must be JSON (content-type: application/json).',
          close: true,
        });
        return;
      }
      const declared = Number(request.headers['content-length'] ?? 0);
      const read =
        declared > maxBodyBytes
          ? { kind: 'too-large' as const }
          : await readBody(request, maxBodyBytes);
      if (read.kind === 'gone') {
        logger.info({ requestId }, 'client left before sending its whole body');
        response.destroy();
        return;
      }
      if (read.kind === 'too-large') {
        logger.info({ requestId, maxBodyBytes }, 'request body over the limit');
        sendError(response, requestId, {
          status: 413,
          json: true,
          message: `A request body may hold at most ${maxBodyBytes} bytes.`,
          close: true,
        });
        return;
      }
      body = read.bytes;
    }

    const headers = new yoga.fetchAPI.Headers();
    try {
      const raw = request.rawHeaders;
      for (let i = 0; i + 1 < raw.length; i += 2) {
        const [name = '', value = ''] = [raw[i]?.toLowerCase(), raw[i + 1]];
        if (!NOT_FORWARDED.has(name)) headers.append(name, value);
      }
    } catch {
      sendError(response, requestId, { status: 400, json: true, message: 'Malformed header.' });
      return;
    }
    headers.set('x-request-id', requestId);
    const abort = new AbortController();
    response.once('close', () => abort.abort());
    const answer = await yoga.fetch(
      new yoga.fetchAPI.Request(`http://localhost${target.pathname}${target.search}`, {
        method,
        headers,
        body: body ? new Uint8Array(body) : undefined,
        signal: abort.signal,
      }),
    );

    response.statusCode = answer.status;
    answer.headers.forEach((value, name) => {
      if (!NOT_ANSWERED.has(name) && !name.startsWith('access-control-'))
        response.setHeader(name, value);
    });
    if (mediaType(answer.headers.get('content-type') ?? '') === 'text/html') {
      const html = await answer.text();
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.setHeader('content-security-policy', graphiqlCspFor(html));
      response.setHeader('cache-control', 'no-store');
      const bytes = Buffer.from(html, 'utf8');
      response.setHeader('content-length', String(bytes.length));
      response.end(bytes);
      return;
    }
    if (!answer.body) {
      response.end();
      return;
    }
    const reader = answer.body.getReader();
    try {
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        if (response.destroyed) break;
        if (!response.write(chunk.value)) {
          await new Promise<void>((resolve) => {
            response.once('drain', resolve);
            response.once('close', resolve);
          });
        }
      }
    } finally {
      if (response.destroyed) await reader.cancel().catch(() => undefined);
      reader.releaseLock();
    }
    response.end();
  };
}
