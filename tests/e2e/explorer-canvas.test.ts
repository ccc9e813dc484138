import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { EXPAND_PAGE } from '../../client/src/config/limits';
import { ZOOM_STEP } from '../../client/src/features/graph-canvas/lib/viewport';
import { defaultSize } from '../../client/src/lib/url-state';
import { neighbourhoodIds, union } from '../helpers/e2e-api';
import {
  canvasNodeIds,
  classesOf,
  doubleClickNode,
  launchChromium,
  moveView,
  openNodeMenu,
  screenshot,
  selectNode,
  settle,
  waitForGraph,
  waitForNodes,
} from '../helpers/e2e-browser';
import { pagePerTest } from '../helpers/e2e-page-per-test';
import { type E2eServer, startE2eServer } from '../helpers/e2e-server';

jest.setTimeout(90_000);

const ASSOCIATION = 'shanghai-association-of-overseas-returnees';
const ACADEMY = 'chinese-academy-of-sciences';
const PEI_GANG = [
  'chinese-academy-of-sciences',
  'pei-gang',
  ASSOCIATION,
  'symposium-13-opening-ceremony',
];

let server: E2eServer;
let browser: Browser;
/** What the canvas holds after each step, as the API answers the same questions. */
let afterAssociation: string[];
let afterAcademyMembers: string[];
beforeAll(async () => {
  [server, browser] = await Promise.all([startE2eServer(), launchChromium()]);
  const [association, academyMembers] = await Promise.all([
    neighbourhoodIds(server.url, { id: ASSOCIATION, limit: defaultSize.limit }),
    neighbourhoodIds(server.url, { id: ACADEMY, limit: EXPAND_PAGE, relationTypes: ['MEMBER_OF'] }),
  ]);
  afterAssociation = union(PEI_GANG, association);
  afterAcademyMembers = union(afterAssociation, academyMembers);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const visit = pagePerTest(() => ({ browser, url: server.url }));

/** Pei Gang in focus, optionally with the association (and the academy's members) expanded. */
async function visitPeiGang(expanded: 'none' | 'association' | 'both') {
  const expand = {
    none: '',
    association: `&expand=${ASSOCIATION}`,
    both: `&expand=${ASSOCIATION},${ACADEMY}~MEMBER_OF`,
  }[expanded];
  const visited = await visit(`?focus=pei-gang${expand}`);
  const expected = { none: PEI_GANG, association: afterAssociation, both: afterAcademyMembers };
  await waitForNodes(visited.page, expected[expanded]);
  await settle(visited.page);
  return visited;
}

const sortedNodeIds = async (page: Page) => (await canvasNodeIds(page)).sort();
const search = (page: Page) => page.getByTestId('main-search').getByRole('combobox');

describe('search', () => {
  it('suggests entities while typing, despite a typo, with the kind beside each hit', async () => {
    const { page } = await visit('');
    await waitForGraph(page);
    await search(page).fill('pei gan');
    const first = page.getByTestId('main-search').getByRole('option').first();
    await page.getByRole('option', { name: /Pei Gang/ }).waitFor();
    expect(await first.textContent()).toBe('Pei GangPerson');
    await screenshot(page, '02-search-autocomplete');
  });

  it('is keyboard navigable: arrows move, Enter picks, and the neighbourhood loads around the hit', async () => {
    const { page } = await visit('');
    await waitForGraph(page);
    await search(page).fill('pei gan');
    await page.getByRole('option', { name: /Pei Gang/ }).waitFor();
    await search(page).press('ArrowDown');
    await search(page).press('ArrowUp');
    await search(page).press('Enter');
    await page.waitForFunction(
      () => window.location.search === '?focus=pei-gang&selected=pei-gang&v=1',
    );
    await waitForNodes(page, PEI_GANG);
    await settle(page);
    expect(await sortedNodeIds(page)).toEqual(PEI_GANG);
    expect(await classesOf(page, 'pei-gang')).toContain('focus');
    await screenshot(page, '03-focus-pei-gang');
  });

  it('says so when nothing matches', async () => {
    const { page } = await visit('');
    await waitForGraph(page);
    await search(page).fill('qqqzzzxx');
    await page.getByText('Nothing found for “qqqzzzxx”').waitFor();
    expect(await page.getByTestId('main-search').getByRole('option').count()).toBe(0);
    await screenshot(page, '04-search-nothing-found');
  });
});

describe('canvas', () => {
  it('expands a node on double-click without moving what was already drawn', async () => {
    const { page } = await visitPeiGang('none');
    const before = await page.evaluate(() => window.__guanxi?.position('pei-gang'));
    await doubleClickNode(page, ASSOCIATION);
    await waitForNodes(page, afterAssociation);
    await settle(page);
    expect(await sortedNodeIds(page)).toEqual(afterAssociation);
    expect(await page.evaluate(() => window.__guanxi?.position('pei-gang'))).toEqual(before);
    expect(await classesOf(page, ASSOCIATION)).toContain('expanded');
  });

  it('offers expansion by relationship type, with counts, from the context menu', async () => {
    const { page } = await visitPeiGang('association');
    await openNodeMenu(page, ACADEMY);
    const byType = page.getByTestId('node-menu').getByRole('menuitem', {
      name: 'Expand memberships (2)',
    });
    await byType.waitFor();
    await screenshot(page, '05-context-menu');
    await byType.click();
    await waitForNodes(page, afterAcademyMembers);
    expect(await sortedNodeIds(page)).toEqual(afterAcademyMembers);
  });

  it('selecting a node highlights its neighbours and fades the rest', async () => {
    const { page } = await visitPeiGang('both');
    await selectNode(page, 'li-ruxin');
    expect(await page.evaluate(() => window.__guanxi?.selectedIds())).toEqual(['li-ruxin']);
    const withClass = (name: string) =>
      page.evaluate(
        (wanted) =>
          window
            .__guanxi!.nodeIds()
            .filter((id) => window.__guanxi!.classesOf(id).includes(wanted)),
        name,
      );
    expect((await withClass('neighbour')).sort()).toEqual([ACADEMY, 'li-ruxin']);
    expect((await withClass('faded')).sort()).toEqual(
      afterAcademyMembers.filter((id) => id !== ACADEMY && id !== 'li-ruxin'),
    );
    await screenshot(page, '06-neighbour-highlight');
  });

  it('collapses an expansion, and undo/redo step through the exploration', async () => {
    const { page } = await visitPeiGang('association');
    await openNodeMenu(page, ASSOCIATION);
    await page.getByRole('menuitem', { name: 'Collapse' }).click();
    await waitForNodes(page, PEI_GANG);
    await page.getByRole('button', { name: 'Undo' }).click();
    await waitForNodes(page, afterAssociation);
    await page.getByRole('button', { name: 'Redo' }).click();
    await waitForNodes(page, PEI_GANG);
    await page.keyboard.press('Control+z');
    await waitForNodes(page, afterAssociation);
    expect(await sortedNodeIds(page)).toEqual(afterAssociation);
  });

  it('hides a node (H) and shows hidden nodes again; pins a node (P) in place', async () => {
    const { page } = await visitPeiGang('association');
    await selectNode(page, 'wu-zhiqiang');
    await page.keyboard.press('h');
    await waitForNodes(
      page,
      afterAssociation.filter((id) => id !== 'wu-zhiqiang'),
    );
    await page.getByRole('button', { name: 'Show hidden nodes (1)' }).click();
    await waitForNodes(page, afterAssociation);
    await selectNode(page, 'pei-gang');
    await page.keyboard.press('p');
    await page.waitForFunction(() => window.__guanxi?.classesOf('pei-gang').includes('pinned'));
    await screenshot(page, '07-pinned-and-expanded');
  });

  it('asks who knows whom between two nodes picked on the graph', async () => {
    const { page } = await visitPeiGang('both');
    await openNodeMenu(page, 'li-ruxin');
    await page.getByRole('menuitem', { name: 'Who knows whom: from here' }).click();
    await openNodeMenu(page, 'wu-zhiqiang');
    await page.getByRole('menuitem', { name: 'Who knows whom: to here' }).click();
    const results = page.getByTestId('path-results');
    await results.waitFor();
    expect(await page.getByTestId('picked-from').textContent()).toBe('Li Ruxin');
    expect(await page.getByTestId('picked-to').textContent()).toBe('Wu Zhiqiang');
    await page.waitForFunction(() =>
      window.location.search.includes('from=li-ruxin&to=wu-zhiqiang'),
    );
    const chains = await results.locator('.chain').allTextContents();
    expect(
      chains.every((chain) => chain.startsWith('Li Ruxin') && chain.endsWith('Wu Zhiqiang')),
    ).toBe(true);
    await page.getByRole('button', { name: 'Clear paths' }).click();
    await results.waitFor({ state: 'detached' });
  });

  it('zooms in and out and fits the graph to the view', async () => {
    const { page, errors } = await visitPeiGang('none');
    const zoom = () => page.evaluate(() => window.__guanxi?.zoom() ?? 0);
    const start = await zoom();
    await moveView(page, 'Zoom in');
    expect(await zoom()).toBeCloseTo(start * ZOOM_STEP, 6);
    await moveView(page, 'Zoom out');
    await moveView(page, 'Zoom out');
    expect(await zoom()).toBeCloseTo(start / ZOOM_STEP, 6);
    await moveView(page, 'Fit the graph to the view');
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
