import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { PersistedOperations } from './plugins/use-persisted-operations';

const ManifestSchema = z.record(z.string().regex(/^[0-9a-f]{64}$/), z.string().min(1));

/**
 * The explorer's operations, written by its build (client/dist/persisted-operations.json).
 * Missing: no operation is registered (fine unless persisted-only mode is on, which refuses to
 * start without them, see main.ts).
 */
export async function readPersistedOperations(file: string): Promise<PersistedOperations> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw error;
  }
  const parsed = ManifestSchema.safeParse(JSON.parse(raw));
  if (!parsed.success) throw new Error(`${file} is not a persisted-operations file`);
  return new Map(Object.entries(parsed.data));
}
