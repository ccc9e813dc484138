import { performance } from 'node:perf_hooks';
import type { GazetteerEntry, IngestText, Proposal } from '../src/types';
import { gazetteerFromGraph } from './gazetteer';
import { type GoldArticle, loadDevSet, readGraphFile, SEED_GRAPH_FILE } from './gold';
import {
  addCounts,
  type ArticleScore,
  type Counts,
  METRICS,
  type Metric,
  type Score,
  score,
  scoreArticle,
} from './score';

/*
 * The honest evaluation of the ingest pipeline: each gold article of seed/ingest-dev is proposed
 * against its gazetteer (the seed graph, or nothing) and scored; totals are micro-averages
 * (counts summed over articles, then precision, recall and F1).
 */

export type Propose = (input: IngestText, gazetteer: readonly GazetteerEntry[]) => Proposal;

export interface ArticleResult {
  id: string;
  text: string;
  words: number;
  against: GoldArticle['against'];
  /** Milliseconds for the scored run. */
  ms: number;
  error?: string;
  scores: Record<Metric, Score>;
  wrongMerges: ArticleScore['wrongMerges'];
  unexpectedMatches: ArticleScore['unexpectedMatches'];
  typeMismatches: string[];
  missed: ArticleScore['missed'];
  spurious: ArticleScore['spurious'];
  dangling: number;
}

export interface Timing {
  article: string;
  words: number;
  runs: number;
  medianMs: number;
  samplesMs: number[];
}

export interface EvaluationReport {
  pipeline: { ready: boolean; version?: string; reason?: string };
  articles: ArticleResult[];
  total: Record<Metric, Score>;
  wrongMerges: number;
  unexpectedMatches: number;
  timing?: Timing;
}

export const TIMING_RUNS = 5;

