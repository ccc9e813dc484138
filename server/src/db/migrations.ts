import { type Migration, MIGRATIONS, type SchemaElement } from '@guanxi/graph-schema';
import { deriveSearchKeys } from '../repositories/search-keys-repository';
import type { Executor } from './executor';

type SchemaStatement = Exclude<SchemaElement, { kind: 'derive-search-keys' }>;

/** Labels, types and property names come from graph-schema, never from users: safe to inline. */
function cypherFor(element: SchemaStatement): string {
  switch (element.kind) {
    case 'node-unique':
      return `CREATE CONSTRAINT ${element.name} IF NOT EXISTS FOR (n:${element.label}) REQUIRE n.${element.property} IS UNIQUE`;
    case 'node-range':
      return `CREATE INDEX ${element.name} IF NOT EXISTS FOR (n:${element.label}) ON (n.${element.property})`;
    case 'relationship-range':
      return `CREATE INDEX ${element.name} IF NOT EXISTS FOR ()-[r:${element.type}]-() ON (r.${element.property})`;
    case 'relationship-unique':
      return `CREATE CONSTRAINT ${element.name} IF NOT EXISTS FOR ()-[r:${element.type}]-() REQUIRE r.${element.property} IS UNIQUE`;
    case 'drop-index':
      return `DROP INDEX ${element.name} IF EXISTS`;
    case 'node-fulltext':
      return `CREATE FULLTEXT INDEX ${element.name} IF NOT EXISTS FOR (n:${element.labels.join('|')}) ON EACH [${element.properties.map((p) => `n.${p}`).join(', ')}]`;
  }
}

/**
 * Applies every migration newer than the version recorded in the database, in order, and
 * records each. Each statement is idempotent, so a crash half-way is repaired by the next run.
 */
export async function applyMigrations(
  executor: Executor,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<{ from: number; to: number }> {
  // Schema changes cannot share a transaction with data writes: each statement is its own.
  const write = (name: string, cypher: string, params: Record<string, unknown> = {}) =>
    executor.writeTransaction(name, (tx) => tx.run(name, cypher, params));
  const [row] = await executor.run(
    'schemaVersion',
    'OPTIONAL MATCH (m:SchemaMigration) RETURN coalesce(max(m.version), 0) AS version',
  );
  const from = Number(row?.get('version') ?? 0);
  let to = from;
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (migration.version <= from) continue;
    for (const element of migration.elements) {
      if (element.kind === 'derive-search-keys') await deriveSearchKeys(executor);
      else await write(`migration${migration.version}:${element.name}`, cypherFor(element));
    }
    await write(
      'recordMigration',
      'MERGE (m:SchemaMigration {version: $version}) SET m.description = $description, m.appliedAt = datetime()',
      { version: migration.version, description: migration.description },
    );
    to = migration.version;
  }
  await write('awaitIndexes', 'CALL db.awaitIndexes(60)');
  return { from, to };
}
