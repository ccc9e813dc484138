import path from 'node:path';
import { checkGraph } from '@guanxi/graph-io';
import { generateSyntheticGraph } from '@guanxi/seed';
import { deleteGraph } from '../repositories/graph-import-repository';
import { writeGraph } from '../services/graph-import-service';
import { CliError, EXIT, openDatabase } from './database';
import { progressBar } from './progress';
import { invalidFile, parseOptions, runCli } from './run-cli';
import { scoreGraphWithProgress } from './score-graph';

const USAGE = `usage: npm run seed:synthetic -- --people N [--seed 42] [--data-dir .data/neo4j-synthetic] [--fresh]

Generates a synthetic graph of N people (deterministic for a seed) and loads it into its own
local database folder (NEO4J_URI, when set, wins). Serve it with
  GUANXI_DATA_DIR=.data/neo4j-synthetic npm start
Large graphs load in many batched transactions: an interrupted load leaves part of a graph that
is regenerable; run again (same --people and --seed) to complete it, or pass --fresh to empty the
database first (needed when changing --people or --seed in the same folder).`;

const DEFAULT_SYNTHETIC_DIR = '.data/neo4j-synthetic';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function wholeNumber(value: string | undefined, name: string, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  const number = Number(value);
  if (value === undefined || !Number.isInteger(number) || number < 0) {
    throw new CliError(
      `--${name} needs a whole number${value === undefined ? '' : `, got "${value}"`}\n\n${USAGE}`,
      EXIT.usage,
    );
  }
  return number;
}

await runCli(async () => {
  const options = parseOptions(
    {
      people: { type: 'string' },
      seed: { type: 'string' },
      'data-dir': { type: 'string' },
      fresh: { type: 'boolean' },
    },
    USAGE,
  );
  const people = wholeNumber(options.people, 'people');
  if (people < 1) throw new CliError(`--people must be at least 1\n\n${USAGE}`, EXIT.usage);
  const seed = wholeNumber(options.seed, 'seed', 42);

  let started = performance.now();
  const generated = generateSyntheticGraph({ people, seed });
  const generateMs = performance.now() - started;
  started = performance.now();
  const checked = checkGraph(generated, () => undefined);
  if (!checked.ok) throw invalidFile('the synthetic graph', checked.problems);
  const validateMs = performance.now() - started;
  const { graph } = checked;
  console.error(
    `Generated ${graph.entities.length} entities and ${graph.relationships.length} relationships ` +
      `(${people} people, seed ${seed}) in ${seconds(generateMs)}; validated in ${seconds(validateMs)}.`,
  );

  const database = await openDatabase(path.resolve(options['data-dir'] ?? DEFAULT_SYNTHETIC_DIR));
  const progress = progressBar('synthetic', graph.entities.length + graph.relationships.length);
  try {
    if (options.fresh) await deleteGraph(database.executor);
    started = performance.now();
    const summary = await writeGraph(database.executor, graph, {
      transactions: 'per-batch',
      onProgress: progress.onProgress,
    });
    progress.stop();
    console.log(
      `Loaded into ${database.description} in ${seconds(performance.now() - started)}: ` +
        `${summary.sources} sources, ${summary.entities} entities, ${summary.relationships} relationships, ${summary.mentions} mentions.`,
    );
    await scoreGraphWithProgress(database);
  } finally {
    progress.stop();
    await database.close();
  }
});
