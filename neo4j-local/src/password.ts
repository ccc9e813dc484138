import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The local server's password is generated on first start and kept beside its data, readable
 * only by its owner, so that nothing secret is ever committed or printed.
 */
export async function loadOrCreatePassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  await mkdir(dataDir, { recursive: true });
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** For logs: enough to tell two passwords apart, never enough to use one. */
export const maskSecret = (secret: string): string =>
  `${secret.slice(0, 2)}…(${secret.length} chars)`;
