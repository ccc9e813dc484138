import { ENTITY_LABEL, SEARCH_KEYS_PROPERTY, searchKeysOf } from '@guanxi/graph-schema';
import neo4j from 'neo4j-driver';
import type { Executor } from '../db/executor';
import { entityProjection, parseEntity } from './entity-record';

/** Entities per transaction: a large store is rewritten in bounded steps, never in one. */
const BATCH_SIZE = 2_000;

/**
 * Writes every entity's search keys again, in id order, a batch per transaction: stores written
 * before the keys existed become searchable, and a changed derivation reaches every node. Every
 * other write keeps the keys itself (`entityToStored`).
 */
export async function deriveSearchKeys(executor: Executor): Promise<number> {
  let after = '';
  let written = 0;
  for (;;) {
    const rows = await executor.run(
      'readEntitiesForSearchKeys',
      `MATCH (n:${ENTITY_LABEL}) WHERE n.id > $after
       WITH n ORDER BY n.id LIMIT $batch
       RETURN ${entityProjection('n')} AS entity`,
      { after, batch: neo4j.int(BATCH_SIZE) },
    );
    const entities = rows.map((row) => parseEntity(row.get('entity')));
    const last = entities.at(-1);
    if (!last) return written;
    await executor.writeTransaction('writeSearchKeys', (tx) =>
      tx.run(
        'writeSearchKeys',
        `UNWIND $rows AS row
         MATCH (n:${ENTITY_LABEL} {id: row.id})
         SET n.${SEARCH_KEYS_PROPERTY} = row.keys`,
        { rows: entities.map((entity) => ({ id: entity.id, keys: searchKeysOf(entity) })) },
      ),
    );
    written += entities.length;
    after = last.id;
  }
}
