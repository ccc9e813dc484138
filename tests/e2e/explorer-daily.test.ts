import { describe, expect, it, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import {
  classesOf,
  clickNode,
  nodePoint,
  openNodeMenu,
  screenshot,
  selectNode,
  settle,
  waitForGraph,
  waitForNode,
} from '../helpers/e2e-browser';
import { explorerOverArticle } from '../helpers/e2e-page-per-test';

/*
 * What stood between a journalist and an answer in daily use (issue 13): undo on arrival,
 * unreadable labels, links that do not restore the view, stale ids, expansions out of sight,
 * and small inconsistencies between the panels and the canvas.
 */
jest.setTimeout(90_000);

const { visit } = explorerOverArticle();

const PEI_GANG = 'pei-gang';
const CAS = 'chinese-academy-of-sciences';
const LONGEST_NAME = 'ufwd-cpc-shanghai-committee';

const nodeCount = (page: Page) => page.evaluate(() => window.__guanxi!.visibleNodeIds().length);
const selectedIds = (page: Page) => page.evaluate(() => window.__guanxi!.selectedIds());

async function opened(link: string): Promise<{ page: Page; errors: string[] }> {
  const visited = await visit(link);
  await waitForGraph(visited.page);
  await settle(visited.page);
  return visited;
}

describe('arrival', () => {
  it('undo is off on arrival, and Ctrl+Z does not empty the opening picture', async () => {
    const { page, errors } = await opened('');
    const drawn = await nodeCount(page);
    expect(drawn).toBeGreaterThan(20);
    await expect(page.getByRole('button', { name: /^Undo/ }).isDisabled()).resolves.toBe(true);
    await page.getByTestId('graph-canvas').focus();
    await page.keyboard.press('Control+z');
    await settle(page);
    expect(await nodeCount(page)).toBe(drawn);
    expect(errors).toEqual([]);
  });

  it('every label drawn at the opening zoom is at least 11 px; hovering shows the whole name', async () => {
    const { page } = await opened('');
    const sizes = await page.evaluate(() => {
      const probe = window.__guanxi!;
      return probe.visibleNodeIds().map((id) => probe.labelPx(id));
    });
    for (const px of sizes) if (px !== null) expect(px).toBeGreaterThanOrEqual(11);
    // Zoomed out, the best-connected nodes keep a readable label as landmarks.
    expect(sizes.filter((px) => px !== null).length).toBeGreaterThanOrEqual(5);
    await screenshot(page, '39-opening-labels');

    // Names are never cut: the label carries the whole name (wrapped), the tooltip shows it too.
    const fullName =
      'United Front Work Department of the Shanghai Committee of the Communist Party of China';
    expect(await page.evaluate((id) => window.__guanxi!.labelText(id), LONGEST_NAME)).toBe(
      fullName,
    );
    const { x, y } = await nodePoint(page, LONGEST_NAME);
    await page.mouse.move(x, y);
    await expect(page.getByTestId('node-tooltip').textContent()).resolves.toContain(fullName);
    await screenshot(page, '40-hover-tooltip');
    await page.mouse.move(5, 5);
    await page.getByTestId('node-tooltip').waitFor({ state: 'detached' });
  });
});

describe('a shared link restores the view', () => {
  it('keeps hidden and pinned nodes, the industry chip and the selected relationship', async () => {
    const { page } = await opened('?focus=biomedicine&depth=2');
    await page.getByRole('button', { name: 'Biomedicine' }).first().click();
    await page.waitForFunction(() => window.location.search.includes('industry=biomedicine'));
    await settle(page);
    const [hidden, pinned] = (
      await page.evaluate(() => window.__guanxi!.visibleNodeIds().sort())
    ).filter((id) => id !== 'biomedicine');
    await openNodeMenu(page, hidden!);
    await page.getByRole('menuitem', { name: 'Hide' }).click();
    await waitForNode(page, hidden!, false);
    await openNodeMenu(page, pinned!);
    await page.getByRole('menuitem', { name: 'Pin in place' }).click();
    await page.waitForFunction((id) => window.location.search.includes(`pin=${id}:`), pinned!);
    const pinnedAt = await page.evaluate((id) => window.__guanxi!.position(id), pinned!);

    const shared = page.url();
    expect(shared).toContain(`hide=${hidden}`);
    expect(shared).toContain('v=1');
    const { page: other } = await opened(new URL(shared).search);
    await waitForNode(other, pinned!);
    expect(await other.evaluate(() => window.__guanxi!.nodeIds())).not.toContain(hidden);
    expect(await classesOf(other, pinned!)).toContain('pinned');
    const restoredAt = await other.evaluate((id) => window.__guanxi!.position(id), pinned!);
    expect(restoredAt!.x).toBeCloseTo(pinnedAt!.x, 0);
    expect(restoredAt!.y).toBeCloseTo(pinnedAt!.y, 0);
    await expect(
      other.getByRole('button', { name: 'Biomedicine' }).first().getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    expect(await other.evaluate(() => window.__guanxi!.visibleNodeIds().sort())).toEqual(
      await page.evaluate(() => window.__guanxi!.visibleNodeIds().sort()),
    );
  });

  it('restores a selected relationship, and never selects a node the link hides', async () => {
    const edge = `${PEI_GANG}--member-of--${CAS}--member`;
    const { page } = await opened(`?focus=${PEI_GANG}&edge=${edge}`);
    await page.waitForFunction((id) => window.__guanxi!.selectedIds().includes(id), edge);
    await page.getByTestId('edge-details').waitFor();

    const { page: hiding } = await opened(`?focus=${PEI_GANG}&selected=${CAS}&hide=${CAS}`);
    expect(await selectedIds(hiding)).toEqual([]);
    await hiding.getByText('Nothing selected').waitFor();
    expect(hiding.url()).not.toContain('selected=');
  });

  it('copies the link of the view', async () => {
    const { page } = await opened(`?focus=${PEI_GANG}`);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('button', { name: 'Link copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
  });
});

describe('a stale id never breaks the view', () => {
  it('an unknown focus gives the overview and says the entity is not in the graph', async () => {
    const { page } = await opened('?focus=no-such-entity');
    expect(await nodeCount(page)).toBeGreaterThan(20);
    const notice = page.getByTestId('link-notice');
    await expect(notice.textContent()).resolves.toContain('no-such-entity');
    await expect(page.getByText('Try again').count()).resolves.toBe(0);
  });

  it('one unknown expansion is dropped with a note; the rest of the view is restored', async () => {
    const { page } = await opened(`?focus=${PEI_GANG}&expand=no-such-entity,${CAS}`);
    await waitForNode(page, 'li-ruxin');
    await expect(page.getByTestId('link-notice').textContent()).resolves.toContain(
      'no-such-entity',
    );
    await page.waitForFunction(() => window.location.search.includes('expand=chinese-academy'));
    await page.getByTestId('link-notice').getByRole('button', { name: 'Dismiss' }).click();
    await page.getByTestId('link-notice').waitFor({ state: 'detached' });
  });
});

describe('expanding keeps the reader with the picture', () => {
  it('new nodes that land out of sight are brought into view', async () => {
    const { page } = await opened(`?focus=${PEI_GANG}&depth=1`);
    await selectNode(page, CAS);
    // Zoom right in, so that whatever the expansion adds lands outside the view.
    for (let step = 0; step < 6; step++)
      await page.getByRole('button', { name: /^Zoom in/ }).click();
    await settle(page);
    const before = new Set(await page.evaluate(() => window.__guanxi!.nodeIds()));
    await page.getByTestId('graph-canvas').focus();
    await page.keyboard.press('Enter');
    await waitForNode(page, 'li-ruxin');
    await settle(page);
    const added = (await page.evaluate(() => window.__guanxi!.nodeIds())).filter(
      (id) => !before.has(id),
    );
    expect(added.length).toBeGreaterThan(0);
    const box = (await page.getByTestId('graph-canvas').boundingBox())!;
    for (const id of added) {
      const at = (await page.evaluate((nodeId) => window.__guanxi!.renderedPosition(nodeId), id))!;
      expect(at.x).toBeGreaterThanOrEqual(0);
      expect(at.y).toBeGreaterThanOrEqual(0);
      expect(at.x).toBeLessThanOrEqual(box.width);
      expect(at.y).toBeLessThanOrEqual(box.height);
    }
  });

  it('more hops show the whole new picture, not faded shapes', async () => {
    const { page } = await opened(`?focus=${PEI_GANG}&selected=${PEI_GANG}`);
    await page.getByLabel('Hops').first().selectOption('3');
    await page.waitForFunction(() => window.location.search.includes('depth=3'));
    await settle(page);
    const faded = await page.evaluate(() =>
      window
        .__guanxi!.visibleNodeIds()
        .filter((id) => window.__guanxi!.classesOf(id).includes('faded')),
    );
    expect(faded).toEqual([]);
  });
});

describe('panels and canvas agree', () => {
  it('an industry offers no Affiliations, and its tab explains instead of failing', async () => {
    const { page } = await opened('?focus=biomedicine&selected=biomedicine');
    const details = page.getByTestId('entity-details');
    await details.getByRole('heading', { name: 'Biomedicine' }).waitFor();
    await expect(details.getByRole('button', { name: 'Affiliations' }).count()).resolves.toBe(0);
    await openNodeMenu(page, 'biomedicine');
    await expect(page.getByRole('menuitem', { name: 'Affiliations' }).count()).resolves.toBe(0);
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Affiliations' }).click();
    await page.getByText('Select a person or an institution').waitFor();
  });

  it('picking a search result keeps the open tab', async () => {
    const { page } = await opened(`?focus=${PEI_GANG}&selected=${PEI_GANG}`);
    await page.getByRole('tab', { name: 'Affiliations' }).click();
    const search = page.getByTestId('main-search').getByRole('combobox');
    await search.fill('Wan Gang');
    await page
      .getByRole('option', { name: /Wan Gang/ })
      .first()
      .click();
    await page.getByRole('heading', { name: /Affiliations of Wan Gang/ }).waitFor();
    await expect(
      page.getByRole('tab', { name: 'Affiliations' }).getAttribute('aria-selected'),
    ).resolves.toBe('true');
  });

  it('an industry chip follows the hops setting and does not zoom far in', async () => {
    const { page } = await opened('?focus=biomedicine&depth=2');
    const atTwoHops = await nodeCount(page);
    await page.getByRole('button', { name: 'Biomedicine' }).first().click();
    await page.waitForFunction(() => window.location.search.includes('industry=biomedicine'));
    await settle(page);
    // The chip keeps what lies within two hops of the industry, not only its direct ties.
    expect(await nodeCount(page)).toBe(atTwoHops);
    expect(await page.evaluate(() => window.__guanxi!.zoom())).toBeLessThanOrEqual(1.3);
  });

  it('hiding the selected node closes its details', async () => {
    const { page } = await opened(`?focus=${PEI_GANG}`);
    await selectNode(page, CAS);
    await page.getByTestId('entity-details').waitFor();
    await page.keyboard.press('h');
    await waitForNode(page, CAS, false);
    await page.getByText('Nothing selected').waitFor();
  });

  it('clicking the canvas gives it the keyboard', async () => {
    const { page } = await opened(`?focus=${PEI_GANG}`);
    await page.getByTestId('main-search').getByRole('combobox').focus();
    await clickNode(page, PEI_GANG);
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute('data-testid')),
    ).resolves.toBe('graph-canvas');
  });
});
