import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { RelationType } from '@guanxi/graph-schema';
import { generateSyntheticGraph } from '@guanxi/seed';
import { loadGraph } from '@guanxi/server';
import type { Browser, Page } from 'playwright-core';
import { EXPAND_PAGE } from '../../client/src/config/limits';
import { relationTypeName } from '../../client/src/config/relation-names';
import { neighbourhoodIds, union } from '../helpers/e2e-api';
import {
  canvasNodeIds,
  clickNode,
  launchChromium,
  moveView,
  openNodeMenu,
  openPage,
  screenshot,
  settle,
  waitForNodes,
} from '../helpers/e2e-browser';
import { type E2eServer, startE2eServer } from '../helpers/e2e-server';

jest.setTimeout(180_000);

interface Hub {
  id: string;
  name: string;
  /** The hub's most common tie to people, and how many of them it has. */
  type: RelationType;
  count: number;
}

let server: E2eServer;
let browser: Browser;
let hubs: Hub[];
beforeAll(async () => {
  [server, browser] = await Promise.all([
    startE2eServer(async (executor) => {
      const loaded = await loadGraph(
        executor,
        generateSyntheticGraph({ people: 2_000 }),
        () => undefined,
        {
          transactions: 'per-batch',
        },
      );
      if (!loaded.ok) throw new Error('the synthetic graph did not load');
    }),
    launchChromium(),
  ]);
  hubs = (
    await server.database.executor.run(
      'e2eHubs',
      `MATCH (i:Institution)-[r:HOLDS_POSITION|MEMBER_OF]-(:Person)
       WITH i, count(r) AS people ORDER BY people DESC, i.id LIMIT 8
       MATCH (i)-[r]-() WHERE type(r) <> 'MENTIONED'
       WITH i, people, type(r) AS type, count(r) AS count ORDER BY count DESC, type
       WITH i, people, collect({ type: type, count: count })[0] AS top
       RETURN i.id AS id, i.name AS name, top.type AS type, top.count AS count
       ORDER BY people DESC, id`,
    )
  ).map((row) => ({
    id: String(row.get('id')),
    name: String(row.get('name')),
    type: row.get('type') as RelationType,
    count: Number(row.get('count')),
  }));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const sortedNodeIds = async (page: Page) => (await canvasNodeIds(page)).sort();

describe('large pictures (synthetic graph of 2,000 people)', () => {
  it('pages a capped expansion: "N more" loads the next page of neighbours of that type', async () => {
    const hub = hubs[0]!;
    const { page, errors } = await openPage(browser);
    const focusLimit = 50;
    const [focused, firstPage, secondPage] = await Promise.all([
      neighbourhoodIds(server.url, { id: hub.id, depth: 1, limit: focusLimit }),
      neighbourhoodIds(server.url, { id: hub.id, limit: EXPAND_PAGE, relationTypes: [hub.type] }),
      neighbourhoodIds(server.url, {
        id: hub.id,
        limit: 2 * EXPAND_PAGE,
        relationTypes: [hub.type],
      }),
    ]);
    // A page holds the hub and its neighbours, up to the limit; the first one is capped.
    expect(firstPage).toHaveLength(EXPAND_PAGE);
    expect(secondPage).toHaveLength(2 * EXPAND_PAGE);
    const [firstShown, secondShown] = [firstPage.length - 1, secondPage.length - 1];
    expect(hub.count).toBeGreaterThan(secondShown);

    await page.goto(`${server.url}/?focus=${hub.id}&limit=${focusLimit}`);
    await waitForNodes(page, focused);
    const name = relationTypeName(hub.type);
    const menu = page.getByTestId('node-menu');
    await openNodeMenu(page, hub.id);
    await menu.getByRole('menuitem', { name: `Expand ${name} (${hub.count})` }).click();
    await waitForNodes(page, union(focused, firstPage));

    await openNodeMenu(page, hub.id);
    const more = menu.getByRole('menuitem', { name: `${hub.count - firstShown} more: ${name}` });
    expect(await more.textContent()).toBe(
      `${hub.count - firstShown} more: ${name}${firstShown} of ${hub.count} shown`,
    );
    await screenshot(page, '24-n-more');
    await more.click();
    await waitForNodes(page, union(focused, secondPage));
    expect(await sortedNodeIds(page)).toEqual(union(focused, secondPage));

    // The next page is offered in turn, counted from what is now shown.
    await openNodeMenu(page, hub.id);
    expect(await menu.getByRole('menuitem', { name: /^\d+ more: / }).allTextContents()).toEqual([
      `${hub.count - secondShown} more: ${name}${secondShown} of ${hub.count} shown`,
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('stays usable with about 2,000 nodes: performance mode on, zoom and selection still work', async () => {
    const { page, errors } = await openPage(browser);
    const [hub, ...others] = hubs;
    const limit = 1000;
    const expected = union(
      ...(await Promise.all([
        neighbourhoodIds(server.url, { id: hub!.id, depth: 3, limit }),
        ...others.map((other) => neighbourhoodIds(server.url, { id: other.id, limit })),
      ])),
    );
    expect(expected.length).toBeGreaterThan(limit);
    await page.goto(
      `${server.url}/?focus=${hub!.id}&depth=3&limit=${limit}&expand=${others.map((other) => other.id).join(',')}`,
    );
    await waitForNodes(page, expected);
    await settle(page);
    expect(await page.getByTestId('graph-canvas').getAttribute('data-performance-mode')).toBe('on');

    const zoom = await page.evaluate(() => window.__guanxi!.zoom());
    await moveView(page, 'Zoom in');
    expect(await page.evaluate(() => window.__guanxi!.zoom())).toBeGreaterThan(zoom);
    await moveView(page, 'Fit the graph to the view');

    // The hub is the focus, drawn above the nodes that crowd it: a click on it selects it.
    await clickNode(page, hub!.id);
    await page.waitForFunction(() => window.__guanxi!.selectedIds().length > 0);
    expect(await page.evaluate(() => window.__guanxi!.selectedIds())).toEqual([hub!.id]);
    await page
      .getByTestId('entity-details')
      .getByRole('heading', { name: hub!.name, exact: true })
      .waitFor();
    await screenshot(page, '25-large-picture');
    expect(errors).toEqual([]);
    await page.close();
  });
});
