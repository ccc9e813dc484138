import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ENTITY_KINDS,
  LABEL_OF_KIND,
  MIGRATIONS,
  RELATION_TYPES,
  SOURCE_LABEL,
} from '@guanxi/graph-schema';
import { createGuanxiYoga, createHttpServer, createLogger } from '@guanxi/server';
import { graphqlClient } from '../helpers/graphql';
import { emptyDatabase, openEmptyTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
beforeAll(async () => {
  db = await openEmptyTestDatabase();
});
afterAll(() => db.close());

describe('platform: GraphQL over the real Neo4j', () => {
  it('graphStats counts what the database holds, per label and relationship type', async () => {
    await emptyDatabase(db.executor);
    await db.executor.writeTransaction('createFixture', (tx) =>
      tx.run(
        'createFixture',
        `CREATE (:Entity:Person {id: 'a', name: 'A'})-[:MEMBER_OF {id: 'r'}]->(:Entity:Institution {id: 'b', name: 'B'})`,
      ),
    );
    const query = graphqlClient(db.executor);
    const response = await query<{
      graphStats: {
        labels: { label: string; count: number }[];
        relationshipTypes: { type: string; count: number }[];
      };
    }>('{ graphStats { labels { label count } relationshipTypes { type count } } }');
    expect(response.errors).toBeUndefined();
    const created: Record<string, number> = { Person: 1, Institution: 1, MEMBER_OF: 1 };
    expect(response.data!.graphStats).toEqual({
      labels: [...ENTITY_KINDS.map((kind) => LABEL_OF_KIND[kind]), SOURCE_LABEL].map((label) => ({
        label,
        count: created[label] ?? 0,
      })),
      relationshipTypes: RELATION_TYPES.map((type) => ({ type, count: created[type] ?? 0 })),
    });
  });

  it('applies the schema: unique ids and the full-text index over names and aliases', async () => {
    const declared = MIGRATIONS.flatMap((migration) => migration.elements);
    const namesOf = (kinds: readonly string[]) =>
      declared
        .filter((element) => kinds.includes(element.kind))
        .map((element) => element.name)
        .sort();
    const constraints = await db.executor.run(
      'listConstraints',
      'SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name',
    );
    expect(constraints.map((row) => row.get('name'))).toEqual(
      namesOf(['node-unique', 'relationship-unique']),
    );
    expect(namesOf(['node-unique'])).toEqual(
      expect.arrayContaining(['entity_id_unique', 'person_id_unique']),
    );
    const indexes = await db.executor.run(
      'listIndexes',
      "SHOW INDEXES YIELD name, type WHERE type = 'FULLTEXT' RETURN name ORDER BY name",
    );
    expect(indexes.map((row) => row.get('name'))).toEqual(['entity_names']);
  });
});

/** Starts the whole HTTP app on a free port, serving the client from `dist`. */
async function startApp(dist: string): Promise<{ port: number; close(): Promise<void> }> {
  const yoga = createGuanxiYoga({
    executor: db.executor,
    logger: createLogger('silent'),
    tokens: [],
  });
  const server: Server = createHttpServer(yoga, db.executor, dist);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

interface RawResponse {
  status: number;
  headers: Record<string, unknown>;
  body: string;
}

/** A raw GET: the path is sent exactly as written, malformed or not. */
const get = (port: number, rawPath: string, headers: Record<string, string> = {}) =>
  new Promise<RawResponse>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });

describe('one port: the built client beside the API', () => {
  let dist: string;
  let app: Awaited<ReturnType<typeof startApp>>;
  const client = (rawPath: string, headers: Record<string, string> = {}) =>
    get(app.port, rawPath, headers);

  beforeAll(async () => {
    dist = await mkdtemp(path.join(tmpdir(), 'guanxi-client-dist-'));
    await mkdir(path.join(dist, 'assets'));
    await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Guanxi</title>');
    await writeFile(path.join(dist, 'assets', 'index-3f2a9c1b.js'), 'console.log("guanxi");');
    app = await startApp(dist);
  });
  afterAll(async () => {
    await app.close();
    await rm(dist, { recursive: true, force: true });
  });

  it.each(['/', '/explore', '/people/pei-gang?focus=pei-gang'])(
    'answers the client route %s with index.html, revalidated on every visit',
    async (route) => {
      const response = await client(route);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.body).toBe('<!doctype html><title>Guanxi</title>');
    },
  );

  it('serves a hashed asset with its type, an ETag and a year-long immutable cache', async () => {
    const response = await client('/assets/index-3f2a9c1b.js');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.body).toBe('console.log("guanxi");');
    const again = await client('/assets/index-3f2a9c1b.js', {
      'if-none-match': String(response.headers.etag),
    });
    expect(again.status).toBe(304);
  });

  it.each(['/assets/missing-0000.js', '/favicon.ico', '/assets/', '/.env'])(
    'a missing file %s is 404, never the HTML page',
    async (missing) => {
      const response = await client(missing);
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    },
  );

  it.each(['/%', '/%E0%A4%A', '/assets/%zz.js'])(
    'a malformed URL %s is 400, and the server keeps answering',
    async (malformed) => {
      expect((await client(malformed)).status).toBe(400);
      expect((await client('/')).status).toBe(200);
    },
  );

  it('keeps paths inside the client folder', async () => {
    expect((await client('/../../../etc/passwd')).status).toBe(403);
    expect((await client('/assets/..%2f..%2f..%2fetc%2fpasswd')).status).toBe(403);
  });

  it('says so when the client is not built, and still 404s a missing asset', async () => {
    const bare = await startApp(path.join(dist, 'not-built'));
    try {
      const page = await get(bare.port, '/');
      expect(page.status).toBe(503);
      expect(page.body).toBe('The client is not built yet: run `npm run build`.');
      expect((await get(bare.port, '/assets/index-3f2a9c1b.js')).status).toBe(404);
    } finally {
      await bare.close();
    }
  });
});
