import { resolve } from 'node:path';
import { type EvaluationReport, evaluate } from './evaluate';
import { METRICS, type Metric, type Score } from './score';
import { selfCheck } from './self-check';

/*
 * npm run eval:ingest [-- --json] [-- --details] [-- --self-check] [-- --set <folder>]
 * Prints precision, recall and F1 per article and in total, wrong merges counted apart, and the
 * time to propose the long article. Exit codes: 0 done, 1 invalid gold, 2 bad options,
 * 3 the pipeline is not ready (no `propose` yet). --self-check scores proposals built from gold
 * instead (perfect, and with every forbidden merge) and exits 1 if the scorer disagrees.
 * --set <folder> evaluates another labelled set in the same format (e.g. seed/ingest-holdout),
 * relative to the working directory; without it, seed/ingest-dev.
 */

const LABELS: Record<Metric, string> = {
  people: 'people',
  positions: 'person–title–body',
  eventRoles: 'event roles',
  organisers: 'organisers',
  matches: 'matches to existing',
};

const pct = (value: number): string => (value * 100).toFixed(1).padStart(5);
const pad = (text: string, width: number): string => text.padEnd(width);

const cell = (s: Score): string => `${pct(s.f1)} (${s.tp}/${s.fp}/${s.fn})`;

export function formatReport(report: EvaluationReport, details: boolean): string {
  const lines: string[] = [];
  const pipeline = report.pipeline.ready
    ? `pipeline ${report.pipeline.version ?? '(no version)'}`
    : `PIPELINE NOT READY: ${report.pipeline.reason ?? ''}`;
  lines.push(`Ingest evaluation — ${report.articles.length} articles — ${pipeline}`, '');

  lines.push('Per article: F1 % (tp/fp/fn)');
  const width = 22;
  lines.push(
    [pad('article', 44), ...METRICS.map((m) => pad(LABELS[m], width)), 'wrong merges'].join(''),
  );
  for (const a of report.articles) {
    const name = `${a.text} (${a.words} w, ${a.against})`;
    lines.push(
      [
        pad(name.length > 43 ? `${name.slice(0, 42)}…` : name, 44),
        ...METRICS.map((m) => pad(cell(a.scores[m]), width)),
        String(a.wrongMerges.length),
      ].join(''),
    );
  }

  lines.push('', 'Total over the dev set (micro-averaged)');
  lines.push(
    `| ${pad('metric', 20)} | precision | recall |    F1 |  tp |  fp |  fn |`,
    `| ${'-'.repeat(20)} | --------: | -----: | ----: | --: | --: | --: |`,
  );
  for (const m of METRICS) {
    const s = report.total[m];
    lines.push(
      `| ${pad(LABELS[m], 20)} |     ${pct(s.precision)} |  ${pct(s.recall)} | ${pct(s.f1)} | ${String(s.tp).padStart(3)} | ${String(s.fp).padStart(3)} | ${String(s.fn).padStart(3)} |`,
    );
  }
  lines.push(
    '',
    `Wrong merges: ${report.wrongMerges}   (matches gold contradicts; also counted as false positives of "matches")`,
    `Unexpected matches: ${report.unexpectedMatches}   (matched to an entity gold never mentions)`,
  );
  if (report.timing) {
    const t = report.timing;
    lines.push(
      `Time to propose ${t.article} (${t.words} words): median ${t.medianMs.toFixed(1)} ms of ${t.runs} runs [${t.samplesMs.map((v) => v.toFixed(1)).join(', ')}]`,
    );
  }

  for (const a of report.articles) {
    const problems = [
      ...(a.error ? [`  error: ${a.error.split('\n')[0] ?? ''}`] : []),
      ...a.wrongMerges.map((w) => `  WRONG MERGE ${w.candidate} = ${w.entity}: ${w.why}`),
      ...(details
        ? [
            ...a.unexpectedMatches.map((u) => `  unexpected match ${u.candidate} = ${u.entity}`),
            ...a.typeMismatches.map((t) => `  type: ${t}`),
            ...METRICS.flatMap((m) => a.missed[m].map((x) => `  missed ${LABELS[m]}: ${x}`)),
            ...METRICS.flatMap((m) =>
              m === 'matches' ? [] : a.spurious[m].map((x) => `  spurious ${LABELS[m]}: ${x}`),
            ),
            ...(a.dangling > 0 ? [`  ${a.dangling} relationships with unknown ends`] : []),
          ]
        : []),
    ];
    if (problems.length > 0) lines.push('', `${a.id} ${a.text}`, ...problems);
  }
  return lines.join('\n');
}

/** `--set <folder>` taken out of argv: the folder (undefined when absent), or an error message. */
function takeSet(argv: readonly string[]): { rest: string[]; set?: string; error?: string } {
  const at = argv.indexOf('--set');
  if (at === -1) return { rest: [...argv] };
  const value = argv[at + 1];
  if (value === undefined || value.startsWith('--'))
    return { rest: [], error: '--set needs a folder' };
  const rest = [...argv.slice(0, at), ...argv.slice(at + 2)];
  if (rest.includes('--set')) return { rest: [], error: '--set given twice' };
  return { rest, set: resolve(process.cwd(), value) };
}

async function main(args: readonly string[]): Promise<number> {
  const { rest: argv, set, error } = takeSet(args);
  if (error) {
    process.stderr.write(`${error}\n`);
    return 2;
  }
  const known = new Set(['--json', '--details', '--self-check']);
  const unknown = argv.filter((arg) => !known.has(arg));
  if (unknown.length > 0) {
    process.stderr.write(
      `unknown option ${unknown.join(' ')}; use --json, --details, --self-check or --set <folder>\n`,
    );
    return 2;
  }
  let report: EvaluationReport;
  try {
    if (argv.includes('--self-check')) {
      const problems = await selfCheck(set);
      process.stdout.write(
        problems.length === 0
          ? 'self-check: a proposal built from gold scores 100 %, and every forbidden merge is caught\n'
          : `self-check failed:\n${problems.join('\n')}\n`,
      );
      return problems.length === 0 ? 0 : 1;
    }
    report = await evaluate(set === undefined ? {} : { devSetDir: set });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  process.stdout.write(
    argv.includes('--json')
      ? `${JSON.stringify(set === undefined ? report : { set, ...report }, null, 2)}\n`
      : `${set === undefined ? '' : `Set: ${set}\n`}${formatReport(report, argv.includes('--details'))}\n`,
  );
  return report.pipeline.ready ? 0 : 3;
}

process.exitCode = await main(process.argv.slice(2));
