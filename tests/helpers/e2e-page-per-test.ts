import { afterEach } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openPage } from './e2e-browser';

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
