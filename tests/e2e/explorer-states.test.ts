import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { launchChromium, openPage, screenshot, waitForGraph } from '../helpers/e2e-browser';
import { type E2eServer, startE2eServer } from '../helpers/e2e-server';
import { seedArticle } from '../helpers/seed-article';

jest.setTimeout(90_000);

let server: E2eServer;
let browser: Browser;
beforeAll(async () => {
  // An empty database: nothing seeded.
  [server, browser] = await Promise.all([startE2eServer(async () => undefined), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('states a person understands', () => {
  it('says the graph is empty when the database holds nothing', async () => {
    const { page } = await openPage(browser);
    await page.goto(server.url);
    await page.getByText('The graph is empty').waitFor();
    await screenshot(page, '21-empty-database');
    await page.close();
  });

  it('shows that the database is down, and recovers with "Try again"', async () => {
    await seedArticle(server.database.executor);
    await server.simulateDatabaseDown();
    const { page } = await openPage(browser);
    await page.goto(server.url);
    await page.getByText('Guanxi cannot reach its data').waitFor();
    expect(
      await page.getByRole('alert').filter({ hasText: 'Guanxi cannot reach' }).textContent(),
    ).toContain('The graph database is not answering.');
    await screenshot(page, '22-database-down');
    server.restoreDatabase();
    await page.getByRole('button', { name: 'Try again' }).click();
    await waitForGraph(page, 30);
    await page.close();
  });

  it('shows what is loading while the server works', async () => {
    const { page } = await openPage(browser);
    // Hold the answers back until the loading state has been seen.
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/graphql', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(server.url);
    await page.getByText('Loading the graph…').waitFor();
    await screenshot(page, '23-loading');
    release();
    await waitForGraph(page, 30);
    expect(await page.getByText('Loading the graph…').count()).toBe(0);
    await page.close();
  });
});
