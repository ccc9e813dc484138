import { type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http';
import path from 'node:path';
import serveStatic from 'serve-static';
import { PAGE_CSP } from './security-headers';

/** Vite's content-hashed bundles: a changed file gets a new name, so a copy never goes stale. */
const HASHED_ASSETS = `${path.sep}assets${path.sep}`;

function cacheHeaders(response: ServerResponse, file: string): void {
  response.setHeader(
    'cache-control',
    file.includes(HASHED_ASSETS) ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
  if (file.endsWith('.html')) response.setHeader('content-security-policy', PAGE_CSP);
}

/**
 * A path the explorer's own router answers (a shared link), as opposed to a file the page
 * loads: a missing `/assets/x.js` must be a 404, not the HTML page under a script's name.
 */
const isClientRoute = (pathname: string): boolean =>
  !/^\/assets(\/|$)/.test(pathname) && !/\.[^/]*$/.test(pathname);

function reply(response: ServerResponse, status: number, message?: string): void {
  if (response.headersSent) {
    // A file that failed half-way: the answer cannot be completed, so the connection is cut.
    response.destroy();
    return;
  }
  const body = message ?? STATUS_CODES[status] ?? 'Error';
  // serve-static may have set a file's headers (type, length, ETag) before it gave up.
  for (const name of ['content-type', 'content-length', 'etag', 'last-modified', 'content-range'])
    response.removeHeader(name);
  response.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    'cache-control': 'no-store',
  });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

/**
 * Serves the built client with serve-static (content types, ETag and Last-Modified, conditional
 * and range requests, paths kept inside the root, 400 for a malformed URL). Client routes fall
 * back to index.html so that shared links open the explorer.
 */
export function serveClient(
  root: string,
  /** Called instead of a plain answer when serving failed on our side (status 500 and up). */
  onServerError?: (response: ServerResponse, error: unknown) => void,
) {
  const files = serveStatic(root, {
    index: false,
    redirect: false,
    // Every refusal comes back here, so this handler decides between 404 and the page.
    fallthrough: false,
    cacheControl: false,
    setHeaders: cacheHeaders,
  });
  return (request: IncomingMessage, response: ServerResponse): void => {
    const pathname = (request.url ?? '/').split('?')[0] ?? '/';
    files(request, response, (error) => {
      // serve-static's errors carry an HTTP status; anything else is a failure of ours.
      const status = error?.status ?? 500;
      if (status >= 500 && onServerError) {
        onServerError(response, error);
        return;
      }
      if (status !== 404 || !isClientRoute(pathname)) {
        reply(response, status);
        return;
      }
      request.url = '/index.html';
      files(request, response, (indexError) => {
        if (indexError?.status === 404) {
          reply(response, 503, 'The client is not built yet: run `npm run build`.');
        } else if ((indexError?.status ?? 500) >= 500 && onServerError) {
          onServerError(response, indexError);
        } else {
          reply(response, indexError?.status ?? 500);
        }
      });
    });
  };
}
