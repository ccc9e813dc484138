import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { generateSyntheticGraph } from '@guanxi/seed';
import { loadGraph } from '@guanxi/server';
import type { Browser, Page } from 'playwright-core';
import { neighbourhoodIds, union } from '../helpers/e2e-api';
import { launchChromium, settle, waitForGraph, waitForNodes } from '../helpers/e2e-browser';
import { pagePerTest } from '../helpers/e2e-page-per-test';
import { type E2eServer, startE2eServer } from '../helpers/e2e-server';

jest.setTimeout(180_000);

let server: E2eServer;
let browser: Browser;
/** Institutions with the most people, busiest first. */
let hubs: string[];
beforeAll(async () => {
  [server, browser] = await Promise.all([
    startE2eServer(async (executor) => {
      const loaded = await loadGraph(
        executor,
        generateSyntheticGraph({ people: 2_000 }),
        () => undefined,
        { transactions: 'per-batch' },
      );
      if (!loaded.ok) throw new Error('the synthetic graph did not load');
    }),
    launchChromium(),
  ]);
  hubs = (
    await server.database.executor.run(
      'e2eScaleHubs',
      `MATCH (i:Institution)-[r:HOLDS_POSITION|MEMBER_OF]-(:Person)
       WITH i, count(r) AS people ORDER BY people DESC, i.id LIMIT 8
       RETURN i.id AS id`,
    )
  ).map((row) => String(row.get('id')));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const visit = pagePerTest(() => ({ browser, url: server.url }));

/** Every drawn node's model position, by id, once the picture is still. */
async function positions(page: Page) {
  await waitForGraph(page);
  await settle(page);
  return page.evaluate(() => {
    const probe = window.__guanxi!;
    return Object.fromEntries(probe.nodeIds().map((id) => [id, probe.position(id)]));
  });
}

/** A picture of about 2,000 nodes: the busiest hub three hops out, and the next hubs' neighbours. */
async function largePicture(): Promise<{ link: string; ids: string[] }> {
  const [hub, ...others] = hubs;
  const limit = 1000;
  const ids = union(
    ...(await Promise.all([
      neighbourhoodIds(server.url, { id: hub!, depth: 3, limit }),
      ...others.map((other) => neighbourhoodIds(server.url, { id: other, limit })),
    ])),
  );
  return { link: `?focus=${hub}&depth=3&limit=${limit}&expand=${others.join(',')}`, ids };
}

describe('a picture drawn from the same link', () => {
  it('is laid out the same way on every load, small or large', async () => {
    // Up to 300 nodes are laid out in one go, larger pictures as a draft and then refined.
    for (const [link, least] of [
      [`?focus=${hubs[0]}&depth=2&limit=150`, 100],
      [`?focus=${hubs[0]}&depth=3&limit=500`, 301],
    ] as const) {
      const [first, second] = await Promise.all([visit(link), visit(link)]);
      const [drawn, redrawn] = await Promise.all([positions(first.page), positions(second.page)]);
      expect(Object.keys(drawn).length).toBeGreaterThanOrEqual(least);
      expect(redrawn).toEqual(drawn);
      expect([...first.errors, ...second.errors]).toEqual([]);
    }
  });
});

describe('a large picture being laid out', () => {
  it('shows its progress and answers the reader meanwhile', async () => {
    const { link, ids } = await largePicture();
    expect(ids.length).toBeGreaterThan(1_500);
    const { page, errors } = await visit(link);
    const progress = page.getByTestId('layout-progress');
    await progress.getByText(`Refining ${ids.length.toLocaleString('en')} nodes`).waitFor();
    // The draft is on screen and the layout still runs in its worker: the page answers input.
    const zoom = await page.evaluate(() => window.__guanxi!.zoom());
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForFunction((before) => window.__guanxi!.zoom() > before, zoom);
    expect(await page.evaluate(() => window.__guanxi!.runningLayouts)).toBe(1);
    expect(await progress.isVisible()).toBe(true);

    await waitForNodes(page, ids);
    await page.waitForFunction(() => window.__guanxi!.layouts.length > 0, undefined, {
      timeout: 120_000,
    });
    await progress.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });
});
