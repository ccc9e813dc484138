import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { printSchemaSDL } from '../src/schema/print';

/** `npm run schema:print`: writes the SDL the client types its documents against. */
const target = path.resolve(import.meta.dirname, '..', 'schema.graphql');
await writeFile(target, printSchemaSDL());
process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
