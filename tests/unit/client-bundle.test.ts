import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';

/**
 * The built client (`npm run build -w client`, which `npm test` runs first): small chunks, and
 * Cytoscape in vendor chunks that a change to our code leaves as they are, so browsers keep them.
 */
const assets = path.resolve(import.meta.dirname, '..', '..', 'client', 'dist', 'assets');
const CHUNK_LIMIT_BYTES = 500 * 1000;
/** Chunks whose content, and so whose hashed name, depends on libraries alone. */
const STABLE_CHUNK = /^(vendor(-[a-z]+)?|rolldown-runtime)-[\w-]+\.js$/;
/** A string only Cytoscape's own source contains. */
const CYTOSCAPE_MARKER = 'webgl rendering enabled';

let chunks: { name: string; text: string; bytes: number }[];
beforeAll(async () => {
  const names = (await readdir(assets)).filter((name) => name.endsWith('.js'));
  chunks = await Promise.all(
    names.map(async (name) => ({
      name,
      text: await readFile(path.join(assets, name), 'utf8'),
      bytes: (await stat(path.join(assets, name))).size,
    })),
  );
});

/** A chunk's name without its content hash (eight characters). */
const chunkName = (file: string) => file.replace(/-[\w-]{8}\.js$/, '');

const importsOf = (text: string) =>
  [...text.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map((match) => match[1]!);

describe('the client bundle', () => {
  it('has no JavaScript chunk over 500 kB', () => {
    expect(chunks.length).toBeGreaterThan(3);
    const oversized = chunks.filter((chunk) => chunk.bytes > CHUNK_LIMIT_BYTES);
    expect(oversized.map(({ name, bytes }) => `${name}: ${bytes} bytes`)).toEqual([]);
  });

  it('keeps Cytoscape in vendor-cytoscape chunks only, for the page and for the layout worker', () => {
    const holding = chunks.filter((chunk) => chunk.text.includes(CYTOSCAPE_MARKER));
    expect(holding.map((chunk) => chunkName(chunk.name))).toEqual([
      'vendor-cytoscape',
      'vendor-cytoscape',
    ]);
  });

  it('names vendor chunks by their own content: they import only other vendor chunks', () => {
    const stable = chunks.filter((chunk) => STABLE_CHUNK.test(chunk.name));
    expect(stable.map((chunk) => chunkName(chunk.name)).sort()).toEqual(
      expect.arrayContaining(['vendor-cytoscape', 'vendor-layout', 'vendor-react']),
    );
    for (const chunk of stable)
      for (const imported of importsOf(chunk.text)) expect(imported).toMatch(STABLE_CHUNK);
  });
});
