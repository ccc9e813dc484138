import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkGraph, textFilesBeside } from '@guanxi/graph-io';
import { ARTICLE_GRAPH_FILE } from '@guanxi/seed';
import { writeGraph } from '../services/graph-import-service';
import { CliError, displayPath, EXIT, openDatabase } from './database';
import { progressBar } from './progress';
import { invalidFile, parseOptions, runCli } from './run-cli';
import { scoreGraphWithProgress } from './score-graph';

const USAGE = `usage: npm run seed [-- --file graph.json] [--data-dir .data/neo4j] [--per-batch]

Validates the whole graph file (by default the article's curated graph) and loads it in one
transaction: an invalid file writes nothing and every problem is listed (exit code 1). Loading
the same file again changes nothing. Connects to NEO4J_URI when set, else to the local database.

--per-batch  loads a file too large for one transaction in many (1,000 rows each): a failure
             may then leave part of it written; loading it again completes it.`;

/** Neo4j refuses a transaction whose state outgrows its memory pool; it writes nothing. */
function isTransactionTooLarge(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (
    (typeof code === 'string' && code.includes('MemoryPoolOutOfMemoryError')) ||
    (typeof message === 'string' && message.includes('dbms.memory.transaction.total.max'))
  );
}

await runCli(async () => {
  const options = parseOptions(
    { file: { type: 'string' }, 'data-dir': { type: 'string' }, 'per-batch': { type: 'boolean' } },
    USAGE,
  );
  const file = path.resolve(options.file ?? ARTICLE_GRAPH_FILE);
  let input: unknown;
  try {
    input = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`Cannot read ${file} as JSON: ${reason}`, EXIT.invalidFile);
  }
  // Checked before any database is opened: a bad file costs no Neo4j start-up.
  const checked = checkGraph(input, textFilesBeside(file));
  if (!checked.ok) throw invalidFile(file, checked.problems);

  const database = await openDatabase(options['data-dir']);
  const { graph } = checked;
  const progress = progressBar('seed', graph.entities.length + graph.relationships.length);
  try {
    const summary = await writeGraph(database.executor, graph, {
      transactions: options['per-batch'] ? 'per-batch' : 'single',
      onProgress: progress.onProgress,
    }).catch((error: unknown) => {
      if (!isTransactionTooLarge(error)) throw error;
      throw new CliError(
        `${displayPath(file)} is too large to load in one transaction (Neo4j's transaction memory ` +
          'limit); nothing was written. Load it with --per-batch, or give the local Neo4j more ' +
          'memory (NEO4J_LOCAL_HEAP_MIB, default 2048).',
        EXIT.failure,
      );
    });
    progress.stop();
    console.log(
      `Loaded ${displayPath(file)} into ${database.description}: ` +
        `${summary.sources} source(s), ${summary.entities} entities, ${summary.relationships} relationships, ${summary.mentions} mentions.`,
    );
    await scoreGraphWithProgress(database);
  } finally {
    progress.stop();
    await database.close();
  }
});
