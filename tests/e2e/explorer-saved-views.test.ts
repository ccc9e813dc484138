import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { SAVED_VIEW_LABEL } from '@guanxi/graph-schema';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  canvasNodeIds,
  doubleClickNode,
  launchChromium,
  openPage,
  PHONE,
  screenshot,
  settle,
  waitForNode,
} from '../helpers/e2e-browser';
import { type E2eServer, startE2eServer } from '../helpers/e2e-server';
import { seedArticle } from '../helpers/seed-article';

jest.setTimeout(120_000);

const TOKEN = 'e2e-saved-views-token-4c1e';
const NAME = 'Pei Gang and the academy';
const NOTE = 'Who else sits in the Chinese Academy of Sciences?';

let server: E2eServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([
    // Persisted operations only: the dialog's documents must be registered by the build.
    startE2eServer(seedArticle, {
      tokens: [{ label: 'analyst', scope: 'write', token: TOKEN }],
      persistedOnly: true,
    }),
    launchChromium(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function storedViews(): Promise<{ name: string; savedBy: string; state: string }[]> {
  const rows = await server.database.executor.run(
    'e2eSavedViews',
    `MATCH (v:${SAVED_VIEW_LABEL}) RETURN v.name AS name, v.savedBy AS savedBy, v.state AS state`,
  );
  return rows.map((row) => row.toObject() as { name: string; savedBy: string; state: string });
}

/** Opens the dialog from the top bar, by keyboard. */
async function openViews(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Views', exact: true }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Saved views' });
  await dialog.waitFor();
  return dialog;
}

/** Pei Gang's neighbourhood with the academy expanded: a view a reload alone would not guess. */
async function exploreAcademy(page: Page): Promise<{ drawn: string[]; state: string }> {
  await page.goto(`${server.url}/?focus=pei-gang`);
  await waitForNode(page, 'chinese-academy-of-sciences');
  await settle(page);
  await doubleClickNode(page, 'chinese-academy-of-sciences');
  await waitForNode(page, 'li-ruxin');
  await page.waitForFunction(() =>
    window.location.search.includes('expand=chinese-academy-of-sciences'),
  );
  await settle(page);
  return { drawn: (await canvasNodeIds(page)).sort(), state: new URL(page.url()).search.slice(1) };
}

describe('saved views', () => {
  it('saves the view with a token, lists it, opens it in a new page as it was, and deletes it', async () => {
    const { page, errors } = await openPage(browser);
    const { drawn, state } = await exploreAcademy(page);

    const dialog = await openViews(page);
    await dialog.getByLabel('Name').fill(NAME);
    await dialog.getByLabel(/^Note/).fill(NOTE);
    // Without a token the server refuses, and the token field says so.
    await dialog.getByRole('button', { name: 'Save view' }).press('Enter');
    await dialog.getByRole('alert').filter({ hasText: 'needs a token' }).waitFor();
    expect(await dialog.getByLabel('Write token').getAttribute('aria-invalid')).toBe('true');
    expect(await storedViews()).toEqual([]);

    await dialog.getByLabel('Write token').fill(TOKEN);
    await dialog.getByRole('button', { name: 'Save view' }).press('Enter');
    await dialog
      .getByRole('status')
      .filter({ hasText: `Saved “${NAME}”.` })
      .waitFor();
    expect(await storedViews()).toEqual([{ name: NAME, savedBy: 'analyst', state }]);

    const item = dialog.getByRole('listitem').filter({ hasText: NAME });
    await item.waitFor();
    expect(await item.textContent()).toContain(NOTE);
    expect(await item.textContent()).toContain('analyst');
    const href = await item.getByRole('link', { name: NAME }).getAttribute('href');
    expect(href).toBe(`/?${state}`);
    await screenshot(page, '40-saved-views');

    // Escape closes the dialog and gives the focus back to the button that opened it.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Views');

    // Opened in a new page (another tab: no token there), the view is drawn as it was saved.
    const { page: other, errors: otherErrors } = await openPage(browser);
    await other.goto(server.url);
    const otherDialog = await openViews(other);
    await otherDialog.getByRole('link', { name: NAME }).press('Enter');
    await other.waitForURL(`${server.url}${href}`);
    await waitForNode(other, 'li-ruxin');
    await settle(other);
    expect((await canvasNodeIds(other)).sort()).toEqual(drawn);

    // Deleting asks first; "Keep" keeps it. Then the missing token is refused, then it goes.
    const again = await openViews(other);
    const listed = again.getByRole('listitem').filter({ hasText: NAME });
    await listed.getByRole('button', { name: `Delete “${NAME}”` }).press('Enter');
    const question = listed.getByRole('group', { name: `Delete “${NAME}”?` });
    await question.waitFor();
    expect(await other.evaluate(() => document.activeElement?.textContent)).toBe('Keep');
    await other.keyboard.press('Enter');
    await question.waitFor({ state: 'hidden' });
    expect(await storedViews()).toHaveLength(1);

    await listed.getByRole('button', { name: `Delete “${NAME}”` }).press('Enter');
    await question.getByRole('button', { name: 'Delete', exact: true }).press('Enter');
    await listed.getByRole('alert').filter({ hasText: 'needs a token' }).waitFor();
    expect(await storedViews()).toHaveLength(1);

    await again.getByLabel('Write token').fill(TOKEN);
    await listed.getByRole('button', { name: `Delete “${NAME}”` }).press('Enter');
    await question.getByRole('button', { name: 'Delete', exact: true }).press('Enter');
    await listed.waitFor({ state: 'detached' });
    await again.getByText('None yet').waitFor();
    expect(await storedViews()).toEqual([]);

    expect([...errors, ...otherErrors]).toEqual([]);
    await other.close();
    await page.close();
  });

  it('fits a 390 px screen', async () => {
    const { page, errors } = await openPage(browser, PHONE);
    await page.goto(`${server.url}/?focus=pei-gang`);
    await waitForNode(page, 'chinese-academy-of-sciences');
    const dialog = await openViews(page);
    await dialog.getByLabel('Write token').fill(TOKEN);
    await dialog.getByLabel('Name').fill('A long name for a view, to see that it wraps on a phone');
    await dialog.getByLabel(/^Note/).fill(NOTE);
    await dialog.getByRole('button', { name: 'Save view' }).click();
    await dialog.getByRole('listitem').first().waitFor();

    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    // Text fields scroll their own text; everything else must fit its box.
    const overflowing = await dialog.evaluate((element) =>
      [element, ...element.querySelectorAll(':not(input, textarea)')]
        .filter((node) => node.scrollWidth > node.clientWidth + 1 && node.clientWidth > 0)
        .map((node) => `${node.tagName}.${node.className}`),
    );
    expect(overflowing).toEqual([]);
    await screenshot(page, '41-saved-views-phone');
    expect(errors).toEqual([]);
    await page.close();
  });
});
