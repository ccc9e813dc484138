import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import os from 'node:os';
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
import { type ViewScore, viewScoreMeasure } from '../client/src/features/scores/lib/view-scores';
import { neighbourhoodIds, union } from '../tests/helpers/e2e-api';
import { launchChromium, openPage } from '../tests/helpers/e2e-browser';
import { emptyDatabase } from '../tests/helpers/test-database';
import { benchNeo4j } from './neo4j';

/**
 * `npm run bench:client`: how the explorer draws, in Debian's chromium against the real server.
 * The article's first picture; then pictures of about 500, 1,000, 5,000 and 10,000 nodes of the
 * synthetic graph, each with the canvas and with the WebGL renderer: time to the first readable
 * picture, layout time (in the worker), main-thread long tasks while loading and laying out,
 * and frames per second while panning and while zooming; on pictures of up to 1,000 nodes, the
 * time "Size by" takes to compute each score on the view. Writes bench/results/client-canvas.json.
 */
const PEOPLE = Number(process.env.GUANXI_BENCH_CLIENT_PEOPLE ?? 10_000);
const ALL_RENDERERS = ['canvas', 'webgl'] as const;
/** `GUANXI_BENCH_CLIENT_SIZES=500,1000` and `GUANXI_BENCH_CLIENT_RENDERERS=canvas` narrow a run. */
const SIZES = (process.env.GUANXI_BENCH_CLIENT_SIZES ?? '500,1000,5000,10000')
  .split(',')
  .map(Number);
const RENDERERS = ALL_RENDERERS.filter((renderer) =>
  (process.env.GUANXI_BENCH_CLIENT_RENDERERS ?? ALL_RENDERERS.join(','))
    .split(',')
    .includes(renderer),
);
const ARTICLE_RUNS = 3;
/** Issue 14's budget for view scores is stated for 1,000 drawn nodes. */
const VIEW_SCORES_UP_TO = 1_000;
const VIEW_SCORE_RUNS = 10;
const VIEW_SCORES: readonly ViewScore[] = ['viewDegree', 'viewPageRank', 'viewBetweenness'];
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

/** Renderer choice and a long-task log, set before the page's own scripts run. */
async function instrumentedPage(browser: Browser, renderer: (typeof ALL_RENDERERS)[number]) {
  const opened = await openPage(browser);
  // Strings, not functions: tsx would wrap inner functions in a helper the page lacks.
  await opened.context.addInitScript(`(() => {
    window.__GUANXI_RENDERER__ = ${JSON.stringify(renderer)};
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  })()`);
  return opened;
}

const longTasks = async (page: Page) => {
  const durations = await page.evaluate(
    () => (window as unknown as { __longTasks: number[] }).__longTasks,
  );
  return {
    count: durations.length,
    maxMs: Math.round(Math.max(0, ...durations)),
    // Total blocking time: what each long task held the page beyond 50 ms.
    blockingMs: Math.round(durations.reduce((sum, duration) => sum + duration - 50, 0)),
  };
};

