import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { classDataSharing, ensureLauncherBuilt, launcherClasspath } from './launcher-build';
import { loadOrCreatePassword } from './password';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
}

export interface LocalNeo4jExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface LocalNeo4j extends Neo4jConnection {
  dataDir: string;
  /** The JVM's process id. */
  pid: number | undefined;
  /** Settles when the JVM exits, for whatever reason (a stop, a crash, `kill -9`). */
  exited: Promise<LocalNeo4jExit>;
  /** Stops the JVM and waits for it to exit; safe to call more than once. */
  stop(): Promise<void>;
}

export interface LocalNeo4jOptions {
  /** Holds the store, the logs and the generated password. */
  dataDir: string;
  boltPort?: number;
  /** Sized for a 2-core, 24 GiB machine by default; tests ask for less. */
  heapMiB?: number;
  pageCacheMiB?: number;
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

const javaBinary = (): string =>
  process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';

async function logTail(dataDir: string, lines = 25): Promise<string> {
  const debugLog = path.join(dataDir, 'logs', 'debug.log');
  if (!existsSync(debugLog)) return '(no debug.log was written)';
  return (await readFile(debugLog, 'utf8')).trimEnd().split('\n').slice(-lines).join('\n');
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Starts Neo4j Community as a real Bolt server on 127.0.0.1 and resolves once Bolt answers.
 * The JVM also watches its standard input, so it exits even if this process is killed hard.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const {
    dataDir,
    boltPort = 7687,
    heapMiB = 2048,
    pageCacheMiB = 1024,
    startTimeoutMs = 120_000,
    log = () => {},
  } = options;
  await ensureLauncherBuilt(log);
  const password = await loadOrCreatePassword(dataDir);
  const cds = classDataSharing();
  const java = spawn(
    javaBinary(),
    [
      `-Xms${Math.min(heapMiB, 512)}m`,
      `-Xmx${heapMiB}m`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      ...cds.jvmFlags,
      '-cp',
      launcherClasspath(),
      'guanxi.LocalNeo4j',
      dataDir,
      String(boltPort),
      String(pageCacheMiB),
    ],
    { stdio: 'pipe', env: { ...process.env, NEO4J_LOCAL_PASSWORD: password } },
  );
  let stopRequested = false;
  const stderr: string[] = [];
  java.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  // Closing the stdin of a JVM that already died (kill -9) fails with EPIPE: nothing to do then.
  java.stdin.on('error', () => {});
  const exited = new Promise<LocalNeo4jExit>((resolve) => {
    java.once('exit', (code, signal) => {
      // Asked to stop and did (exit 0 or SIGTERM's 143), rather than crashed or force-killed.
      cds.afterExit(stopRequested && (code === 0 || code === 143));
      resolve({ code, signal });
    });
    java.once('error', () => resolve({ code: null, signal: null }));
  });

  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(
          new Error(
            `Neo4j did not open Bolt on 127.0.0.1:${boltPort} within ${startTimeoutMs / 1000}s`,
          ),
        ),
      startTimeoutMs,
    );
    createInterface({ input: java.stdout }).on('line', (line) => {
      if (line.startsWith('READY')) {
        clearTimeout(timer);
        resolve();
      }
    });
    java.once('error', (error) => {
      clearTimeout(timer);
      reject(
        new Error(`Could not start Java (${javaBinary()}): ${error.message}. Install Java 17.`),
      );
    });
    java.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Neo4j exited during start-up (exit ${code})`));
    });
  });

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (java.exitCode !== null || java.signalCode !== null) return;
      stopRequested = true;
      java.stdin.end();
      java.kill('SIGTERM');
      await waitForExit(java, 30_000);
    })();
    return stopping;
  };

  try {
    await ready;
  } catch (error) {
    await stop();
    const reason = error instanceof Error ? error.message : String(error);
    const errors = stderr.join('').trim().split('\n').slice(-10).join('\n');
    throw new Error(
      `${reason}.\n--- launcher stderr ---\n${errors || '(empty)'}\n--- ${path.join(dataDir, 'logs', 'debug.log')} (tail) ---\n${await logTail(dataDir)}`,
    );
  }
  log(`Neo4j 5.26 is listening on bolt://127.0.0.1:${boltPort} (data in ${dataDir})`);
  return {
    uri: `bolt://127.0.0.1:${boltPort}`,
    user: 'neo4j',
    password,
    dataDir,
    pid: java.pid,
    exited,
    stop,
  };
}
