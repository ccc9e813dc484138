import type { IncomingMessage, ServerResponse } from 'node:http';

const ALLOWED_METHODS = 'GET, POST, OPTIONS';
/** What the explorer and GraphQL clients send; nothing else is granted to another origin. */
const ALLOWED_HEADERS = 'authorization, content-type, accept';

/**
 * Cross-origin access to the API from configured origins only. A request from any other origin
 * gets no CORS header at all, so a browser keeps its page from reading the answer; with no origin
 * configured only the server's own pages (same origin, no CORS needed) can use the API.
 */
export function corsPolicy(allowedOrigins: readonly string[]) {
  const allowed = new Set(allowedOrigins.map((origin) => origin.toLowerCase()));
  return {
    /** Sets the headers for an allowed origin; true when the request came from one. */
    apply(request: IncomingMessage, response: ServerResponse): boolean {
      response.setHeader('vary', 'Origin');
      const origin = request.headers.origin;
      if (origin === undefined || !allowed.has(origin.toLowerCase())) return false;
      response.setHeader('access-control-allow-origin', origin);
      response.setHeader('access-control-expose-headers', 'x-request-id, retry-after');
      return true;
    },
    /** Answers a preflight (`OPTIONS` with `Access-Control-Request-Method`) for /graphql. */
    preflight(
      request: IncomingMessage,
      response: ServerResponse,
      fromAllowedOrigin: boolean,
    ): void {
      const headers: Record<string, string> = { allow: ALLOWED_METHODS, 'content-length': '0' };
      if (fromAllowedOrigin && request.headers['access-control-request-method']) {
        headers['access-control-allow-methods'] = ALLOWED_METHODS;
        headers['access-control-allow-headers'] = ALLOWED_HEADERS;
        headers['access-control-max-age'] = '600';
      }
      response.writeHead(204, headers);
      response.end();
    },
  };
}
