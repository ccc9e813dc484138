import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { GraphFileInput } from '@guanxi/graph-schema';
import { type Executor, loadGraph } from '@guanxi/server';
import type { Browser, Locator, Page } from 'playwright-core';
import { CONNECTIONS_OPERATION, type PathResult } from '../helpers/connections-operation';
import {
  classesOf,
  launchChromium,
  screenshot,
  settle,
  waitForGraph,
} from '../helpers/e2e-browser';
import { pagePerTest } from '../helpers/e2e-page-per-test';
import { type E2eServer, startE2eServer } from '../helpers/e2e-server';
import { seedArticle } from '../helpers/seed-article';

jest.setTimeout(90_000);

/** A second source that states its publisher, date and address, unlike the article. */
const WIRE_TEXT = 'Zhao Lei, a returnee engineer, spoke in Pudong on Saturday.';
const wireReport: GraphFileInput = {
  format: 'guanxi-graph/1',
  sources: [
    {
      id: 'wire-report',
      title: 'Returnees meet in Pudong',
      publisher: 'Example Wire',
      publishedAt: '2024-05-18',
      url: 'https://news.example.org/returnees',
      text: WIRE_TEXT,
    },
  ],
  entities: [
    {
      id: 'zhao-lei',
      kind: 'PERSON',
      name: 'Zhao Lei',
      evidence: [{ sourceId: 'wire-report', quote: 'Zhao Lei', start: 0, end: 8 }],
    },
  ],
  relationships: [],
};

async function seedArticleAndWire(executor: Executor): Promise<void> {
  await seedArticle(executor);
  const loaded = await loadGraph(executor, wireReport, () => undefined);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
}

let server: E2eServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([startE2eServer(seedArticleAndWire), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const visit = pagePerTest(() => ({ browser, url: server.url }));

const SYMPOSIUM = 'symposium-chinese-scholars-shanghai-development-13';
const PEI_TO_WAN = '?from=pei-gang&to=wan-gang&hops=4';

/** The paths the API answers for the question the panel asks, in the panel's order. */
async function pathsBetween(from: string, to: string): Promise<PathResult[]> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: CONNECTIONS_OPERATION, variables: { from, to, maxHops: 4 } }),
  });
  const body = (await response.json()) as { data: { connections: PathResult[] } };
  return body.data.connections;
}

/** For each path, an edge that no earlier path has: it is drawn in that path's colour. */
function ownEdges(paths: readonly PathResult[]): string[] {
  return paths.map((path, index) => {
    const earlier = new Set(
      paths.slice(0, index).flatMap((p) => p.steps.map((step) => step.relationshipId)),
    );
    return path.steps.find((step) => !earlier.has(step.relationshipId))!.relationshipId;
  });
}

async function pathResults(link: string): Promise<{ page: Page; results: Locator }> {
  const { page } = await visit(link);
  const results = page.getByTestId('path-results');
  await results.locator('.path-card').first().waitFor();
  await settle(page);
  return { page, results };
}

/** The quote the source viewer highlights, once it has opened. */
async function highlighted(page: Page): Promise<string> {
  const mark = page.getByTestId('source-viewer').locator('mark');
  await mark.waitFor();
  return (await mark.textContent())!;
}

const quoteText = async (quote: Locator): Promise<string> =>
  (await quote.textContent())!.replace(/^“|”$/g, '');

async function openDetails(id: string, name: string): Promise<Locator> {
  const { page } = await visit(`?focus=${id}&selected=${id}`);
  await waitForGraph(page);
  const details = page.getByTestId('entity-details');
  await details.getByRole('heading', { name }).waitFor();
  return details;
}

const rgb = (color: string): string => color.replace(/\s+/g, '');

describe('path evidence', () => {
  it('each step quotes the span that states it, and the quote opens the article there', async () => {
    const { page, results } = await pathResults(PEI_TO_WAN);
    const hosted = results
      .locator('.quote', { hasText: 'hosted the opening ceremony of the symposium' })
      .first();
    await hosted.waitFor();
    const quoted = await quoteText(hosted);
    expect(quoted).toContain('Pei Gang');
    for (const step of await results.locator('.path-steps li').all())
      expect(await step.locator('.quote').count()).toBeGreaterThan(0);
    await hosted.click();
    expect(await highlighted(page)).toBe(quoted);
    await screenshot(page, 'evidence-path-quote-in-source');
  });

  it('a step with several quotes shows the best one, and all of them on demand', async () => {
    const { page, results } = await pathResults('?from=cheng-tong&to=communist-party-of-china');
    const step = results.locator('.path-steps li', { has: page.locator('.quotes-toggle') }).first();
    await step.waitFor();
    expect(await step.locator('.quote').count()).toBe(1);
    await step.getByRole('button', { name: 'All 2 quotes' }).click();
    await step.locator('.quote').nth(1).waitFor();
    expect(await step.locator('.quote').count()).toBe(2);
    const second = step.locator('.quote').nth(1);
    const quoted = await quoteText(second);
    await second.click();
    expect(await highlighted(page)).toBe(quoted);
  });

  it('each path has its own colour, the same on its card and on the canvas', async () => {
    const paths = await pathsBetween('pei-gang', 'wan-gang');
    expect(paths.length).toBeGreaterThan(1);
    const { page, results } = await pathResults(PEI_TO_WAN);
    const swatches = await results
      .getByTestId('path-swatch')
      .evaluateAll((spans) => spans.map((span) => getComputedStyle(span).backgroundColor));
    expect(swatches).toHaveLength(paths.length);
    expect(new Set(swatches).size).toBe(paths.length);
    const edges = ownEdges(paths);
    const drawn = await page.evaluate(
      (ids) => ids.map((id) => window.__guanxi!.styleOf(id, 'line-color')),
      edges,
    );
    expect(drawn.map(rgb)).toEqual(swatches.map(rgb));
    await screenshot(page, 'evidence-path-colours');
  });

  it('a path card isolates its path on the canvas from the keyboard, and again restores', async () => {
    const paths = await pathsBetween('pei-gang', 'wan-gang');
    const [firstOwn, secondOwn] = ownEdges(paths);
    const { page, results } = await pathResults(PEI_TO_WAN);
    const isolate = results
      .getByRole('region', { name: 'Path 2' })
      .getByRole('button', { name: 'Isolate', exact: true });
    await isolate.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => window.__guanxi!.classesOf(id).includes('faded'), firstOwn!);
    expect(await isolate.getAttribute('aria-pressed')).toBe('true');
    expect(await classesOf(page, secondOwn!)).toContain('on-path');
    expect(await classesOf(page, secondOwn!)).not.toContain('faded');
    for (const node of paths[1]!.nodes)
      expect(await classesOf(page, node.id)).not.toContain('faded');
    await screenshot(page, 'evidence-path-isolated');
    await page.keyboard.press('Space');
    await page.waitForFunction(
      (id) => !window.__guanxi!.classesOf(id).includes('faded'),
      firstOwn!,
    );
    expect(await isolate.getAttribute('aria-pressed')).toBe('false');
    expect(await classesOf(page, firstOwn!)).toContain('on-path');
  });
});

