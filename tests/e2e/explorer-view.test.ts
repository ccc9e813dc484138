import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import {
  canvasNodeIds,
  launchChromium,
  openPage,
  PHONE,
  screenshot,
  settle,
  waitForGraph,
  waitForNode,
} from '../helpers/e2e-browser';
import { type E2eServer, startE2eServer } from '../helpers/e2e-server';

jest.setTimeout(90_000);

let server: E2eServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([startE2eServer(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const visibleIds = (page: Page) => page.evaluate(() => window.__guanxi!.visibleNodeIds().sort());

describe('filters', () => {
  it('hides kinds and relationship types, and puts the industries one click away', async () => {
    const { page } = await openPage(browser);
    await page.goto(server.url);
    await waitForGraph(page, 30);
    await page.getByRole('checkbox', { name: /Institutions/ }).uncheck();
    await page.waitForFunction(() => !window.__guanxi!.visibleNodeIds().includes('cppcc'));
    expect(await visibleIds(page)).toContain('pei-gang');
    expect(await canvasNodeIds(page)).toContain('cppcc');
    await page.getByRole('checkbox', { name: /Institutions/ }).check();
    await page.getByRole('checkbox', { name: /part of/ }).uncheck();
    await page.waitForFunction(() =>
      window
        .__guanxi!.classesOf('cpc-shanghai-committee--part-of--communist-party-of-china')
        .includes('filtered'),
    );
    await page.getByRole('checkbox', { name: /part of/ }).check();

    await page.getByRole('button', { name: 'Biomedicine' }).click();
    await page.waitForFunction(() => window.__guanxi!.visibleNodeIds().length === 2);
    expect(await visibleIds(page)).toEqual(['biomedicine', 'shanghai']);
    expect(
      await page.getByRole('button', { name: 'Biomedicine' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await screenshot(page, '14-industry-filter');
    await page.getByRole('button', { name: 'Biomedicine' }).click();
    await page.waitForFunction(() => window.__guanxi!.visibleNodeIds().length > 2);
    await page.close();
  });
});

describe('shareable state and export', () => {
  it('keeps focus, expansions and selection in the URL, so a reload restores the view', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${server.url}/?focus=pei-gang`);
    await waitForNode(page, 'chinese-academy-of-sciences');
    await settle(page);
    await page.evaluate(() => undefined);
    const box = (await page.getByTestId('graph-canvas').boundingBox())!;
    const point = (await page.evaluate(() =>
      window.__guanxi!.renderedPosition('chinese-academy-of-sciences'),
    ))!;
    await page.mouse.dblclick(box.x + point.x, box.y + point.y);
    await waitForNode(page, 'li-ruxin');
    await page.waitForFunction(() =>
      window.location.search.includes('expand=chinese-academy-of-sciences'),
    );
    const before = (await canvasNodeIds(page)).sort();

    const shared = page.url();
    const { page: other } = await openPage(browser);
    await other.goto(shared);
    await waitForNode(other, 'li-ruxin');
    await settle(other);
    expect((await canvasNodeIds(other)).sort()).toEqual(before);
    await screenshot(other, '15-restored-from-link');
    await other.close();
    await page.close();
  });

  it('exports a PNG, the visible subgraph as Cytoscape JSON, and a GraphiQL link with the query', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${server.url}/?focus=pei-gang`);
    await waitForNode(page, 'chinese-academy-of-sciences');
    await settle(page);

    await page.getByRole('button', { name: 'Export' }).click();
    await screenshot(page, '16-export-menu');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Image \(PNG\)/ }).click(),
    ]);
    const pngBytes = await readFile((await png.path())!);
    expect(png.suggestedFilename()).toBe('guanxi-pei-gang.png');
    expect(pngBytes.subarray(1, 4).toString('ascii')).toBe('PNG');

    await page.getByRole('button', { name: 'Export' }).click();
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Cytoscape JSON/ }).click(),
    ]);
    const cyjs = JSON.parse(await readFile((await json.path())!, 'utf8')) as {
      elements: {
        nodes: { data: { id: string }; position: { x: number } }[];
        edges: { data: { source: string } }[];
      };
    };
    expect(cyjs.elements.nodes.map((node) => node.data.id).sort()).toEqual(
      (await canvasNodeIds(page)).sort(),
    );
    expect(cyjs.elements.edges).toHaveLength(3);
    expect(typeof cyjs.elements.nodes[0]!.position.x).toBe('number');

    await page.getByRole('button', { name: 'Export' }).click();
    const href = (await page.getByTestId('graphiql-link').getAttribute('href'))!;
    const url = new URL(href, server.url);
    expect(url.pathname).toBe('/graphql');
    expect(url.searchParams.get('query')).toContain('neighborhood(');
    expect(JSON.parse(url.searchParams.get('variables')!)).toMatchObject({ id: 'pei-gang' });
    // GraphiQL (served by this server, no CDN) opens with the linked query and variables, and
    // running it returns what the canvas shows.
    const graphiql = await browser.newPage();
    await graphiql.goto(url.toString());
    const run = graphiql.locator('.graphiql-execute-button');
    await run.waitFor();
    await graphiql.waitForFunction(() =>
      document.querySelector('.graphiql-query-editor')?.textContent?.includes('neighborhood'),
    );
    const [answer] = await Promise.all([
      graphiql.waitForResponse(
        (response) => response.url().endsWith('/graphql') && response.request().method() === 'POST',
      ),
      run.click(),
    ]);
    const { data } = (await answer.json()) as {
      data: { neighborhood: { nodes: { id: string }[] } };
    };
    expect(data.neighborhood.nodes.map((node) => node.id).sort()).toEqual(
      (await canvasNodeIds(page)).sort(),
    );
    await screenshot(graphiql, '17-graphiql-from-link');
    await graphiql.close();
    await page.close();
  });
});

