import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { testConnection } from './test-database';

const run = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** One of the server's commands (`npm run <script>`) as a person runs it, against the test Neo4j. */
export async function serverCli(script: string, ...args: string[]): Promise<CliResult> {
  const connection = testConnection();
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', `server/src/cli/${script}.ts`, ...args],
      {
        env: {
          ...process.env,
          NEO4J_URI: connection.uri,
          NEO4J_USER: connection.user,
          NEO4J_PASSWORD: connection.password,
        },
        maxBuffer: 20 * 1024 * 1024,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as CliResult;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
