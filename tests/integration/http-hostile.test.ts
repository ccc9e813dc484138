import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createGuanxiYoga, createHttpServer, createLogger } from '@guanxi/server';
import { openEmptyTestDatabase, type TestDatabase } from '../helpers/test-database';

type HttpOptions = Exclude<Parameters<typeof createHttpServer>[2], string | undefined>;

let db: TestDatabase;
let dist: string;
const ASSET = '/assets/index-3f2a9c1b.js';

beforeAll(async () => {
  db = await openEmptyTestDatabase();
  dist = await mkdtemp(path.join(tmpdir(), 'guanxi-hostile-dist-'));
  await mkdir(path.join(dist, 'assets'));
  await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Guanxi</title>');
  await writeFile(path.join(dist, ASSET.slice(1)), 'console.log("guanxi");');
});
afterAll(async () => {
  await db.close();
  await rm(dist, { recursive: true, force: true });
});

interface App {
  port: number;
  close(): Promise<void>;
}

/** The real HTTP app on a free loopback port. */
async function startApp(
  options: HttpOptions = {},
  yoga = createGuanxiYoga({ executor: db.executor, logger: createLogger('silent'), tokens: [] }),
): Promise<App> {
  const server: Server = createHttpServer(yoga, db.executor, {
    clientDist: dist,
    rateLimit: null,
    corsOrigins: [],
    ...options,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

interface RawAnswer {
  /** undefined: the connection closed without an answer. */
  status?: number;
  headers: Record<string, string>;
  body: string;
  raw: string;
}

/**
 * Writes bytes to a fresh connection exactly as given and reads until the server closes it (every
 * request here says `Connection: close`, or is cut short by `halfClose`). Bounded by a deadline.
 */
function exchange(
  port: number,
  request: string | Buffer | (string | Buffer)[],
  { halfClose = false, deadlineMs = 20_000 } = {},
): Promise<RawAnswer> {
  const head = String(Array.isArray(request) ? request[0] : request).startsWith('HEAD ');
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer and no close within ${deadlineMs} ms`));
    }, deadlineMs);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    // The server may close while we are still writing (a 413); what it sent is what counts.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      try {
        resolve(parseAnswer(Buffer.concat(chunks).toString('latin1'), head));
      } catch (error) {
        reject(error as Error);
      }
    });
    for (const part of Array.isArray(request) ? request : [request]) socket.write(part);
    if (halfClose) socket.end();
  });
}

/** Parses one HTTP/1.1 answer strictly enough to call it well-formed. */
function parseAnswer(raw: string, head = false): RawAnswer {
  if (raw === '') return { headers: {}, body: '', raw };
  const end = raw.indexOf('\r\n\r\n');
  expect(end).toBeGreaterThan(0);
  const [statusLine = '', ...lines] = raw.slice(0, end).split('\r\n');
  const status = /^HTTP\/1\.1 (\d{3}) [^\r\n]*$/.exec(statusLine);
  expect(status).not.toBeNull();
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    expect(colon).toBeGreaterThan(0);
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = raw.slice(end + 4);
  if (head) {
    expect(body).toBe('');
  } else if (headers['content-length'] !== undefined) {
    expect(Buffer.byteLength(body, 'latin1')).toBe(Number(headers['content-length']));
  } else if (headers['transfer-encoding'] === 'chunked') {
    let decoded = '';
    for (let rest = body; ;) {
      const size = parseInt(rest, 16);
      expect(Number.isNaN(size)).toBe(false);
      const start = rest.indexOf('\r\n') + 2;
      if (size === 0) break;
      decoded += rest.slice(start, start + size);
      rest = rest.slice(start + size + 2);
    }
    body = decoded;
  }
  return { status: Number(status?.[1]), headers, body, raw };
}

const CRLF = '\r\n';
/** A request with `Connection: close`, written as is. */
const rawRequest = (
  method: string,
  target: string,
  headers: Record<string, string> = {},
  body = '',
): string =>
  `${method} ${target} HTTP/1.1${CRLF}` +
  Object.entries({ Host: 'localhost', Connection: 'close', ...headers })
    .map(([name, value]) => `${name}: ${value}${CRLF}`)
    .join('') +
  CRLF +
  body;

const QUERY = JSON.stringify({ query: '{ __typename }' });
const GRAPHQL_GET = '/graphql?query=%7B__typename%7D';
const json = { 'Content-Type': 'application/json' };

/** A hostile request, and the statuses it may get (`closed`: the connection may end unanswered). */
interface Case {
  name: string;
  request: string | Buffer | (string | Buffer)[];
  expect: (number | 'closed')[];
  halfClose?: boolean;
  /** Must carry an Allow header naming these methods. */
  allow?: string;
}

/** How each route is reached with a harmless GET, and the methods it allows. */
const ROUTES = [
  { route: '/', get: '/', ok: 200, allow: 'GET, HEAD' },
  { route: '/assets/*', get: ASSET, ok: 200, allow: 'GET, HEAD' },
  { route: '/graphql', get: GRAPHQL_GET, ok: 200, allow: 'GET, POST, OPTIONS' },
  { route: '/health', get: '/health', ok: 200, allow: 'GET, HEAD' },
] as const;

function casesFor({ route, get, ok, allow }: (typeof ROUTES)[number]): Case[] {
  const base = get.split('?')[0] ?? get;
  const isGraphql = route === '/graphql';
  const bodyMethod = isGraphql ? 'POST' : 'PUT';
  return [
    { name: 'a plain GET', request: rawRequest('GET', get), expect: [ok] },
    {
      name: 'an absolute-form target',
      request: rawRequest('GET', `http://localhost${get}`),
      expect: [ok],
    },
    { name: 'a bare %', request: rawRequest('GET', `${base}%`), expect: [400] },
    { name: 'a half escape', request: rawRequest('GET', `${base}%E0%A4%A`), expect: [400] },
    { name: 'a non-hex escape', request: rawRequest('GET', `${base}?x=%zz`), expect: [400] },
    {
      name: 'an escape of invalid UTF-8',
      request: rawRequest('GET', `${base}%C0%AF`),
      expect: [400, 404],
    },
    {
      name: 'an http://[::1 target',
      request: rawRequest('GET', `http://[::1${base}`),
      expect: [400],
    },
    { name: 'an http://[::1/ target', request: rawRequest('GET', 'http://[::1/'), expect: [400] },
    { name: 'a target that is not a path', request: rawRequest('GET', 'graphql'), expect: [400] },
    {
      name: 'a path over the header limit',
      request: rawRequest('GET', `${base}/${'a'.repeat(20_000)}`),
      expect: [431, 400, 'closed'],
    },
    {
      name: 'a long query string under the limit',
      request: rawRequest('GET', `${get}${get.includes('?') ? '&' : '?'}${'a'.repeat(8_000)}`),
      expect: [ok],
    },
    {
      name: 'a header over the limit',
      request: rawRequest('GET', get, { 'X-Long': 'a'.repeat(20_000) }),
      expect: [431, 'closed'],
    },
    {
      name: 'raw invalid UTF-8 in the path',
      request: [
        `GET ${base}`,
        Buffer.from([0xc0, 0xaf, 0xff]),
        ` HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
      ],
      expect: [400, 'closed'],
    },
    {
      name: 'raw invalid UTF-8 in a header value',
      request: Buffer.concat([
        Buffer.from(`GET ${get} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-Bad: `),
        Buffer.from([0xc0, 0xaf, 0xfe, 0xff]),
        Buffer.from('\r\n\r\n'),
      ]),
      expect: [ok],
    },
    {
      name: 'a Host with a space',
      request: rawRequest('GET', get, { Host: 'a b' }),
      expect: [400],
    },
    { name: 'a Host with a path', request: rawRequest('GET', get, { Host: 'a/b' }), expect: [400] },
    { name: 'a Host of [::1', request: rawRequest('GET', get, { Host: '[::1' }), expect: [400] },
    {
      name: 'no Host',
      request: `GET ${get} HTTP/1.1\r\nConnection: close\r\n\r\n`,
      expect: [400, 'closed'],
    },
    {
      name: 'PUT',
      request: rawRequest('PUT', get, { 'Content-Length': '0' }),
      expect: [405],
      allow,
    },
    { name: 'DELETE', request: rawRequest('DELETE', get), expect: [405], allow },
    {
      name: 'PATCH',
      request: rawRequest('PATCH', get, { 'Content-Length': '0' }),
      expect: [405],
      allow,
    },
    { name: 'an unknown method', request: rawRequest('BREW', get), expect: [400, 405, 'closed'] },
    {
      name: 'a body of the wrong type',
      request: rawRequest(
        bodyMethod,
        base,
        { 'Content-Type': 'text/plain', 'Content-Length': '5' },
        'hello',
      ),
      expect: [isGraphql ? 415 : 405],
    },
    {
      name: 'a form post',
      request: rawRequest(
        'POST',
        base,
        { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': '7' },
        'query=x',
      ),
      expect: [isGraphql ? 415 : 405],
    },
    {
      name: 'invalid JSON',
      request: rawRequest('POST', base, { ...json, 'Content-Length': '9' }, '{"query":'),
      expect: [isGraphql ? 400 : 405],
    },
    {
      name: 'invalid UTF-8 in a JSON body',
      request: [
        rawRequest('POST', base, { ...json, 'Content-Length': '15' }, '{"query":"'),
        Buffer.from([0xc0, 0xaf, 0xff]),
        '"}',
      ],
      // The bytes decode to U+FFFD: a query that does not parse, answered as GraphQL errors.
      expect: isGraphql ? [200, 400] : [405],
    },
    {
      name: 'a whole chunked body',
      request: rawRequest(
        'POST',
        base,
        { ...json, 'Transfer-Encoding': 'chunked' },
        `${QUERY.length.toString(16)}\r\n${QUERY}\r\n0\r\n\r\n`,
      ),
      expect: [isGraphql ? 200 : 405],
    },
    {
      name: 'a body cut short',
      request: rawRequest('POST', base, { ...json, 'Content-Length': '100' }, QUERY),
      halfClose: true,
      expect: isGraphql ? [400, 'closed'] : [405, 400, 'closed'],
    },
    {
      name: 'a chunked body cut short',
      request: rawRequest(
        'POST',
        base,
        { ...json, 'Transfer-Encoding': 'chunked' },
        `40\r\n${QUERY}`,
      ),
      halfClose: true,
      expect: isGraphql ? [400, 'closed'] : [405, 400, 'closed'],
    },
    {
      name: 'a malformed chunk size',
      request: rawRequest(
        'POST',
        base,
        { ...json, 'Transfer-Encoding': 'chunked' },
        'zz\r\n{}\r\n0\r\n\r\n',
      ),
      expect: [400, 405, 'closed'],
    },
    {
      name: 'both Content-Length and chunked (smuggling)',
      request: rawRequest(
        'POST',
        base,
        { ...json, 'Content-Length': '4', 'Transfer-Encoding': 'chunked' },
        '0\r\n\r\n',
      ),
      expect: [400, 'closed'],
    },
    {
      name: 'two different Content-Lengths',
      request: `POST ${base} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}`,
      expect: [400, 'closed'],
    },
    {
      name: 'a declared body over the limit',
      request: [
        rawRequest('POST', base, { ...json, 'Content-Length': String(2 * 1024 * 1024) }),
        'x'.repeat(64 * 1024),
      ],
      expect: [isGraphql ? 413 : 405, 'closed'],
    },
    {
      name: 'a chunked body over the limit',
      request: [
        rawRequest('POST', base, { ...json, 'Transfer-Encoding': 'chunked' }),
        ...Array.from({ length: 20 }, () => `10000\r\n${'x'.repeat(0x10000)}\r\n`),
        '0\r\n\r\n',
      ],
      expect: [isGraphql ? 413 : 405, 'closed'],
    },
  ];
}

describe('hostile HTTP: every request is answered or refused, and the server keeps serving', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app.close());

  const health = async () => {
    const answer = await exchange(app.port, rawRequest('GET', '/health'));
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ status: 'ok' });
  };

  for (const route of ROUTES) {
    describe(`to ${route.route}`, () => {
      it.each(casesFor(route).map((c) => [c.name, c] as const))('%s', async (_name, c) => {
        const answer = await exchange(app.port, c.request, { halfClose: c.halfClose });
        if (answer.status === undefined) {
          expect(c.expect).toContain('closed');
        } else {
          expect(c.expect).toContain(answer.status);
          // Never a stack, an exception's text or a path of this machine.
          expect(answer.body).not.toMatch(/\n\s+at |TypeError|Invalid URL|\/work\/|node_modules/);
          // Answers from the app (Node's own bare refusals carry no headers of ours).
          if (answer.headers['x-request-id'] !== undefined) {
            expect(answer.headers['x-content-type-options']).toBe('nosniff');
            expect(answer.headers['referrer-policy']).toBe('no-referrer');
            expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
          }
        }
        if (c.allow !== undefined) expect(answer.headers.allow).toBe(c.allow);
        await health();
      });
    });
  }
});

/** A Node http-free GET or POST over a raw socket, for the header checks below. */
const ask = (
  app: App,
  method: string,
  target: string,
  headers: Record<string, string> = {},
  body = '',
) =>
  exchange(
    app.port,
    rawRequest(
      method,
      target,
      body ? { ...headers, 'Content-Length': String(body.length) } : headers,
      body,
    ),
  );

describe('methods, body size, CORS and security headers', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app.close());

  it.each([
    ['PUT', '/', 'GET, HEAD'],
    ['DELETE', '/', 'GET, HEAD'],
    ['PUT', '/health', 'GET, HEAD'],
    ['DELETE', '/health', 'GET, HEAD'],
    ['POST', ASSET, 'GET, HEAD'],
    ['DELETE', '/graphql', 'GET, POST, OPTIONS'],
    ['HEAD', '/graphql', 'GET, POST, OPTIONS'],
  ])('%s %s is 405 with Allow: %s', async (method, target, allow) => {
    const answer = await ask(app, method, target);
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe(allow);
  });

  it('refuses a GraphQL body over the default 1 MiB with 413 and a GraphQL error', async () => {
    const padding = ' '.repeat(1024 * 1024);
    const answer = await ask(app, 'POST', '/graphql', json, `{"query":"{ __typename }"${padding}}`);
    expect(answer.status).toBe(413);
    const { errors } = JSON.parse(answer.body) as {
      errors: { extensions: { code: string; requestId: string } }[];
    };
    expect(errors[0]?.extensions).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      requestId: answer.headers['x-request-id'],
    });
    // Just under the limit is read and answered.
    const under = await ask(
      app,
      'POST',
      '/graphql',
      json,
      `${QUERY}${' '.repeat(1024 * 1024 - QUERY.length)}`,
    );
    expect(under.status).toBe(200);
  });

  it('sends no CORS header to another origin, and answers its preflight without granting it', async () => {
    const origin = { Origin: 'https://evil.example' };
    const get = await ask(app, 'GET', GRAPHQL_GET, origin);
    expect(get.status).toBe(200);
    expect(Object.keys(get.headers).filter((name) => name.startsWith('access-control-'))).toEqual(
      [],
    );
    const preflight = await ask(app, 'OPTIONS', '/graphql', {
      ...origin,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type, authorization',
    });
    expect(preflight.status).toBe(204);
    expect(
      Object.keys(preflight.headers).filter((name) => name.startsWith('access-control-')),
    ).toEqual([]);
  });

  it('puts the security headers on the page, the API and errors', async () => {
    for (const target of ['/', ASSET, '/health', GRAPHQL_GET, '/missing.js', '/%']) {
      const answer = await ask(app, 'GET', target);
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['referrer-policy']).toBe('no-referrer');
      expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(answer.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
    const page = await ask(app, 'GET', '/');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-eval');
  });

  it("allows GraphiQL's one script by its hash, and nothing else", async () => {
    const answer = await ask(app, 'GET', '/graphql', { Accept: 'text/html' });
    expect(answer.status).toBe(200);
    const html = Buffer.from(answer.body, 'latin1').toString('utf8');
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
      (match) => match[1] ?? '',
    );
    expect(scripts).toHaveLength(1);
    const hash = createHash('sha256')
      .update(scripts[0] ?? '', 'utf8')
      .digest('base64');
    const csp = answer.headers['content-security-policy'] ?? '';
    expect(csp).toContain(`script-src 'sha256-${hash}';`);
    expect(csp).not.toMatch(/unsafe-inline'[^;]*;.*script|script-src[^;]*unsafe/);
    expect(csp).toContain("frame-ancestors 'none'");
  });
});

describe('CORS from the configured origins', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp({ corsOrigins: ['https://explorer.example'] });
  });
  afterAll(() => app.close());

  it('grants a configured origin, and only that one', async () => {
    const allowed = await ask(
      app,
      'POST',
      '/graphql',
      { ...json, Origin: 'https://explorer.example' },
      QUERY,
    );
    expect(allowed.status).toBe(200);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://explorer.example');
    expect(allowed.headers.vary).toContain('Origin');
    expect(allowed.headers['access-control-allow-credentials']).toBeUndefined();
    const preflight = await ask(app, 'OPTIONS', '/graphql', {
      Origin: 'https://explorer.example',
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type',
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://explorer.example');
    expect(preflight.headers['access-control-allow-methods']).toContain('POST');
    expect(preflight.headers['access-control-allow-headers']).toContain('content-type');
    const other = await ask(
      app,
      'POST',
      '/graphql',
      { ...json, Origin: 'https://explorer.example.evil' },
      QUERY,
    );
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('rate limit', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp({ rateLimit: { perMinute: 1, burst: 3 } });
  });
  afterAll(() => app.close());

  it('answers 429 with Retry-After once a client has spent its budget; /health stays open', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await ask(app, 'GET', GRAPHQL_GET)).status ?? 0);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const limited = await ask(app, 'GET', '/');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number.isInteger(Number(limited.headers['retry-after']))).toBe(true);
    expect((await ask(app, 'GET', '/health')).status).toBe(200);
  });
});

describe('a handler that fails', () => {
  it('is answered 500 with the request id only, logged with that id, and the server goes on', async () => {
    const logged: { object: Record<string, unknown>; message: string }[] = [];
    const record = (object: object, message: string) =>
      logged.push({ object: object as Record<string, unknown>, message });
    const logger = { debug: record, info: record, warn: record, error: record };
    const real = createGuanxiYoga({
      executor: db.executor,
      logger: createLogger('silent'),
      tokens: [],
    });
    const broken = Object.create(real) as typeof real;
    Object.defineProperty(broken, 'fetch', {
      value: () => Promise.reject(new Error(`secret at ${process.cwd()}/server/src/yoga.ts:1`)),
    });
    const app = await startApp({ logger }, broken);
    try {
      const answer = await ask(app, 'GET', GRAPHQL_GET);
      expect(answer.status).toBe(500);
      const requestId = answer.headers['x-request-id'];
      expect(answer.body).toContain(requestId);
      expect(answer.body).not.toMatch(/secret|yoga\.ts|\/work\/|\n\s+at /);
      expect(logged).toContainEqual(
        expect.objectContaining({
          message: 'request failed',
          object: expect.objectContaining({ requestId }),
        }),
      );
      expect((await ask(app, 'GET', '/health')).status).toBe(200);
      expect((await ask(app, 'GET', '/')).status).toBe(200);
    } finally {
      await app.close();
    }
  });
});
