import { writeFile } from 'node:fs/promises';
import { serialiseGraphFile } from '@guanxi/graph-io';
import { exportGraph } from '../services/graph-export-service';
import { displayPath, openDatabase } from './database';
import { parseOptions, runCli } from './run-cli';

const USAGE = `usage: npm run export -- [--out graph.json] [--data-dir .data/neo4j]

Writes the whole database as a graph file (format guanxi-graph/1, source texts inline) that
\`npm run seed -- --file\` loads back unchanged. Without --out, writes to standard output.`;

await runCli(async () => {
  const options = parseOptions({ out: { type: 'string' }, 'data-dir': { type: 'string' } }, USAGE);
  const database = await openDatabase(options['data-dir']);
  try {
    const graph = await exportGraph(database.executor);
    const json = serialiseGraphFile(graph);
    if (!options.out) {
      process.stdout.write(json);
      return;
    }
    await writeFile(options.out, json);
    console.error(
      `Exported ${database.description} to ${displayPath(options.out)}: ` +
        `${graph.sources.length} source(s), ${graph.entities.length} entities, ${graph.relationships.length} relationships.`,
    );
  } finally {
    await database.close();
  }
});
