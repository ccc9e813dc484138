import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ARTICLE_GRAPH_FILE, checkGraph, textFilesBeside, writeGraph } from '@guanxi/server';
import { CliError, displayPath, EXIT, openDatabase } from './database';
import { progressBar } from './progress';
import { invalidFile, parseOptions, runCli } from './run-cli';

const USAGE = `usage: npm run seed [-- --file graph.json] [--data-dir .data/neo4j]

Validates the whole graph file (by default the article's curated graph) and loads it in one
transaction: an invalid file writes nothing and every problem is listed (exit code 1). Loading
the same file again changes nothing. Connects to NEO4J_URI when set, else to the local database.`;

await runCli(async () => {
  const options = parseOptions({ file: { type: 'string' }, 'data-dir': { type: 'string' } }, USAGE);
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
    const summary = await writeGraph(database.executor, graph, { onProgress: progress.onProgress });
    progress.stop();
    console.log(
      `Loaded ${displayPath(file)} into ${database.description}: ` +
        `${summary.sources} source(s), ${summary.entities} entities, ${summary.relationships} relationships, ${summary.mentions} mentions.`,
    );
  } finally {
    progress.stop();
    await database.close();
  }
});
