import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, screenshot, waitForGraph } from '../helpers/e2e-browser';
import { pagePerTest } from '../helpers/e2e-page-per-test';
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

const visit = pagePerTest(() => ({ browser, url: server.url }));
const searchBox = (page: Page) => page.getByTestId('main-search').getByRole('combobox');
const firstOption = (page: Page) => page.getByTestId('main-search').getByRole('option').first();

/** Types into the explorer's search box and answers the text of the first suggestion. */
async function firstSuggestion(page: Page, typed: string): Promise<string | null> {
  await searchBox(page).fill(typed);
  await firstOption(page).waitFor();
  return firstOption(page).textContent();
}

describe('search for a China desk', () => {
  it.each([
    ['CAST', /^China Association for Science and Technology/],
    ['CAS', /^Chinese Academy of Sciences/],
    ['peigang', /^Pei Gang/],
    ['Pei-gang', /^Pei Gang/],
    ['裴钢', /^Pei Gang/],
  ])('"%s" suggests the right entity first', async (typed, expected) => {
    const { page } = await visit('');
    await waitForGraph(page);
    expect(await firstSuggestion(page, typed)).toMatch(expected);
  });

  it('says which added name matched, and the details mark it as the curator’s', async () => {
    const { page } = await visit('');
    await waitForGraph(page);
    expect(await firstSuggestion(page, '裴钢')).toBe('Pei Gangmatched “裴钢”Person');
    await screenshot(page, '30-search-chinese-characters');
    await searchBox(page).press('Enter');
    const added = page.getByTestId('entity-details').getByTestId('curator-aliases');
    await added.waitFor();
    expect(await added.textContent()).toBe('裴钢 (added by the curator)');
  });
});
