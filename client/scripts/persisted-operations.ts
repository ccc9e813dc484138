import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { collectPersistedOperations } from './collect-operations';

/** Build step: writes dist/persisted-operations.json, which the server loads at start. */
const out = path.resolve(import.meta.dirname, '..', 'dist', 'persisted-operations.json');
const operations = await collectPersistedOperations();
await writeFile(out, `${JSON.stringify(operations, null, 2)}\n`);
console.log(`${Object.keys(operations).length} persisted operations → ${out}`);
