import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
// The probe's type, and the `window.__guanxi` declaration that comes with it.
import type { CanvasProbe } from '../../client/src/features/graph-canvas/lib/test-hook';

export type { CanvasProbe };

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '..', 'artifacts', 'screenshots');

/** Debian's chromium, headless; never a downloaded browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface ViewportSize {
  width: number;
  height: number;
}

export const DESKTOP: ViewportSize = { width: 1280, height: 800 };
export const PHONE: ViewportSize = { width: 390, height: 844 };

/**
 * A fresh page with the canvas probe switched on (window.__guanxi), so that tests can read
 * what Cytoscape holds. Page errors fail loudly instead of passing silently.
 */
export async function openPage(
  browser: Browser,
  viewport: ViewportSize = DESKTOP,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  await context.addInitScript(() => {
    (window as unknown as { __GUANXI_TEST__: boolean }).__GUANXI_TEST__ = true;
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

/** The node ids Cytoscape holds, through the test probe. */
export const canvasNodeIds = (page: Page): Promise<string[]> =>
  page.evaluate(() => window.__guanxi?.nodeIds() ?? []);

export const canvasEdgeIds = (page: Page): Promise<string[]> =>
  page.evaluate(() => window.__guanxi?.edgeIds() ?? []);

/** Waits until the canvas has drawn and finished laying out at least `min` nodes. */
export async function waitForGraph(page: Page, min = 1): Promise<void> {
  await page.waitForFunction(
    (count) => {
      const probe = window.__guanxi;
      return !!probe && probe.nodeIds().length >= count && probe.layouts.length > 0;
    },
    min,
    { timeout: 30_000 },
  );
}

/** Waits until the viewport has stopped moving (fit, zoom and centre are animated). */
export async function waitForStillView(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__guanxi?.movingViews === 0);
}

/** Clicks a toolbar button that moves the view, and waits until the view is still again. */
export async function moveView(
  page: Page,
  button: 'Fit the graph to the view' | 'Zoom in' | 'Zoom out',
): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  await waitForStillView(page);
}

/** Where a node is drawn, in page coordinates; fits the view first when it lies outside. */
export async function nodePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const margin = 20;
  for (let attempt = 0; ; attempt++) {
    await waitForStillView(page);
    const box = await page.getByTestId('graph-canvas').boundingBox();
    const rendered = await page.evaluate((nodeId) => window.__guanxi?.renderedPosition(nodeId), id);
    if (!box || !rendered) throw new Error(`node ${id} is not on the canvas`);
    const inside =
      rendered.x > margin &&
      rendered.y > margin &&
      rendered.x < box.width - margin &&
      rendered.y < box.height - margin;
    if (inside || attempt > 0) return { x: box.x + rendered.x, y: box.y + rendered.y };
    await moveView(page, 'Fit the graph to the view');
  }
}

export async function clickNode(page: Page, id: string, options: { button?: 'right' } = {}) {
  const { x, y } = await nodePoint(page, id);
  await page.mouse.click(x, y, options);
}

/**
 * Clicks a node once the picture has stopped moving, and waits until it is the selection: a
 * click during a layout could land where the node was a moment before.
 */
export async function selectNode(page: Page, id: string): Promise<void> {
  await settle(page);
  await clickNode(page, id);
  await page.waitForFunction((nodeId) => window.__guanxi?.selectedIds().includes(nodeId), id);
}

/** Opens a node's context menu once the picture has stopped moving. */
export async function openNodeMenu(page: Page, id: string): Promise<void> {
  await settle(page);
  await clickNode(page, id, { button: 'right' });
  await page.getByTestId('node-menu').waitFor();
}

export async function doubleClickNode(page: Page, id: string) {
  await settle(page);
  const { x, y } = await nodePoint(page, id);
  await page.mouse.dblclick(x, y);
}

/** Waits until the canvas holds (or no longer holds) a node. */
export async function waitForNode(page: Page, id: string, present = true): Promise<void> {
  await page.waitForFunction(
    ([nodeId, wanted]) =>
      (window.__guanxi?.nodeIds().includes(nodeId as string) ?? false) === wanted,
    [id, present] as const,
    { timeout: 15_000 },
  );
}

/** Waits until the canvas holds exactly these nodes (in any order). */
export async function waitForNodes(page: Page, ids: readonly string[]): Promise<void> {
  await page.waitForFunction(
    (wanted) => {
      const held = window.__guanxi?.nodeIds() ?? [];
      return held.length === wanted.length && wanted.every((id) => held.includes(id));
    },
    [...ids],
    { timeout: 30_000 },
  );
}

export const classesOf = (page: Page, id: string): Promise<string[]> =>
  page.evaluate((elementId) => window.__guanxi?.classesOf(elementId) ?? [], id);

/**
 * Waits until the picture is still: nothing loading (the graph region is not busy), no
 * layout running and no viewport animation under way.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const probe = window.__guanxi;
      const busy = document.getElementById('canvas-region')?.getAttribute('aria-busy') === 'true';
      return !!probe && !busy && probe.runningLayouts === 0 && probe.movingViews === 0;
    },
    undefined,
    { timeout: 30_000 },
  );
}
