import type { EntityRecord } from '../repositories/entity-record';
import type { PlannedEntity } from '../repositories/planned-entity-repository';
import type { SourceWithText } from '../repositories/source-repository';
import { pageReadingKey } from '../selection/entity-plan';
import type { Loaders } from './index';

/**
 * Puts what a planned statement read into the per-request loaders, so that the field resolvers
 * below find it there and send nothing more. What the plan did not cover still loads as before.
 */
export function primeSources(loaders: Loaders, sources: readonly SourceWithText[]): void {
  for (const { source, text } of sources) {
    loaders.source.prime(source.id, source);
    if (text !== undefined) loaders.sourceText.prime(source.id, text);
  }
}

/** Primes an entity's planned pages and sources, all the way down; returns its record. */
export function primePlannedEntity(loaders: Loaders, entity: PlannedEntity): EntityRecord {
  primeSources(loaders, entity.sources);
  for (const page of entity.pages) {
    if (!page) continue;
    const items = page.items.map((item) => {
      primeSources(loaders, item.sources);
      return { relation: item.relation, other: primePlannedEntity(loaders, item.other) };
    });
    loaders
      .relationPage(page.plan.spec, page.plan.window, pageReadingKey(page.plan))
      .prime(entity.record.id, { total: page.total, items });
  }
  return entity.record;
}
