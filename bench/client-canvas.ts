import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { findFreePort } from '@guanxi/neo4j-local';
import { generateSyntheticGraph } from '@guanxi/seed';
import {
  applyMigrations,
  createDriver,
  createGuanxiYoga,
  createHttpServer,
  createLogger,
  Executor,
  loadGraph,
  seedArticle,
} from '@guanxi/server';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPage } from '../tests/helpers/e2e-browser';
import { emptyDatabase } from '../tests/helpers/test-database';
import { benchNeo4j } from './neo4j';

/**
 * `npx tsx bench/client-canvas.ts`: how fast the explorer draws, in Debian's chromium against the
 * real server. Time from navigation to the first drawn graph (article), the fcose layout time of
 * a 500-node neighbourhood, and how a ~2,000-node picture behaves (layout, frame times while
 * zooming). Needs the built client (`npm run build`). Writes bench/results/client-canvas.json.
 */
const PEOPLE = Number(process.env.GUANXI_BENCH_CLIENT_PEOPLE ?? 5_000);
const RUNS = 5;
const logger = createLogger('warn');
const clientDist = path.resolve(import.meta.dirname, '..', 'client', 'dist');

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
};

async function waitForLayouts(page: Page, count: number, minNodes: number) {
  await page.waitForFunction(
    ([layouts, nodes]) => {
      const probe = window.__guanxi;
      return !!probe && probe.layouts.length >= layouts && probe.nodeIds().length >= nodes;
    },
    [count, minNodes] as const,
    { timeout: 180_000, polling: 100 },
  );
}

const layoutsOf = (page: Page) => page.evaluate(() => window.__guanxi?.layouts ?? []);

async function firstDraw(browser: Browser, url: string) {
  const samples: { firstDrawnMs: number; layoutMs: number; nodes: number }[] = [];
  for (let run = 0; run < RUNS; run++) {
    const { context, page } = await openPage(browser);
    await page.goto(url);
    await page.waitForFunction(() => window.__guanxi?.firstDrawnAt !== null, undefined, {
      timeout: 60_000,
    });
    const [layout] = await layoutsOf(page);
    samples.push({
      firstDrawnMs: Math.round(await page.evaluate(() => window.__guanxi!.firstDrawnAt!)),
      layoutMs: layout?.ms ?? NaN,
      nodes: layout?.nodes ?? 0,
    });
    await context.close();
  }
  return samples;
}

/** Frame intervals while the wheel zooms in and out over the canvas. */
async function zoomFrames(page: Page) {
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  await page.evaluate(`(() => {
    const frames = [];
    window.__frames = frames;
    function tick(time) {
      frames.push(time);
      if (frames.length < 400) requestAnimationFrame(tick);
    }
    requestAnimationFrame(tick);
  })()`);
  for (let step = 0; step < 30; step++) {
    await page.mouse.wheel(0, step < 15 ? -120 : 120);
    await page.waitForTimeout(30);
  }
  const frames = await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames);
  const intervals = frames.slice(1).map((time, index) => time - (frames[index] ?? time));
  return { frames: intervals.length, p50: median(intervals), p95: percentile(intervals, 0.95) };
}

if (!existsSync(path.join(clientDist, 'index.html')))
  throw new Error('Build the client first: npm run build');

const neo4j = await benchNeo4j();
if (!neo4j.disposable)
  throw new Error('The client bench empties its database: let it start its own Neo4j.');
const driver = createDriver(neo4j.connection);
const executor = new Executor(driver, { timeoutMs: 120_000, logger });
const server = createServer(
  createHttpServer(createGuanxiYoga({ executor, logger, tokens: [] }), executor).listeners(
    'request',
  )[0] as Parameters<typeof createServer>[0] & object,
);
const port = await findFreePort();
await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${port}`;
const browser = await launchChromium();
try {
  await applyMigrations(executor);
  await seedArticle(executor);
  const article = await firstDraw(browser, url);

  await emptyDatabase(executor);
  await applyMigrations(executor);
  const loaded = await loadGraph(
    executor,
    generateSyntheticGraph({ people: PEOPLE }),
    () => undefined,
    {
      transactions: 'per-batch',
    },
  );
  if (!loaded.ok) throw new Error('the synthetic graph did not load');
  const hubs = (
    await executor.run(
      'benchClientHubs',
      `MATCH (i:Institution)<-[:HOLDS_POSITION|MEMBER_OF]-(p:Person)
       RETURN i.id AS id, count(p) AS people ORDER BY people DESC, id LIMIT 12`,
    )
  ).map((row) => String(row.get('id')));
  const [hub] = hubs;
  if (!hub) throw new Error('no institution with people in the synthetic graph');

  const five: { nodes: number; layoutMs: number }[] = [];
  for (let run = 0; run < RUNS; run++) {
    const { context, page } = await openPage(browser);
    await page.goto(`${url}/?focus=${hub}&depth=3&limit=500`);
    await waitForLayouts(page, 1, 400);
    const [layout] = await layoutsOf(page);
    five.push({ nodes: layout?.nodes ?? 0, layoutMs: layout?.ms ?? NaN });
    await context.close();
  }

  const { context, page } = await openPage(browser);
  const expansions = hubs.slice(1).join(',');
  await page.goto(`${url}/?focus=${hub}&depth=3&limit=1000&expand=${expansions}`);
  await waitForLayouts(page, 1, 1500);
  await page.waitForTimeout(2_000);
  const large = {
    nodes: await page.evaluate(() => window.__guanxi!.nodeIds().length),
    edges: await page.evaluate(() => window.__guanxi!.edgeIds().length),
    layouts: await layoutsOf(page),
    performanceMode: await page.getByTestId('graph-canvas').getAttribute('data-performance-mode'),
    zoomFrames: await zoomFrames(page),
  };
  await context.close();

  const results = {
    measuredAt: new Date().toISOString(),
    browser: `Debian chromium ${browser.version()}, headless, software rendering`,
    article: {
      runs: article,
      medianFirstDrawnMs: median(article.map((sample) => sample.firstDrawnMs)),
      medianLayoutMs: median(article.map((sample) => sample.layoutMs)),
    },
    neighbourhood500: {
      syntheticPeople: PEOPLE,
      focus: hub,
      runs: five,
      medianLayoutMs: median(five.map((sample) => sample.layoutMs)),
    },
    picture2000: large,
  };
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  const out = path.resolve(import.meta.dirname, 'results', 'client-canvas.json');
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, JSON.stringify(results, null, 2));
  process.stdout.write(`written to ${out}\n`);
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
  await driver.close();
  await neo4j.stop();
}