describe('evidence in the details panel', () => {
  it('an organiser’s quote names the organisation, and ends where its clause ends', async () => {
    const details = await openDetails(
      SYMPOSIUM,
      '13th Symposium on Chinese Scholars and Shanghai’s Development in the 21st Century',
    );
    for (const organiser of [
      'Shanghai Youth Intellectuals Friendship Association',
      'Shanghai Association of Overseas Returnees',
    ]) {
      const item = details.locator('.relation-item', {
        has: details.page().getByRole('button', { name: organiser, exact: true }),
      });
      const best = await quoteText(item.locator('.quote').first());
      expect(best).toContain(organiser);
      expect(best).toContain('co-organized by');
      expect(best).not.toMatch(/\b(and|by|of|the),?$/);
    }
  });

  it('a quote is not cut before the name it quotes ends', async () => {
    const details = await openDetails(
      'symposium-chinese-scholars-shanghai-development',
      'Symposium on Chinese Scholars and Shanghai’s Development in the 21st Century',
    );
    const edition = details.locator('.relation-item', {
      has: details.page().getByRole('button', { name: /13th Symposium/ }),
    });
    expect(await quoteText(edition.locator('.quote').first())).toBe(
      'The 13th Symposium on Chinese Scholars and Shanghai’s Development in the 21st Century',
    );
  });

  it('shows each quote once, the best first, and all of them on demand', async () => {
    const academy = await openDetails('chinese-academy-of-sciences', 'Chinese Academy of Sciences');
    const academyQuotes = academy
      .getByRole('region', { name: 'Evidence', exact: true })
      .locator('.quote');
    expect(await academyQuotes.allTextContents()).toEqual(['“Chinese Academy of Sciences”']);

    const party = await openDetails('communist-party-of-china', 'Communist Party of China');
    const evidence = party.getByRole('region', { name: 'Evidence', exact: true });
    expect(await evidence.locator('.quote').allTextContents()).toEqual([
      '“Communist Party of China”',
    ]);
    const all = evidence.getByRole('button', { name: 'All 2 quotes' });
    expect(await all.getAttribute('aria-expanded')).toBe('false');
    await all.click();
    expect(await evidence.locator('.quote').allTextContents()).toEqual([
      '“Communist Party of China”',
      '“CPC”',
    ]);
    await evidence.getByRole('button', { name: '“CPC”' }).click();
    expect(await highlighted(party.page())).toBe('CPC');
  });
});

describe('the source dialog', () => {
  it('says plainly when the source states no publisher, date or address', async () => {
    const details = await openDetails('pei-gang', 'Pei Gang');
    await details.locator('.quote').first().click();
    const facts = details.page().getByTestId('source-facts');
    await facts.waitFor();
    for (const label of ['Publisher', 'Published', 'Address'])
      expect(await facts.locator('dt', { hasText: label }).count()).toBe(1);
    expect(await facts.locator('dd', { hasText: 'not stated in the source' }).count()).toBe(3);
    expect(await facts.textContent()).toContain('title is descriptive');
    await screenshot(details.page(), 'evidence-source-not-stated');
  });

  it('shows the publisher, the date and a link to the address when the source has them', async () => {
    const details = await openDetails('zhao-lei', 'Zhao Lei');
    await details.locator('.quote').first().click();
    const page = details.page();
    const facts = page.getByTestId('source-facts');
    await facts.waitFor();
    const text = await facts.textContent();
    expect(text).toContain('Example Wire');
    expect(text).toContain('2024-05-18');
    expect(text).not.toContain('not stated');
    const link = facts.getByRole('link', { name: 'https://news.example.org/returnees' });
    expect(await link.getAttribute('href')).toBe('https://news.example.org/returnees');
    expect(await link.getAttribute('rel')).toContain('noopener');
    expect(await highlighted(page)).toBe('Zhao Lei');
  });
});
