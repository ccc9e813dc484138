import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  backupFileName,
  countsOf,
  InconsistentBackupError,
  serialiseBackup,
  takeBackup,
} from '../services/backup-service';
import { CliError, displayPath, EXIT, openDatabase } from './database';
import { parseOptions, runCli } from './run-cli';

const USAGE = `usage: npm run backup [-- --out .data/backups] [--data-dir .data/neo4j]

Writes the whole database (sources, entities, relationships, the audit trail, ingest drafts and
saved views) as one gzipped file, read in one transaction while the server keeps serving:
  <out>/guanxi-backup-<UTC time>-schema<migration version>.json.gz
\`npm run restore -- FILE\` loads it into an empty database. Connects to NEO4J_URI when set (a
running server: NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_PASSWORD="$(cat .data/neo4j/password)"),
otherwise to the local database.`;

const DEFAULT_BACKUP_DIR = '.data/backups';

await runCli(async () => {
  const options = parseOptions({ out: { type: 'string' }, 'data-dir': { type: 'string' } }, USAGE);
  const outDir = path.resolve(options.out ?? DEFAULT_BACKUP_DIR);
  const database = await openDatabase(options['data-dir']);
  try {
    const started = performance.now();
    const backup = await takeBackup(database.executor).catch((error: unknown) => {
      if (error instanceof InconsistentBackupError)
        throw new CliError(`${error.message}\nNothing was written.`, EXIT.failure);
      throw error;
    });
    const bytes = serialiseBackup(backup);
    await mkdir(outDir, { recursive: true });
    const file = path.join(outDir, backupFileName(backup));
    // Written aside and renamed: a file under its final name is always a whole backup.
    await writeFile(`${file}.partial`, bytes);
    await rename(`${file}.partial`, file);
    const counts = countsOf(backup);
    console.log(
      `Backed up ${database.description} to ${displayPath(file)} ` +
        `(${(bytes.length / 1024).toFixed(0)} KiB, ${((performance.now() - started) / 1000).toFixed(1)} s): ` +
        `${counts.sources} source(s), ${counts.entities} entities, ${counts.relationships} relationships, ` +
        `${counts.auditEntries} audit entries, ${counts.ingestDrafts} ingest drafts, ${counts.savedViews} saved views.`,
    );
  } finally {
    await database.close();
  }
});
