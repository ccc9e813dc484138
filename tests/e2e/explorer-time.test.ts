import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { canvasEdgeIds, launchChromium, waitForGraph, waitForNode } from '../helpers/e2e-browser';
import { pagePerTest } from '../helpers/e2e-page-per-test';
import { type E2eServer, startE2eServer } from '../helpers/e2e-server';
import { seedArticle } from '../helpers/seed-article';

/* The explorer's time slider (issue 14, item 3), checked on the article graph. */
jest.setTimeout(90_000);

/* The article dates Wan Gang's vice-chairmanship by the 12th CPPCC National Committee's term,
 * March 2013 to March 2018 (docs/graph-model.md, "Time"); the committee's place in the CPPCC
 * is undated. */
const VICE_CHAIRMANSHIP = 'wan-gang--holds-position--cppcc-12th-national-committee--vice-chairman';
const UNDATED = 'cppcc-12th-national-committee--part-of--cppcc';

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

const lineStyle = (page: Page, id: string): Promise<string> =>
  page.evaluate((edgeId) => window.__guanxi!.styleOf(edgeId, 'line-style'), id);

/** Waits until the link names this year (null: none, all time) and still the focus. */
const waitForAsOf = (page: Page, year: string | null): Promise<unknown> =>
  page.waitForFunction((wanted) => {
    const params = new URLSearchParams(window.location.search);
    return params.get('focus') === 'wan-gang' && params.get('asOf') === wanted;
  }, year);

describe('the time slider', () => {
  it('as of 2015 draws Wan Gang’s vice-chairmanship, undated relationships dashed', async () => {
    const { page, errors } = await visit('?focus=wan-gang&depth=2&asOf=2015');
    await waitForGraph(page);
    await waitForNode(page, 'cppcc');
    expect(await canvasEdgeIds(page)).toContain(VICE_CHAIRMANSHIP);
    expect(await lineStyle(page, VICE_CHAIRMANSHIP)).toBe('solid');
    expect(await lineStyle(page, UNDATED)).toBe('dashed');
    const slider = page.getByRole('slider', { name: /As of/ });
    expect(await slider.getAttribute('aria-valuetext')).toBe('2015');
    expect(errors).toEqual([]);
  });

  it('as of 2020 leaves the vice-chairmanship out', async () => {
    const { page, errors } = await visit('?focus=wan-gang&asOf=2020');
    await waitForNode(page, 'wan-gang');
    expect(await canvasEdgeIds(page)).not.toContain(VICE_CHAIRMANSHIP);
    expect(errors).toEqual([]);
  });

  it('moving the slider rereads the graph and changes the link', async () => {
    const { page } = await visit('?focus=wan-gang&asOf=2015');
    await waitForGraph(page, 2);
    const slider = page.getByRole('slider', { name: /As of/ });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await waitForAsOf(page, '2016');
    await page.keyboard.press('Home');
    await waitForAsOf(page, null);
    expect(await slider.getAttribute('aria-valuetext')).toBe('All time');
    await waitForNode(page, 'cppcc-12th-national-committee');
  });

  it('plays the years one by one to the last, announcing each', async () => {
    const { page } = await visit('?focus=wan-gang&asOf=2016');
    await waitForGraph(page, 2);
    await page.getByRole('button', { name: 'Play the years' }).click();
    await waitForAsOf(page, '2017');
    await waitForAsOf(page, '2018');
    await page.getByText('Showing 2018').waitFor({ state: 'attached' });
    // The last year reached, it stops.
    await page.getByRole('button', { name: 'Play the years' }).waitFor();
    expect(await canvasEdgeIds(page)).toContain(VICE_CHAIRMANSHIP);
  });
});
