import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, screenshot, settle, waitForGraph } from '../helpers/e2e-browser';
import { pagePerTest } from '../helpers/e2e-page-per-test';
import { type E2eServer, startE2eServer } from '../helpers/e2e-server';
import { seedArticle } from '../helpers/seed-article';

/* "Who matters" in the explorer (issue 14, item 2), checked on the article graph. */
jest.setTimeout(90_000);

const SYMPOSIUM = 'symposium-chinese-scholars-shanghai-development-13';

let server: E2eServer;
let browser: Browser;
beforeAll(async () => {
  // Seeding the article runs the graph-wide scores job, so every entity has stored scores.
  [server, browser] = await Promise.all([
    startE2eServer(seedArticle, { persistedOnly: true }),
    launchChromium(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const visit = pagePerTest(() => ({ browser, url: server.url }));

/** The drawn nodes by their width on the canvas, widest first. */
const byWidth = (page: Page): Promise<{ id: string; width: number }[]> =>
  page.evaluate(() => {
    const probe = window.__guanxi;
    if (!probe) return [];
    return probe
      .nodeIds()
      .map((id) => ({ id, width: parseFloat(probe.styleOf(id, 'width')) }))
      .sort((a, b) => b.width - a.width);
  });

const rankedNames = (page: Page): Promise<string[]> =>
  page
    .getByRole('list', { name: 'Ranked by the chosen score' })
    .getByRole('button')
    .allTextContents();

/** Each drawn node's width and colour, as the canvas draws them. */
const drawnLooks = (page: Page): Promise<Record<string, string>> =>
  page.evaluate(() => {
    const probe = window.__guanxi;
    if (!probe) return {};
    return Object.fromEntries(
      probe
        .nodeIds()
        .map((id) => [
          id,
          `${probe.styleOf(id, 'width')} ${probe.styleOf(id, 'background-color')}`,
        ]),
    );
  });

const sizeBy = async (page: Page, label: string): Promise<void> => {
  await page.getByLabel('Size by').selectOption({ label });
  await page.getByRole('list', { name: 'Ranked by the chosen score' }).waitFor();
};

describe('who matters', () => {
  it('sizes nodes by graph-wide PageRank: the 13th symposium is the largest and ranks first', async () => {
    const { page, errors } = await visit('');
    await waitForGraph(page, 20);
    await settle(page);
    await sizeBy(page, 'PageRank');
    const [largest, second] = await byWidth(page);
    // Worked out by the scores job on the article: the symposium leads PageRank.
    expect(largest).toEqual({ id: SYMPOSIUM, width: 60 });
    expect(second?.width).toBeLessThan(60);
    expect(second?.width).toBeGreaterThanOrEqual(20);
    const ranked = await rankedNames(page);
    expect(ranked).toHaveLength(10);
    expect(ranked[0]).toContain('13th Symposium');

    await page.getByRole('button', { name: /^13th Symposium/ }).click();
    await page.waitForFunction((id) => window.__guanxi?.selectedIds().includes(id), SYMPOSIUM);
    await screenshot(page, '45-who-matters');
    expect(errors).toEqual([]);
  });

  it('colours nodes by community: Pei Gang and Li Ruxin share one', async () => {
    const { page } = await visit('');
    await waitForGraph(page, 20);
    await settle(page);
    const colourOf = (id: string) =>
      page.evaluate((nodeId) => window.__guanxi?.styleOf(nodeId, 'background-color'), id);
    const kindColour = await colourOf('pei-gang');
    await page.getByLabel('Colour by community').check();
    await page.waitForFunction(() =>
      window.__guanxi?.classesOf('pei-gang').some((name) => name.startsWith('community-')),
    );
    const peiGang = await colourOf('pei-gang');
    expect(peiGang).toBe(await colourOf('li-ruxin'));
    expect(peiGang).not.toBe(kindColour);
    const colours = await page.evaluate(() => {
      const probe = window.__guanxi;
      return new Set(probe?.nodeIds().map((id) => probe.styleOf(id, 'background-color'))).size;
    });
    expect(colours).toBeGreaterThan(1);

    await page.getByLabel('Colour by community').uncheck();
    await expect(colourOf('pei-gang')).resolves.toBe(kindColour);
  });

  it('a link restores the size and the community colouring; unknown values in it are ignored', async () => {
    const { page } = await visit('');
    await waitForGraph(page, 20);
    await settle(page);
    await sizeBy(page, 'PageRank');
    await page.getByLabel('Colour by community').check();
    await page.waitForFunction(() =>
      ['sizeBy=pageRank', 'colourBy=community'].every((param) =>
        window.location.search.includes(param),
      ),
    );
    const looks = await drawnLooks(page);
    const link = new URL(page.url()).search;

    const { page: opened, errors } = await visit(link);
    await waitForGraph(opened, Object.keys(looks).length);
    await settle(opened);
    await expect(opened.getByLabel('Size by').inputValue()).resolves.toBe('pageRank');
    await expect(opened.getByLabel('Colour by community').isChecked()).resolves.toBe(true);
    expect(await drawnLooks(opened)).toEqual(looks);
    expect(new URL(opened.url()).search).toBe(link);
    expect(errors).toEqual([]);

    const { page: garbled, errors: garbledErrors } = await visit(
      '?sizeBy=<script>&colourBy=kind&v=1',
    );
    await waitForGraph(garbled, 20);
    await expect(garbled.getByLabel('Size by').inputValue()).resolves.toBe('none');
    await expect(garbled.getByLabel('Colour by community').isChecked()).resolves.toBe(false);
    await garbled.waitForFunction(() => !window.location.search.includes('sizeBy'));
    expect(garbledErrors).toEqual([]);
  });

  it('computes view scores on a focus picture: the focus ties every drawn node', async () => {
    const { page } = await visit('?focus=pei-gang&depth=1');
    await waitForGraph(page, 4);
    await settle(page);
    const drawn = await page.evaluate(() => window.__guanxi?.nodeIds().length ?? 0);

    await sizeBy(page, 'Degree (this view)');
    const ranked = page.getByRole('list', { name: 'Ranked by the chosen score' });
    // A one-hop neighbourhood: the focus is tied to every other node drawn, and nothing is tied to more.
    await expect(ranked.getByRole('button').first().textContent()).resolves.toBe(
      `Pei Gang${drawn - 1}`,
    );
    expect((await byWidth(page))[0]).toEqual({ id: 'pei-gang', width: 60 });

    await sizeBy(page, 'PageRank (this view)');
    await page.waitForFunction(() => {
      const first = document.querySelector('.ranked-node .count')?.textContent ?? '';
      return first.includes('.');
    });
    expect((await rankedNames(page))[0]).toContain('Pei Gang');
    expect((await byWidth(page))[0]).toEqual({ id: 'pei-gang', width: 60 });

    // Every path between two of the focus's neighbours that are not tied runs through the focus.
    await sizeBy(page, 'Betweenness (this view)');
    await page.waitForFunction(() => window.location.search.includes('sizeBy=viewBetweenness'));
    expect((await rankedNames(page))[0]).toContain('Pei Gang');
    expect((await byWidth(page))[0]).toEqual({ id: 'pei-gang', width: 60 });

    await page.getByLabel('Size by').selectOption({ label: 'Nothing' });
    await page
      .getByRole('list', { name: 'Ranked by the chosen score' })
      .waitFor({ state: 'detached' });
    const widths = new Set((await byWidth(page)).map((node) => node.width));
    expect(widths.has(60)).toBe(false);
  });
});
