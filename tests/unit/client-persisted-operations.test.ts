import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { collectPersistedOperations } from '../../client/scripts/collect-operations';

const clientSrc = path.resolve(import.meta.dirname, '..', '..', 'client', 'src');

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('the explorer’s registered operations', () => {
  it('include every operation the client source writes, each under its hash', async () => {
    const written = new Set<string>();
    for (const file of await sourceFiles(clientSrc)) {
      const text = await readFile(file, 'utf8');
      if (!/\bgraphql\(\s*`/.test(text)) continue;
      const operations = [...text.matchAll(/\b(query|mutation)\s+(\w+)\s*[({]/g)];
      // The build imports features/*/api/ only: an operation elsewhere would not be registered.
      // A shared fragment may live in lib/: it is registered inside the operations spreading it.
      if (operations.length > 0)
        expect(path.relative(clientSrc, file)).toMatch(/^features\/[^/]+\/api\//);
      for (const match of operations) written.add(match[2]!);
    }
    const operations = await collectPersistedOperations();
    const registered = new Set(
      Object.values(operations).map((text) => /^(?:query|mutation)\s+(\w+)/.exec(text)?.[1]),
    );
    expect(written.size).toBeGreaterThan(10);
    expect([...registered].sort()).toEqual([...written].sort());
    for (const text of Object.values(operations)) expect(text).toContain('__typename');
  });
});
