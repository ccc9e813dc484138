import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import {
  classesOf,
  launchChromium,
  screenshot,
  settle,
  waitForGraph,
  waitForNode,
} from '../helpers/e2e-browser';
import { pagePerTest } from '../helpers/e2e-page-per-test';
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

const visit = pagePerTest(() => ({ browser, url: server.url }));

const ASSOCIATION = 'shanghai-association-of-overseas-returnees';
/** The association in focus and selected: its details are open. */
async function visitAssociation(): Promise<{ page: Page; errors: string[] }> {
  const visited = await visit(`?focus=${ASSOCIATION}&selected=${ASSOCIATION}`);
  await waitForGraph(visited.page);
  await visited.page
    .getByTestId('entity-details')
    .getByRole('heading', { name: 'Shanghai Association of Overseas Returnees' })
    .waitFor();
  return visited;
}

describe('details panel', () => {
  it('shows properties, aliases and relationships grouped by type, with their evidence', async () => {
    const { page, errors } = await visitAssociation();
    const details = page.getByTestId('entity-details');
    await details.locator('dd', { hasText: 'Shanghai Overseas Returnees Association' }).waitFor();
    await details.getByRole('region', { name: /positions · 2/ }).waitFor();
    const organised = details.getByRole('region', { name: /organised events · 1/ });
    await organised.getByText('co-organised').waitFor();
    const positions = details.getByRole('region', { name: /positions · 2/ });
    expect(await positions.textContent()).toContain('Pei Gang');
    expect(await positions.textContent()).toContain('president');
    await settle(page);
    await screenshot(page, '08-details-panel');
    expect(errors).toEqual([]);
  });

  it('opens the source of a quote with the quoted span highlighted', async () => {
    const { page } = await visitAssociation();
    const quote = page.getByTestId('entity-details').locator('.quote').first();
    const quoted = (await quote.textContent())!.replace(/^“|”$/g, '');
    await quote.click();
    const viewer = page.getByTestId('source-viewer');
    await viewer.locator('mark').waitFor();
    expect(await viewer.locator('mark').textContent()).toBe(quoted);
    expect(await viewer.locator('.source-text').textContent()).toContain('Symposium');
    await screenshot(page, '09-source-with-highlight');
    await page.keyboard.press('Escape');
    await viewer.waitFor({ state: 'detached' });
  });

  it('shows a relationship when an edge is selected, with its evidence', async () => {
    const { page } = await visitAssociation();
    await settle(page);
    const id = 'pei-gang--holds-position--shanghai-association-of-overseas-returnees--president';
    const point = await page.evaluate((edgeId) => {
      const probe = window.__guanxi!;
      const edge = probe.edgeIds().find((candidate) => candidate === edgeId);
      if (!edge) return null;
      const a = probe.renderedPosition('pei-gang')!;
      const b = probe.renderedPosition('shanghai-association-of-overseas-returnees')!;
      return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    }, id);
    expect(point).not.toBeNull();
    const box = (await page.getByTestId('graph-canvas').boundingBox())!;
    await page.mouse.click(box.x + point!.x, box.y + point!.y);
    const edge = page.getByTestId('edge-details');
    await edge.getByText('president').first().waitFor();
    await edge.locator('.quote').first().waitFor();
    await screenshot(page, '10-edge-details');
  });
});

describe('who knows whom', () => {
  it('finds the paths between two people, draws them highlighted and explains each hop', async () => {
    const { page } = await visitAssociation();
    await page.getByRole('tab', { name: 'Who knows whom' }).click();
    const panel = page.getByTestId('paths-panel');
    await panel.getByRole('combobox', { name: /From/ }).fill('Pei Gang');
    await page.getByRole('option', { name: /Pei Gang/ }).click();
    await panel.getByRole('combobox', { name: /To/ }).fill('Wan Gang');
    await page.getByRole('option', { name: /Wan Gang/ }).click();
    await panel.getByRole('button', { name: 'Find connections' }).click();
    const results = page.getByTestId('path-results');
    await results.waitFor();
    await results
      .getByText(/Pei Gang is president of the Shanghai Association of Overseas Returnees/)
      .first()
      .waitFor();
    await waitForNode(page, 'wan-gang');
    await settle(page);
    expect(await classesOf(page, 'wan-gang')).toContain('on-path');
    expect(await classesOf(page, 'pei-gang')).toContain('on-path');
    expect(page.url()).toContain('from=pei-gang');
    expect(page.url()).toContain('to=wan-gang');
    await screenshot(page, '11-who-knows-whom');
  });

  it('restores the path question from the link, and respects the hop limit and avoided hubs', async () => {
    const { page: short } = await visit('?from=pei-gang&to=wan-gang&hops=2');
    await short.getByText('No connection found').waitFor();
    const { page } = await visit(
      `?from=pei-gang&to=wan-gang&hops=4&avoid=shanghai-association-of-overseas-returnees`,
    );
    const results = page.getByTestId('path-results');
    await results.waitFor();
    // No path runs through it; a quote may still name it beside the entities it links.
    const avoided = results.getByRole('button', {
      name: 'Shanghai Association of Overseas Returnees',
      exact: true,
    });
    expect(await results.locator('.path-card').count()).toBeGreaterThan(0);
    expect(await avoided.count()).toBe(0);
    await waitForNode(page, 'wan-gang');
    expect(await classesOf(page, 'wan-gang')).toContain('on-path');
  });
});

describe('affiliations', () => {
  it('lists a person’s institutions with each one’s parent chain', async () => {
    const { page } = await visit('?focus=cheng-tong&selected=cheng-tong');
    await waitForGraph(page);
    await page.getByRole('tab', { name: 'Affiliations' }).click();
    const panel = page.getByTestId('affiliations');
    const item = panel.locator('.relation-item', { hasText: 'United Front Work Department' });
    await item.waitFor();
    expect(await item.textContent()).toContain('director');
    expect(await item.textContent()).toContain('Communist Party of China');
    await screenshot(page, '12-affiliations-person');
  });

  it('shows an institution’s hierarchy and the people in it with their roles', async () => {
    const { page, errors } = await visit('?focus=cheng-tong&selected=cheng-tong');
    await waitForGraph(page);
    await page.getByRole('tab', { name: 'Affiliations' }).click();
    await page
      .getByTestId('affiliations')
      .getByRole('button', { name: 'Communist Party of China', exact: true })
      .first()
      .click();
    const panel = page.getByTestId('affiliations');
    await panel
      .getByRole('heading', { name: 'Affiliations of Communist Party of China' })
      .waitFor();
    await panel
      .getByRole('button', {
        name: 'Shanghai Committee of the Communist Party of China',
        exact: true,
      })
      .waitFor();
    const people = panel.getByRole('region', { name: /People/ });
    await people.getByText('Cheng Tong').first().waitFor();
    expect(await people.textContent()).toContain('director');
    await screenshot(page, '13-affiliations-institution');
    expect(errors).toEqual([]);
  });
});
