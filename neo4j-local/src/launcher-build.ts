import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** The Maven project beside this folder: pom.xml plus the Java launcher. */
export const launcherHome = path.resolve(import.meta.dirname, '..');
const jarPath = path.join(launcherHome, 'target', 'neo4j-local-1.0.0.jar');
const libDir = path.join(launcherHome, 'target', 'lib');

export const launcherClasspath = (): string => `${jarPath}${path.delimiter}${libDir}/*`;

/**
 * A class-data-sharing archive of the classes Neo4j loads: with it the JVM starts about a third
 * faster (far more on a busy machine), and that start is most of the time a supervised restart
 * takes. The first start without one records it; a clean stop writes it (beside the jar, so a
 * rebuild drops it). A JVM that finds it stale or unusable ignores it and starts as before.
 */
const cdsArchive = path.join(launcherHome, 'target', 'neo4j-local.jsa');

export interface ClassDataSharing {
  jvmFlags: string[];
  /** After the JVM exited: keeps the archive it recorded if it exited cleanly. */
  afterExit(clean: boolean): void;
}

export function classDataSharing(): ClassDataSharing {
  if (existsSync(cdsArchive) && statSync(cdsArchive).mtimeMs >= statSync(jarPath).mtimeMs) {
    return { jvmFlags: [`-XX:SharedArchiveFile=${cdsArchive}`], afterExit: () => {} };
  }
  const recording = `${cdsArchive}.${process.pid}.${Date.now()}.tmp`;
  return {
    jvmFlags: [`-XX:ArchiveClassesAtExit=${recording}`],
    afterExit(clean) {
      try {
        if (clean && existsSync(recording)) renameSync(recording, cdsArchive);
        else rmSync(recording, { force: true });
      } catch {
        // Only a faster start is lost.
      }
    },
  };
}

async function newestSourceTime(): Promise<number> {
  const sources = [path.join(launcherHome, 'pom.xml')];
  const javaDir = path.join(launcherHome, 'src', 'main', 'java', 'guanxi');
  for (const file of await readdir(javaDir)) sources.push(path.join(javaDir, file));
  return Math.max(...sources.map((file) => statSync(file).mtimeMs));
}

/**
 * Resolves Neo4j's artifacts from Maven Central and compiles the launcher, unless the build
 * output is newer than its sources. The first run downloads about 120 MiB.
 */
export async function ensureLauncherBuilt(log: (line: string) => void = () => {}): Promise<void> {
  if (
    existsSync(jarPath) &&
    existsSync(libDir) &&
    statSync(jarPath).mtimeMs >= (await newestSourceTime())
  ) {
    return;
  }
  log('Resolving Neo4j 5.26 from Maven Central and building the launcher (first run only)…');
  rmSync(cdsArchive, { force: true });
  await new Promise<void>((resolve, reject) => {
    const mvn = spawn('mvn', ['-q', '-B', '-f', path.join(launcherHome, 'pom.xml'), 'package'], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    mvn.on('error', (error) =>
      reject(
        new Error(`Could not run Maven ('mvn'): ${error.message}. Install Maven 3 and Java 17.`),
      ),
    );
    mvn.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`Maven failed (exit ${code}) building neo4j-local/`)),
    );
  });
}