describe('keyboard and small screens', () => {
  it('can be used with the keyboard alone: search, walk the graph, expand, open the node menu', async () => {
    const { page } = await openPage(browser);
    await page.goto(server.url);
    await waitForGraph(page, 30);
    await page.keyboard.press('/');
    await page.keyboard.type('Wu Zhiqiang');
    await page.getByRole('option', { name: /Wu Zhiqiang/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.location.search.includes('focus=wu-zhiqiang'));
    await waitForNode(page, 'chinese-academy-of-engineering');
    await settle(page);
    await page.getByTestId('graph-canvas').focus();
    await page.keyboard.press('ArrowRight');
    const first = await page.evaluate(() => window.__guanxi!.selectedIds());
    expect(first).toHaveLength(1);
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => window.__guanxi!.selectedIds())).not.toEqual(first);
    while (
      (await page.evaluate(() => window.__guanxi!.selectedIds()[0])) !==
      'chinese-academy-of-engineering'
    )
      await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      window.location.search.includes('expand=chinese-academy-of-engineering'),
    );
    await page.keyboard.press('m');
    const menu = page.getByTestId('node-menu');
    await menu.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe(
      'menuitem',
    );
    await page.keyboard.press('ArrowDown');
    await screenshot(page, '18-keyboard-menu');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    await page.close();
  });

  it('fits a 390-pixel-wide screen: no sideways scrolling, canvas first, panels below', async () => {
    const { page } = await openPage(browser, PHONE);
    await page.goto(`${server.url}/?focus=pei-gang&selected=pei-gang`);
    await waitForNode(page, 'chinese-academy-of-sciences');
    await settle(page);
    await page.getByTestId('entity-details').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    const canvas = (await page.getByTestId('graph-canvas').boundingBox())!;
    expect(canvas.width).toBeGreaterThan(350);
    await screenshot(page, '19-phone-390');
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await page.getByRole('checkbox', { name: /People/ }).waitFor();
    await screenshot(page, '20-phone-filters');
    await page.close();
  });
});
