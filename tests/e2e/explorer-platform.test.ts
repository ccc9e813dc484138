import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import {
  canvasEdgeIds,
  canvasNodeIds,
  launchChromium,
  openPage,
  screenshot,
  waitForGraph,
} from '../helpers/e2e-browser';
import { type E2eServer, startE2eServer } from '../helpers/e2e-server';
import { seedArticle } from '../helpers/seed-article';

jest.setTimeout(90_000);

let server: E2eServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([
    startE2eServer(seedArticle, { persistedOnly: true }),
    launchChromium(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const databaseIds = async (cypher: string): Promise<string[]> =>
  (await server.database.executor.run('e2eIds', cypher)).map((row) => String(row.get('id'))).sort();

describe('platform: the page draws what Neo4j holds', () => {
  it('opens on the whole article graph: the canvas holds exactly the entities and relationships in the database', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(server.url);
    const entities = await databaseIds('MATCH (n:Entity) RETURN n.id AS id');
    await waitForGraph(page, entities.length);

    expect((await canvasNodeIds(page)).sort()).toEqual(entities);
    expect((await canvasEdgeIds(page)).sort()).toEqual(
      await databaseIds(
        "MATCH (:Entity)-[r]->(:Entity) WHERE type(r) <> 'MENTIONED' RETURN r.id AS id",
      ),
    );
    await page.getByText(`${entities.length} nodes`).waitFor();
    await screenshot(page, '01-overview');
    expect(errors).toEqual([]);
  });
});
