import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import {
  canvasNodeIds,
  launchChromium,
  openPage,
  PHONE,
  screenshot,
  SCREENSHOT_DIR,
  settle,
} from '../helpers/e2e-browser';
import { type E2eServer, startE2eServer } from '../helpers/e2e-server';
import { seedArticle } from '../helpers/seed-article';

jest.setTimeout(120_000);

const TOKEN = 'e2e-ingest-write-token-7d41';
/** The review screen as README shows it; copied to docs/images/ by hand when the screen changes. */
const README_SCREENSHOT = path.join(SCREENSHOT_DIR, 'ingest-review.png');

/**
 * A short article in the genre: a person the graph knows with his office, a new person and a
 * new body, an event at a venue, and a photo credit that names nobody.
 */
const ARTICLE = `Returnee scientists discuss quantum chips in Shanghai

Mr. Pei Gang, president of the Shanghai Association of Overseas Returnees, opened the Symposium on Quantum Chip Talent on Monday at the Shanghai Science Hall.

Ms. Lin Xiaowen, director of the Zhangjiang Quantum Research Institute, spoke on superconducting qubits at the symposium.

Pei Gang thanked Lin Xiaowen and the institute for their support.

Photo by Ti Gon
`;

let server: E2eServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([
    startE2eServer(seedArticle, {
      tokens: [{ label: 'curator', scope: 'write', token: TOKEN }],
      persistedOnly: true,
    }),
    launchChromium(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function graphCounts(): Promise<{ entities: number; sources: number }> {
  const [row] = await server.database.executor.run(
    'e2eIngestCounts',
    'RETURN COUNT { (:Entity) } AS entities, COUNT { (:Source) } AS sources',
  );
  return { entities: Number(row!.get('entities')), sources: Number(row!.get('sources')) };
}

async function entityIdsNamed(names: readonly string[]): Promise<Map<string, string>> {
  const rows = await server.database.executor.run(
    'e2eIngestEntities',
    'MATCH (e:Entity) WHERE e.name IN $names RETURN e.name AS name, e.id AS id',
    { names },
  );
  return new Map(rows.map((row) => [row.get('name') as string, row.get('id') as string]));
}

/** Opens the screen from the top bar, by keyboard. */
async function openIngest(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Ingest', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'Ingest an article' }).waitFor();
}

async function propose(page: Page): Promise<void> {
  const screen = page.getByTestId('ingest-screen');
  await screen.getByLabel('Write token').fill(TOKEN);
  await screen.getByLabel('Article text').fill(ARTICLE);
  await screen.getByRole('button', { name: 'Propose' }).click();
  await screen.getByTestId('candidate').first().waitFor({ timeout: 30_000 });
}

/** A candidate's card, by its accessible name ("Pei Gang, person, accepted, matches …"). */
const card = (page: Page, label: RegExp) => page.getByRole('article', { name: label });

/**
 * Walks the candidate list with j/k, as a reviewer does, until the card whose accessible name
 * matches `label` has focus.
 */
async function moveTo(page: Page, label: RegExp): Promise<void> {
  const labels = await page
    .getByTestId('candidate')
    .evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-label') ?? ''));
  const target = labels.findIndex((text) => label.test(text));
  if (target < 0) throw new Error(`no candidate matches ${label}: ${labels.join(' | ')}`);
  await page.waitForFunction(
    () => document.activeElement?.getAttribute('data-testid') === 'candidate',
  );
  const current = labels.indexOf(
    await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''),
  );
  const key = target > current ? 'j' : 'k';
  for (let step = 0; step < Math.abs(target - current); step++) await page.keyboard.press(key);
  await page.waitForFunction(
    (source) => new RegExp(source).test(document.activeElement?.getAttribute('aria-label') ?? ''),
    label.source,
  );
}

async function decideBy(page: Page, label: RegExp, key: 'a' | 'r' | 'u'): Promise<void> {
  await moveTo(page, label);
  await page.keyboard.press(key);
  const wanted = { a: 'ACCEPTED', r: 'REJECTED', u: 'UNSURE' }[key];
  await card(page, label)
    .and(page.locator(`[data-decision="${wanted}"]`))
    .waitFor();
}

const decisionOf = (page: Page, label: RegExp) => card(page, label).getAttribute('data-decision');

const PEI_GANG = /^Pei Gang, person/;
const ASSOCIATION = /^Shanghai Association of Overseas Returnees, institution/;
const PEI_PRESIDENT =
  /^Pei Gang, president, Shanghai Association of Overseas Returnees: relationship/;
const EVENT = /^Symposium on Quantum Chip Talent, event/;
const RENAMED_EVENT = /^Quantum Chip Talent Symposium, event/;
const HELD_AT = /^Quantum Chip Talent Symposium, .*, Shanghai Science Hall: relationship/;
const HALL = /^Shanghai Science Hall, place/;
const LIN = /^Lin Xiaowen, person/;
const LIN_DIRECTOR = /^Lin Xiaowen, director, Zhangjiang Quantum Research Institute: relationship/;
const INSTITUTE = /^Zhangjiang Quantum Research Institute, institution/;
const LIN_AT_EVENT = /^Lin Xiaowen, .*, Quantum Chip Talent Symposium: relationship/;

describe('ingest', () => {
  it('a proposal writes no entity until commit, and a missing token is explained', async () => {
    const { context, page, errors } = await openPage(browser, PHONE);
    try {
      await page.goto(server.url);
      await openIngest(page);
      const before = await graphCounts();
      const screen = page.getByTestId('ingest-screen');
      await screen.getByLabel('Article text').fill(ARTICLE);
      await screen.getByRole('button', { name: 'Propose' }).click();
      await screen.getByRole('alert').filter({ hasText: 'Authorization: Bearer' }).waitFor();
      await screen.getByText('Check the write token above.').waitFor();

      await propose(page);
      await page.waitForFunction(() => /[?&]ingest=[0-9a-f-]{8,}/.test(window.location.search));
      expect(await graphCounts()).toEqual({ ...before, sources: before.sources + 1 });
      expect((await entityIdsNamed(['Lin Xiaowen'])).size).toBe(0);
      // Usable at 390 px: nothing wider than the screen, the commit button within reach.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
      await screen.getByRole('button', { name: 'Commit' }).scrollIntoViewIfNeeded();
      expect(await screen.getByRole('button', { name: 'Commit' }).isVisible()).toBe(true);
      await screenshot(page, '30-ingest-phone');

      // A decision the server refuses (no token now) shows at once, then rolls back with why.
      await screen.getByLabel('Write token').fill('');
      const first = screen.getByTestId('candidate').first();
      await first.focus();
      await page.keyboard.press('a');
      await screen
        .getByRole('alert')
        .filter({ hasText: /Not saved: .*Authorization/ })
        .waitFor();
      await page.waitForFunction(
        () =>
          document.querySelector('[data-testid="candidate"]')?.getAttribute('data-decision') ===
          'PENDING',
      );
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('proposes, is reviewed by keyboard, keeps decisions across a reload, commits and opens the result in the graph', async () => {
    const { context, page, errors } = await openPage(browser);
    try {
      await page.goto(server.url);
      await openIngest(page);
      await propose(page);
      const screen = page.getByTestId('ingest-screen');

      // Candidates with their evidence: Pei Gang matched, with why; the photo credit is noise.
      const pei = card(page, PEI_GANG);
      expect(await pei.textContent()).toMatch(/matches Pei Gang — same name/);
      await card(page, LIN).getByText('new entity').waitFor();
      expect(await screen.locator('.sentence.noise').textContent()).toBe('Photo by Ti Gon');
      expect(await screen.locator('mark.evidence-entity').count()).toBeGreaterThan(5);

      // Review from the keyboard.
      await screen.getByTestId('candidate').first().focus();
      await decideBy(page, PEI_GANG, 'a');
      await decideBy(page, ASSOCIATION, 'a');
      await decideBy(page, PEI_PRESIDENT, 'a');
      await moveTo(page, EVENT);
      await page.keyboard.press('e');
      await screen.getByLabel(/New name for/).fill('Quantum Chip Talent Symposium');
      await page.keyboard.press('Enter');
      await card(page, RENAMED_EVENT).and(page.locator('[data-decision="ACCEPTED"]')).waitFor();
      await decideBy(page, HELD_AT, 'a');
      await decideBy(page, HALL, 'r');
      await decideBy(page, LIN, 'a');
      await decideBy(page, LIN_DIRECTOR, 'a');
      await decideBy(page, INSTITUTE, 'a');
      await decideBy(page, LIN_AT_EVENT, 'a');
      await screen.getByRole('status').filter({ hasText: 'Decisions saved' }).waitFor();
      await moveTo(page, PEI_GANG);
      await settle(page);
      await mkdir(path.dirname(README_SCREENSHOT), { recursive: true });
      await page.screenshot({ path: README_SCREENSHOT });

      // A reload reopens the draft with every decision, and who made it.
      const draftUrl = page.url();
      expect(draftUrl).toMatch(/[?&]ingest=[0-9a-f-]{8,}/);
      await page.reload();
      await screen.getByTestId('candidate').first().waitFor();
      for (const label of [PEI_GANG, ASSOCIATION, RENAMED_EVENT, LIN, INSTITUTE, LIN_AT_EVENT])
        expect(await decisionOf(page, label)).toBe('ACCEPTED');
      expect(await decisionOf(page, HALL)).toBe('REJECTED');
      expect(await card(page, PEI_GANG).textContent()).toMatch(/accepted by curator/);
      expect(await card(page, RENAMED_EVENT).textContent()).toMatch(
        /“Symposium on Quantum Chip Talent”/,
      );

      // The preview: three new entities, two matched, three relationships, one skipped (its venue was rejected).
      const preview = screen.getByTestId('commit-preview');
      const count = async (id: string) =>
        Number(await preview.getByTestId(`preview-${id}`).locator('dd').textContent());
      expect(await count('create')).toBe(3);
      expect(await count('match')).toBe(2);
      expect(await count('relationships')).toBe(3);
      expect(await count('skipped')).toBe(1);
      await preview.getByText(/accepted relationship is skipped/).click();
      await preview.getByText(/Shanghai Science Hall is rejected/).waitFor();

      const before = await graphCounts();
      await preview.getByRole('button', { name: 'Commit' }).click();
      const result = screen.getByTestId('commit-result');
      await result.waitFor();
      const written = async (id: string) =>
        Number(await result.getByTestId(`result-${id}`).locator('dd').textContent());
      expect(await written('entities-created')).toBe(3);
      expect(await written('entities-matched')).toBe(2);
      expect(await written('relationships-skipped')).toBe(1);
      expect(await graphCounts()).toEqual({ ...before, entities: before.entities + 3 });

      // Neo4j holds the new entities; the screen puts them and the matched ones on the canvas.
      const ids = await entityIdsNamed([
        'Lin Xiaowen',
        'Zhangjiang Quantum Research Institute',
        'Quantum Chip Talent Symposium',
      ]);
      expect(ids.size).toBe(3);
      await result.getByRole('button', { name: 'Open in graph' }).click();
      await screen.waitFor({ state: 'detached' });
      await page.waitForFunction(() => !window.location.search.includes('ingest='));
      const wanted = [...ids.values(), 'pei-gang', 'shanghai-association-of-overseas-returnees'];
      await page.waitForFunction(
        (all) => all.every((id) => window.__guanxi?.nodeIds().includes(id)),
        wanted,
        { timeout: 30_000 },
      );
      await settle(page);
      expect(await canvasNodeIds(page)).toEqual(expect.arrayContaining(wanted));
      // The first entity the commit created is the focus and the selection.
      const selected = await page.evaluate(() => window.__guanxi?.selectedIds() ?? []);
      expect(selected).toHaveLength(1);
      expect([...ids.values()]).toContain(selected[0]);
      await screenshot(page, '31-ingest-opened-in-graph');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