const wordCount = (text: string): number => text.split(/\s+/).filter((w) => w.length > 0).length;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** `propose` from the pipeline's entry point, or why it cannot be had (the pipeline is not ready). */
export async function loadPropose(): Promise<Propose | string> {
  try {
    const entry = (await import('../src/index')) as Record<string, unknown>;
    return typeof entry.propose === 'function'
      ? (entry.propose as Propose)
      : 'ingest/src/index.ts exports no propose function yet';
  } catch (error) {
    return `ingest/src/index.ts failed to load: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Gold ids must exist in the graph the article is matched against: a typo would score as a miss forever. */
function checkGoldIds(gold: GoldArticle, gazetteer: readonly GazetteerEntry[]): void {
  const ids = new Set(gazetteer.map((entry) => entry.id));
  const referenced = [
    ...gold.people.map((p) => p.match),
    ...gold.events.map((e) => e.match),
    ...gold.positions.map((p) => p.bodyMatch),
    ...gold.organisers.map((o) => o.bodyMatch ?? null),
    ...gold.matches.map((m) => m.entity),
    ...gold.notMatches.map((m) => m.entity),
  ];
  const unknown = referenced.filter((id): id is string => id !== null && !ids.has(id));
  if (unknown.length > 0) {
    throw new Error(
      `${gold.goldFile}: no entity ${[...new Set(unknown)].join(', ')} to match against`,
    );
  }
}

const emptyCounts = (): Record<Metric, Counts> =>
  Object.fromEntries(METRICS.map((m) => [m, { tp: 0, fp: 0, fn: 0 }])) as Record<Metric, Counts>;

const scored = (counts: Record<Metric, Counts>): Record<Metric, Score> =>
  Object.fromEntries(METRICS.map((m) => [m, score(counts[m])])) as Record<Metric, Score>;

/** Everything a gold file expects, counted as missed: the article's proposal failed. */
function failedArticle(gold: GoldArticle): Record<Metric, Counts> {
  const counts = emptyCounts();
  counts.people.fn = gold.people.length;
  counts.positions.fn = gold.positions.filter((g) => !g.optional).length;
  counts.eventRoles.fn = gold.eventRoles.filter((g) => !g.optional).length;
  counts.organisers.fn = gold.organisers.filter((g) => !g.optional).length;
  counts.matches.fn = new Set(gold.matches.filter((m) => !m.optional).map((m) => m.entity)).size;
  return counts;
}

type ArticleOutcome = Omit<ArticleResult, 'id' | 'text' | 'words' | 'against' | 'scores'>;

const noLists = (): Record<Metric, string[]> =>
  Object.fromEntries(METRICS.map((m) => [m, []])) as unknown as Record<Metric, string[]>;

/** An article whose proposal could not be had: nothing found, the reason kept. */
const failure = (error: string, ms: number): ArticleOutcome => ({
  ms,
  error,
  wrongMerges: [],
  unexpectedMatches: [],
  typeMismatches: [],
  missed: noLists(),
  spurious: noLists(),
  dangling: 0,
});

export interface EvaluateOptions {
  devSetDir?: string;
  /** Defaults to the pipeline's own `propose`. */
  propose?: Propose;
  timingRuns?: number;
}

export async function evaluate(options: EvaluateOptions = {}): Promise<EvaluationReport> {
  const golds = loadDevSet(options.devSetDir);
  const seedGazetteer = gazetteerFromGraph(readGraphFile(SEED_GRAPH_FILE));
  for (const gold of golds) checkGoldIds(gold, gold.against === 'seed' ? seedGazetteer : []);

  const propose = options.propose ?? (await loadPropose());
  const total = emptyCounts();
  const articles: ArticleResult[] = [];
  let version: string | undefined;

  for (const gold of golds) {
    const gazetteer = gold.against === 'seed' ? seedGazetteer : [];
    const input: IngestText = gold.title
      ? { text: gold.text, title: gold.title }
      : { text: gold.text };
    const textName = gold.textFile.split('/').pop() ?? gold.textFile;
    const base = {
      id: gold.id,
      text: textName,
      words: wordCount(gold.text),
      against: gold.against,
    };
    let counts: Record<Metric, Counts>;
    let result: ArticleOutcome;
    if (typeof propose === 'string') {
      counts = failedArticle(gold);
      result = failure(propose, 0);
    } else {
      const started = performance.now();
      try {
        const proposal = propose(input, gazetteer);
        const ms = performance.now() - started;
        version = proposal.pipelineVersion;
        const s = scoreArticle(gold, proposal, gazetteer);
        counts = s.counts;
        result = { ms, ...s };
      } catch (error) {
        counts = failedArticle(gold);
        result = failure(
          error instanceof Error ? (error.stack ?? error.message) : String(error),
          performance.now() - started,
        );
      }
    }
    for (const m of METRICS) total[m] = addCounts(total[m], counts[m]);
    articles.push({ ...base, ...result, scores: scored(counts) });
  }

  let timing: Timing | undefined;
  const timed = golds.find((g) => g.timing);
  if (timed && typeof propose !== 'string') {
    const gazetteer = timed.against === 'seed' ? seedGazetteer : [];
    const samplesMs: number[] = [];
    for (let run = 0; run < (options.timingRuns ?? TIMING_RUNS); run += 1) {
      const started = performance.now();
      try {
        propose({ text: timed.text, title: timed.title }, gazetteer);
      } catch {
        // Reported with the article; the time to fail is still a time.
      }
      samplesMs.push(performance.now() - started);
    }
    timing = {
      article: timed.textFile.split('/').pop() ?? timed.textFile,
      words: wordCount(timed.text),
      runs: samplesMs.length,
      medianMs: median(samplesMs),
      samplesMs,
    };
  }

  return {
    pipeline:
      typeof propose === 'string'
        ? { ready: false, reason: propose }
        : { ready: true, ...(version ? { version } : {}) },
    articles,
    total: scored(total),
    wrongMerges: articles.reduce((n, a) => n + a.wrongMerges.length, 0),
    unexpectedMatches: articles.reduce((n, a) => n + a.unexpectedMatches.length, 0),
    ...(timing ? { timing } : {}),
  };
}
