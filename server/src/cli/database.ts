import { createConnection } from 'node:net';
import path from 'node:path';
import {
  defaultDataDir,
  externalConnectionFromEnv,
  findFreePort,
  localSettingsFromEnv,
  type Neo4jConnection,
  startLocalNeo4j,
} from '@guanxi/neo4j-local';
import { createDriver } from '../db/driver';
import { Executor } from '../db/executor';
import { applyMigrations } from '../db/migrations';
import { createLogger } from '../logger';

export interface OpenDatabase {
  executor: Executor;
  /** Where the data lives, for messages: a Bolt address or a local folder. */
  description: string;
  close(): Promise<void>;
}

/** A problem the person running the CLI can fix; printed without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** Exit codes of the seed CLIs. */
export const EXIT = { ok: 0, invalidFile: 1, usage: 2, failure: 3 } as const;

/** Imports and exports run long; they get minutes, not the API's seconds. */
const CLI_TRANSACTION_TIMEOUT_MS = 10 * 60_000;

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** A folder as a person would type it: relative when inside the working directory. */
export function displayPath(folder: string): string {
  const relative = path.relative(process.cwd(), folder);
  return relative === '' || relative.startsWith('..') ? path.resolve(folder) : relative;
}

function alreadyOpen(dataDir: string, port?: number): CliError {
  const relative = displayPath(dataDir);
  const where = port
    ? ` (a Neo4j is answering on bolt://127.0.0.1:${port}, probably \`npm start\`)`
    : '';
  return new CliError(
    `The local database in ${relative} is already open in another process${where}. ` +
      'Only one process can open it. Either stop that process, or point this command at it:\n' +
      `  NEO4J_URI=bolt://127.0.0.1:${port ?? '<its Bolt port>'} NEO4J_PASSWORD="$(cat ${path.join(relative, 'password')})" npm run …`,
    EXIT.failure,
  );
}

async function localConnection(
  dataDir: string,
): Promise<{ connection: Neo4jConnection; stop(): Promise<void> }> {
  // `npm start` keeps the default store open on this port: say so before the JVM fails on its lock.
  const { boltPort: serverPort, heapMiB, pageCacheMiB } = localSettingsFromEnv();
  if (path.resolve(dataDir) === path.resolve(defaultDataDir()) && (await isListening(serverPort))) {
    throw alreadyOpen(dataDir, serverPort);
  }
  try {
    // Same memory settings as the server's local Neo4j, so both can open the same store alike.
    const local = await startLocalNeo4j({
      dataDir,
      boltPort: await findFreePort(),
      heapMiB,
      pageCacheMiB,
      log: (line) => process.stderr.write(`${line}\n`),
    });
    return { connection: local, stop: () => local.stop() };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (/lock/i.test(reason)) throw alreadyOpen(dataDir);
    throw new CliError(`Could not start the local Neo4j in ${dataDir}:\n${reason}`, EXIT.failure);
  }
}

/**
 * Connects like the server does: NEO4J_URI when set, otherwise the local Neo4j of `dataDir`
 * (the server's `.data/neo4j` unless given), started by this process. Applies the migrations,
 * so a fresh folder gets its constraints and indexes before anything is written.
 */
export async function openDatabase(dataDir: string = defaultDataDir()): Promise<OpenDatabase> {
  const external = externalConnectionFromEnv();
  const { connection, stop } = external
    ? { connection: external, stop: async () => {} }
    : await localConnection(path.resolve(dataDir));
  const driver = createDriver(connection);
  const executor = new Executor(driver, {
    timeoutMs: CLI_TRANSACTION_TIMEOUT_MS,
    logger: createLogger('error'),
  });
  const close = async () => {
    await driver.close();
    await stop();
  };
  try {
    await driver.verifyConnectivity();
    await applyMigrations(executor);
  } catch (error) {
    await close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`Could not use the Neo4j at ${connection.uri}: ${reason}`, EXIT.failure);
  }
  return {
    executor,
    description: external ? connection.uri : displayPath(dataDir),
    close,
  };
}