/** Frame intervals (ms) while `move` runs, recorded by requestAnimationFrame in the page. */
async function framesWhile(page: Page, move: () => Promise<void>) {
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    function tick(time) {
      window.__frames.push(time);
      if (window.__recording) requestAnimationFrame(tick);
    }
    requestAnimationFrame(tick);
  })()`);
  await move();
  const frames = await page.evaluate(`(() => {
    window.__recording = false;
    return window.__frames;
  })()`);
  const times = frames as number[];
  const intervals = times.slice(1).map((time, index) => time - (times[index] ?? time));
  const span = (times.at(-1) ?? 0) - (times[0] ?? 0);
  return {
    frames: intervals.length,
    fps: Math.round((1000 * intervals.length) / span),
    p50Ms: Math.round(median(intervals)),
    p95Ms: Math.round(percentile(intervals, 0.95)),
  };
}

async function panAndZoom(page: Page) {
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(centre.x, centre.y);
  const zoom = await framesWhile(page, async () => {
    for (let step = 0; step < 30; step++) {
      await page.mouse.wheel(0, step < 15 ? -120 : 120);
      await page.waitForTimeout(30);
    }
  });
  // Drag from empty space is a pan in Cytoscape; from the very centre it could grab a node,
  // so start from the canvas' top-left corner area.
  const start = { x: box.x + 60, y: box.y + box.height - 60 };
  const pan = await framesWhile(page, async () => {
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let step = 1; step <= 40; step++)
      await page.mouse.move(start.x + 8 * step, start.y - 4 * step, { steps: 1 });
    await page.mouse.up();
  });
  return { zoom, pan };
}

/**
 * Chooses each view score in turn from "Size by", `VIEW_SCORE_RUNS` times, and reads the
 * performance measure the explorer takes around each computation (building the graph included).
 */
async function viewScoreTimes(page: Page) {
  const sizeBy = page.getByLabel('Size by');
  await page.evaluate(() => performance.clearMeasures());
  for (let run = 0; run < VIEW_SCORE_RUNS; run++)
    for (const score of VIEW_SCORES) {
      await sizeBy.selectOption(score);
      await page.getByRole('list', { name: 'Ranked by the chosen score' }).waitFor();
    }
  await sizeBy.selectOption('none');
  const names = VIEW_SCORES.map(viewScoreMeasure);
  const durations = await page.evaluate(
    (wanted) =>
      wanted.map((name) => performance.getEntriesByName(name).map((entry) => entry.duration)),
    names,
  );
  return Object.fromEntries(
    VIEW_SCORES.map((score, index) => {
      const samples = durations[index] ?? [];
      return [
        score,
        {
          runs: samples.length,
          medianMs: Math.round(median(samples)),
          p95Ms: Math.round(percentile(samples, 0.95)),
          maxMs: Math.round(Math.max(...samples)),
        },
      ];
    }),
  );
}

async function firstDraws(browser: Browser, url: string) {
  const samples: { firstDrawnMs: number; layoutMs: number; nodes: number }[] = [];
  for (let run = 0; run < ARTICLE_RUNS; run++) {
    const { context, page } = await instrumentedPage(browser, 'canvas');
    await page.goto(url);
    await page.waitForFunction(() => (window.__guanxi?.layouts.length ?? 0) > 0, undefined, {
      timeout: 60_000,
    });
    const [layout] = await page.evaluate(() => window.__guanxi!.layouts);
    samples.push({
      firstDrawnMs: Math.round(await page.evaluate(() => window.__guanxi!.firstDrawnAt!)),
      layoutMs: layout?.ms ?? NaN,
      nodes: layout?.nodes ?? 0,
    });
    await context.close();
  }
  return samples;
}

/** A link whose picture holds about `size` nodes: a hub's neighbourhood, then its peers'. */
async function linkOfSize(url: string, hubs: readonly string[], size: number) {
  const [hub, ...others] = hubs;
  const limit = Math.min(size, 1_000);
  let ids = await neighbourhoodIds(url, { id: hub!, depth: 3, limit });
  const expanded: string[] = [];
  for (const other of others) {
    if (ids.length >= size * 0.95) break;
    ids = union(ids, await neighbourhoodIds(url, { id: other, limit }));
    expanded.push(other);
  }
  const expand = expanded.length > 0 ? `&expand=${expanded.join(',')}` : '';
  return { link: `${url}/?focus=${hub}&depth=3&limit=${limit}${expand}`, nodes: ids.length };
}

async function measurePicture(
  browser: Browser,
  link: string,
  renderer: (typeof ALL_RENDERERS)[number],
  withViewScores: boolean,
) {
  const { context, page } = await instrumentedPage(browser, renderer);
  await page.goto(link);
  await page.waitForFunction(() => window.__guanxi?.firstDrawnAt != null, undefined, {
    timeout: 600_000,
    polling: 200,
  });
  const firstPictureMs = Math.round(await page.evaluate(() => window.__guanxi!.firstDrawnAt!));
  await page.waitForFunction(() => (window.__guanxi?.layouts.length ?? 0) > 0, undefined, {
    timeout: 1_800_000,
    polling: 500,
  });
  const [layout] = await page.evaluate(() => window.__guanxi!.layouts);
  const blocking = await longTasks(page);
  const result = {
    renderer: await page.evaluate(() => window.__guanxi!.renderer),
    nodes: await page.evaluate(() => window.__guanxi!.nodeIds().length),
    edges: await page.evaluate(() => window.__guanxi!.edgeIds().length),
    firstPictureMs,
    layoutDraftMs: layout?.firstPictureMs ?? NaN,
    layoutMs: layout?.ms ?? NaN,
    longTasksWhileLoading: blocking,
    performanceMode: await page.getByTestId('graph-canvas').getAttribute('data-performance-mode'),
    ...(await panAndZoom(page)),
    ...(withViewScores && { viewScores: await viewScoreTimes(page) }),
  };
  await context.close();
  return result;
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
  const article = await firstDraws(browser, url);

  await emptyDatabase(executor);
  await applyMigrations(executor);
  const loaded = await loadGraph(
    executor,
    generateSyntheticGraph({ people: PEOPLE }),
    () => undefined,
    { transactions: 'per-batch' },
  );
  if (!loaded.ok) throw new Error('the synthetic graph did not load');
  const hubs = (
    await executor.run(
      'benchClientHubs',
      `MATCH (i:Institution)<-[:HOLDS_POSITION|MEMBER_OF]-(p:Person)
       RETURN i.id AS id, count(p) AS people ORDER BY people DESC, id LIMIT 200`,
    )
  ).map((row) => String(row.get('id')));
  if (hubs.length === 0) throw new Error('no institution with people in the synthetic graph');

  const pictures = [];
  for (const size of SIZES) {
    const { link, nodes } = await linkOfSize(url, hubs, size);
    for (const renderer of RENDERERS) {
      const measured = await measurePicture(
        browser,
        link,
        renderer,
        renderer === 'canvas' && size <= VIEW_SCORES_UP_TO,
      );
      process.stdout.write(`${size} (${nodes} asked), ${renderer}: ${JSON.stringify(measured)}\n`);
      pictures.push({ size, ...measured });
    }
  }

  const results = {
    measuredAt: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    browser: `Debian chromium ${browser.version()}, headless, software rendering (SwiftShader WebGL2)`,
    article: {
      runs: article,
      medianFirstDrawnMs: median(article.map((sample) => sample.firstDrawnMs)),
      medianLayoutMs: median(article.map((sample) => sample.layoutMs)),
    },
    syntheticPeople: PEOPLE,
    pictures,
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
