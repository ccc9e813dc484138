import DataLoader from 'dataloader';
import type { Executor } from '../db/executor';
import type { EntityRecord } from '../repositories/entity-record';
import { readEntitiesByIds } from '../repositories/entity-repository';
import {
  type SourceRecord,
  readSourcesByIds,
  readSourceTextsByIds,
} from '../repositories/source-repository';
import {
  type PageWindow,
  type RelationFieldSpec,
  type RelationPage,
  readRelationPages,
} from '../repositories/relation-page-repository';

/**
 * The server's one batching mechanism: per-request DataLoaders in the context. Every read by id
 * or by parent goes through them, so a field under many parents is one statement, not one each.
 */
export interface Loaders {
  entity: DataLoader<string, EntityRecord | null>;
  /** A source's metadata, without its text. */
  source: DataLoader<string, SourceRecord | null>;
  /** Source texts are long: loaded only when `Source.text` is asked for. */
  sourceText: DataLoader<string, string | null>;
  /**
   * The loader for one relationship field, one page window and one reading (what its rows carry,
   * see `pageReadingKey`), shared by all its parents. What it loads itself it reads whole.
   */
  relationPage(
    spec: RelationFieldSpec,
    window: PageWindow,
    readingKey: string,
  ): DataLoader<string, RelationPage>;
}

const EMPTY_PAGE: RelationPage = { total: 0, items: [] };

/**
 * Per-request loaders. Relationship loaders are keyed by field and page window, so
 * `members(first: 5)` under twenty institutions is one statement, and a different page of the
 * same field is another — never one statement per parent.
 */
export function createLoaders(executor: Executor): Loaders {
  const relationLoaders = new Map<string, DataLoader<string, RelationPage>>();
  return {
    entity: new DataLoader((ids) => readEntitiesByIds(executor, ids)),
    source: new DataLoader((ids) => readSourcesByIds(executor, ids)),
    sourceText: new DataLoader((ids) => readSourceTextsByIds(executor, ids)),
    relationPage(spec, window, readingKey) {
      const key = `${spec.name}:${window.offset}:${window.limit}:${readingKey}`;
      let loader = relationLoaders.get(key);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const pages = await readRelationPages(executor, spec, ids, window);
          return ids.map((id) => pages.get(id) ?? EMPTY_PAGE);
        });
        relationLoaders.set(key, loader);
      }
      return loader;
    },
  };
}
