import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatDocument, stringifyDocument } from '@urql/core';
import { builtDocuments } from '../src/lib/graphql';

const featuresDir = path.resolve(import.meta.dirname, '..', 'src', 'features');

/** Documents live in `features/<feature>/api/`: importing those modules builds every one. */
async function apiModules(): Promise<string[]> {
  const features = await readdir(featuresDir, { withFileTypes: true });
  const modules: string[] = [];
  for (const feature of features.filter((entry) => entry.isDirectory())) {
    const apiDir = path.join(featuresDir, feature.name, 'api');
    const files = await readdir(apiDir).catch(() => [] as string[]);
    modules.push(
      ...files.filter((file) => file.endsWith('.ts')).map((file) => path.join(apiDir, file)),
    );
  }
  return modules.sort();
}

/**
 * Every operation the explorer can send, keyed by the SHA-256 its persisted exchange sends.
 * The key is computed as urql computes it (the document with `__typename` added, printed), so
 * the server can run the explorer in persisted-operations-only mode.
 */
export async function collectPersistedOperations(): Promise<Record<string, string>> {
  for (const module of await apiModules()) await import(pathToFileURL(module).href);
  const operations: Record<string, string> = {};
  for (const document of builtDocuments()) {
    const isOperation = document.definitions.some(
      (definition) => definition.kind === 'OperationDefinition',
    );
    if (!isOperation) continue;
    const text = stringifyDocument(formatDocument(document));
    operations[createHash('sha256').update(text).digest('hex')] = text;
  }
  return operations;
}
