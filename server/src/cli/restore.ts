import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  emptyForRestore,
  parseBackup,
  restoreBackup,
  storedRecords,
} from '../services/backup-service';
import { CliError, displayPath, EXIT, openDatabase } from './database';
import { progressBar } from './progress';
import { parseCommandLine, runCli } from './run-cli';

const USAGE = `usage: npm run restore -- FILE [--force] [--per-batch] [--data-dir .data/neo4j]

Loads a backup written by \`npm run backup\` into an EMPTY database: the graph, the audit trail,
the ingest drafts and saved views, as they were. The whole file is checked before anything is written.
Connects to NEO4J_URI when set, else to the local database (stop \`npm start\` first).

--force      the database is not empty: delete its graph, audit trail, drafts and saved views,
             then restore.
--per-batch  loads a graph too large for one transaction in many; if it fails half-way, run
             it again with --force.`;

await runCli(async () => {
  const { options, positionals } = parseCommandLine(
    {
      force: { type: 'boolean' },
      'per-batch': { type: 'boolean' },
      'data-dir': { type: 'string' },
    },
    USAGE,
  );
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new CliError(USAGE, EXIT.usage);
  const bytes = await readFile(path.resolve(file)).catch(() => {
    throw new CliError(`Cannot read ${file}: no such file.`, EXIT.invalidFile);
  });
  // Checked whole before a database is opened: a bad file costs no Neo4j start-up.
  const parsed = parseBackup(bytes);
  if (!parsed.ok) {
    throw new CliError(
      `${displayPath(file)} is not a backup that can be restored; nothing was written:\n` +
        parsed.problems.map((problem) => `  ${problem}`).join('\n'),
      EXIT.invalidFile,
    );
  }

  const database = await openDatabase(options['data-dir']);
  const { graph, backup } = parsed;
  const progress = progressBar('restore', graph.entities.length + graph.relationships.length);
  try {
    const present = await storedRecords(database.executor);
    if (Object.keys(present).length > 0) {
      const what = Object.entries(present)
        .map(([kind, count]) => `${count} ${kind}`)
        .join(', ');
      if (!options.force) {
        throw new CliError(
          `${database.description} is not empty (${what}); nothing was written. ` +
            'Restore into an empty database, or pass --force to delete what is there first.',
          EXIT.failure,
        );
      }
      console.error(`--force: deleting ${what} from ${database.description}.`);
      await emptyForRestore(database.executor);
    }
    await restoreBackup(database.executor, parsed, {
      transactions: options['per-batch'] ? 'per-batch' : 'single',
      onProgress: progress.onProgress,
    });
    progress.stop();
    console.log(
      `Restored ${displayPath(file)} (taken ${backup.createdAt}, schema ${backup.schemaVersion}) ` +
        `into ${database.description}: ${graph.sources.length} source(s), ${graph.entities.length} entities, ` +
        `${graph.relationships.length} relationships, ${backup.auditEntries.length} audit entries, ` +
        `${backup.ingestDrafts.length} ingest drafts, ${backup.savedViews.length} saved views.`,
    );
  } finally {
    progress.stop();
    await database.close();
  }
});
