import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import {
  canvasNodeIds,
  classesOf,
  clickNode,
  doubleClickNode,
  launchChromium,
  openPage,
  screenshot,
  selectNode,
  settle,
  waitForGraph,
  waitForNode,
} from '../helpers/e2e-browser';
import { type E2eServer, startE2eServer } from '../helpers/e2e-server';

jest.setTimeout(90_000);

let server: E2eServer;
let browser: Browser;
let page: Page;
let errors: string[];
beforeAll(async () => {
  [server, browser] = await Promise.all([startE2eServer(), launchChromium()]);
  ({ page, errors } = await openPage(browser));
  await page.goto(server.url);
  await waitForGraph(page);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const search = () => page.getByTestId('main-search').getByRole('combobox');

describe('search', () => {
  it('suggests entities while typing, despite a typo, with the kind beside each hit', async () => {
    await search().fill('pei gan');
    const hit = page.getByRole('option', { name: /Pei Gang/ });
    await hit.waitFor();
    expect(await hit.textContent()).toContain('Person');
    await screenshot(page, '02-search-autocomplete');
  });

  it('is keyboard navigable: arrows move, Enter picks, and the neighbourhood loads around the hit', async () => {
    await search().press('ArrowDown');
    await search().press('ArrowUp');
    await search().press('Enter');
    await page.waitForFunction(() => window.location.search.includes('focus=pei-gang'));
    await waitForNode(page, 'shanghai-association-of-overseas-returnees');
    await settle(page);
    expect((await canvasNodeIds(page)).sort()).toEqual([
      'chinese-academy-of-sciences',
      'pei-gang',
      'shanghai-association-of-overseas-returnees',
      'symposium-13-opening-ceremony',
    ]);
    expect(await classesOf(page, 'pei-gang')).toContain('focus');
    await screenshot(page, '03-focus-pei-gang');
  });

  it('says so when nothing matches', async () => {
    await search().fill('qqqzzzxx');
    await page.getByText('Nothing found for “qqqzzzxx”').waitFor();
    await screenshot(page, '04-search-nothing-found');
    await search().fill('');
  });
});

describe('canvas', () => {
  it('expands a node on double-click without moving what was already drawn', async () => {
    const before = await page.evaluate(() => window.__guanxi?.position('pei-gang'));
    await doubleClickNode(page, 'shanghai-association-of-overseas-returnees');
    await waitForNode(page, 'wu-zhiqiang');
    await settle(page);
    expect(await canvasNodeIds(page)).toContain(
      'symposium-chinese-scholars-shanghai-development-13',
    );
    expect(await page.evaluate(() => window.__guanxi?.position('pei-gang'))).toEqual(before);
    expect(await classesOf(page, 'shanghai-association-of-overseas-returnees')).toContain(
      'expanded',
    );
  });

  it('offers expansion by relationship type, with counts, from the context menu', async () => {
    await clickNode(page, 'chinese-academy-of-sciences', { button: 'right' });
    const menu = page.getByTestId('node-menu');
    const byType = menu.getByRole('menuitem', { name: /Expand memberships \(2\)/ });
    await byType.waitFor();
    await screenshot(page, '05-context-menu');
    await byType.click();
    await waitForNode(page, 'li-ruxin');
    await settle(page);
  });

  it('selecting a node highlights its neighbours and fades the rest', async () => {
    await clickNode(page, 'li-ruxin');
    expect(await classesOf(page, 'chinese-academy-of-sciences')).toContain('neighbour');
    expect(await classesOf(page, 'wu-zhiqiang')).toContain('faded');
    expect(await page.evaluate(() => window.__guanxi?.selectedIds())).toEqual(['li-ruxin']);
    await screenshot(page, '06-neighbour-highlight');
  });

  it('collapses an expansion, and undo/redo step through the exploration', async () => {
    await clickNode(page, 'shanghai-association-of-overseas-returnees', { button: 'right' });
    await page.getByRole('menuitem', { name: 'Collapse' }).click();
    await waitForNode(page, 'wu-zhiqiang', false);
    await page.getByRole('button', { name: 'Undo' }).click();
    await waitForNode(page, 'wu-zhiqiang');
    await page.getByRole('button', { name: 'Redo' }).click();
    await waitForNode(page, 'wu-zhiqiang', false);
    await page.keyboard.press('Control+z');
    await waitForNode(page, 'wu-zhiqiang');
  });

  it('hides a node (H) and shows hidden nodes again; pins a node (P) in place', async () => {
    await selectNode(page, 'wu-zhiqiang');
    await page.keyboard.press('h');
    await waitForNode(page, 'wu-zhiqiang', false);
    await page.getByRole('button', { name: /Show hidden nodes \(1\)/ }).click();
    await waitForNode(page, 'wu-zhiqiang');
    await selectNode(page, 'pei-gang');
    await page.keyboard.press('p');
    await page.waitForFunction(() => window.__guanxi?.classesOf('pei-gang').includes('pinned'));
    await screenshot(page, '07-pinned-and-expanded');
  });

  it('asks who knows whom between two nodes picked on the graph', async () => {
    await page.getByRole('button', { name: 'Fit the graph to the view' }).click();
    await page.waitForTimeout(400);
    await clickNode(page, 'li-ruxin', { button: 'right' });
    await page.getByRole('menuitem', { name: 'Who knows whom: from here' }).click();
    await clickNode(page, 'wu-zhiqiang', { button: 'right' });
    await page.getByRole('menuitem', { name: 'Who knows whom: to here' }).click();
    const results = page.getByTestId('path-results');
    await results.waitFor();
    expect(await results.textContent()).toContain('Li Ruxin');
    expect(await page.getByTestId('picked-from').textContent()).toBe('Li Ruxin');
    await page.getByRole('button', { name: 'Clear paths' }).click();
    await results.waitFor({ state: 'detached' });
  });

  it('zooms in and out and fits the graph to the view', async () => {
    const zoom = () => page.evaluate(() => window.__guanxi?.zoom() ?? 0);
    const start = await zoom();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForFunction((z) => (window.__guanxi?.zoom() ?? 0) > z, start);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.waitForFunction((z) => (window.__guanxi?.zoom() ?? 0) < z, start);
    await page.getByRole('button', { name: 'Fit the graph to the view' }).click();
    await page.waitForTimeout(400);
    const box = (await page.getByTestId('graph-canvas').boundingBox())!;
    for (const id of await canvasNodeIds(page)) {
      const point = (await page.evaluate((n) => window.__guanxi?.renderedPosition(n), id))!;
      expect(point.x).toBeGreaterThanOrEqual(0);
      expect(point.x).toBeLessThanOrEqual(box.width);
      expect(point.y).toBeGreaterThanOrEqual(0);
      expect(point.y).toBeLessThanOrEqual(box.height);
    }
    expect(errors).toEqual([]);
  });
});
