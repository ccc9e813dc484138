import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';

/*
 * The CI guard of the ingest pipeline's quality: runs `npm run eval:ingest` (as a child process,
 * the way a person runs it) and compares the totals with the minimums committed in
 * docs/ingest-quality.md. The time figure is reported there, never asserted here.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));

const METRICS = ['people', 'positions', 'eventRoles', 'organisers', 'matches'] as const;
type Metric = (typeof METRICS)[number];
interface Score {
  precision: number;
  recall: number;
  f1: number;
}
interface Baseline {
  pipelineReady: boolean;
  minimums: Record<Metric, Score> | null;
  maxWrongMerges: number;
}
interface Report {
  pipeline: { ready: boolean; reason?: string };
  total: Record<Metric, Score>;
  wrongMerges: number;
  articles: { text: string; wrongMerges: { candidate: string; entity: string; why: string }[] }[];
}

function runEval(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [tsx, 'ingest/eval/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The fenced ```json block of docs/ingest-quality.md that holds "maxWrongMerges". */
function committedBaseline(): Baseline {
  const doc = readFileSync(new URL('../../docs/ingest-quality.md', import.meta.url), 'utf8');
  const block = [...doc.matchAll(/```json\n([\s\S]*?)\n```/g)]
    .map((m) => m[1]!)
    .find((json) => json.includes('"maxWrongMerges"'));
  if (!block) throw new Error('docs/ingest-quality.md has no ```json baseline block');
  return JSON.parse(block) as Baseline;
}

describe('ingest quality on the dev set (seed/ingest-dev)', () => {
  it('the scorer gives a proposal built from gold 100 % and catches every forbidden merge', () => {
    const { status, stdout, stderr } = runEval('--self-check');
    expect({ status, out: stdout + stderr }).toEqual({
      status: 0,
      out: expect.stringContaining('self-check: a proposal built from gold scores 100 %'),
    });
  });

  const baseline = committedBaseline();
  const { status, stdout, stderr } = runEval('--json');

  it('the evaluation runs, and the pipeline is as ready as the committed baseline says', () => {
    expect(stderr).toBe('');
    const report = JSON.parse(stdout) as Report;
    expect({ ready: report.pipeline.ready, status }).toEqual({
      ready: baseline.pipelineReady,
      status: baseline.pipelineReady ? 0 : 3,
    });
  });

  it('no total precision, recall or F1 is below its committed minimum', () => {
    const report = JSON.parse(stdout) as Report;
    if (!baseline.minimums) return;
    const below = METRICS.flatMap((metric) =>
      (['precision', 'recall', 'f1'] as const)
        .filter((k) => report.total[metric][k] < baseline.minimums![metric][k] - 1e-9)
        .map(
          (k) =>
            `${metric}.${k}: ${report.total[metric][k].toFixed(3)} < ${baseline.minimums![metric][k]}`,
        ),
    );
    expect(below).toEqual([]);
  });

  it('no wrong merge beyond the committed count', () => {
    const report = JSON.parse(stdout) as Report;
    const merges = report.articles.flatMap((a) =>
      a.wrongMerges.map((w) => `${a.text}: ${w.candidate} = ${w.entity} (${w.why})`),
    );
    expect(merges.length <= baseline.maxWrongMerges ? [] : merges).toEqual([]);
  });
});
