import { afterAll, afterEach, beforeAll } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, openPage } from './e2e-browser';
import { type E2eServer, type E2eServerOptions, startE2eServer } from './e2e-server';
import { seedArticle } from './seed-article';

/**
 * Every test opens its own page on its own link, and its browser context is closed after it:
 * no test depends on what another one did. `target` is read at visit time, once beforeAll ran.
 */
export function pagePerTest(target: () => { browser: Browser; url: string }) {
  const contexts: BrowserContext[] = [];
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  return async (link: string): Promise<{ page: Page; errors: string[] }> => {
    const { browser, url } = target();
    const { context, page, errors } = await openPage(browser);
    contexts.push(context);
    await page.goto(`${url}/${link}`);
    return { page, errors };
  };
}

/**
 * The explorer over the article for one test file: its server (persisted operations only, unless
 * told otherwise) and one browser, started before and closed after the file; `visit` opens a
 * fresh page per test.
 */
export function explorerOverArticle(options: E2eServerOptions = { persistedOnly: true }) {
  const suite = {} as { server: E2eServer; browser: Browser };
  beforeAll(async () => {
    [suite.server, suite.browser] = await Promise.all([
      startE2eServer(seedArticle, options),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  const visit = pagePerTest(() => ({ browser: suite.browser, url: suite.server.url }));
  return { suite, visit };
}
