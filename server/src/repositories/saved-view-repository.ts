import { SAVED_VIEW_LABEL, type SavedView, SavedViewSchema } from '@guanxi/graph-schema';
import neo4j from 'neo4j-driver';
import type { QueryRunner } from '../db/executor';

/** Where a page of views starts: after the view with this sort key (newest saves first). */
export interface SavedViewKey {
  updatedAt: string;
  id: string;
}

interface SavedViewPage {
  items: SavedView[];
  total: number;
  hasMore: boolean;
}

/** Stored times are datetimes; a view leaves as ISO 8601 text (`note` absent when none). */
const projection = (v: string): string =>
  `${v} {.*, createdAt: toString(${v}.createdAt), updatedAt: toString(${v}.updatedAt)}`;

const parseView = (value: unknown): SavedView => SavedViewSchema.parse(value);

/**
 * Creates the owner's view of that name, or replaces it. MERGE on the uniquely constrained
 * `ownerKey` makes simultaneous saves queue on one node; its lock is taken before `before` is
 * read and the time taken, so the audit trail sees what each save really replaced, and the
 * save that commits last is the newest.
 */
export async function upsertSavedView(
  tx: QueryRunner,
  view: { ownerKey: string; savedBy: string; name: string; note?: string; state: string },
): Promise<{ before: SavedView | undefined; after: SavedView }> {
  const [row] = await tx.run(
    'upsertSavedView',
    `MERGE (v:${SAVED_VIEW_LABEL} {ownerKey: $ownerKey})
     ON CREATE SET v.id = randomUUID(), v.savedBy = $savedBy
     SET v._lock = true
     REMOVE v._lock
     WITH v, datetime.realtime() AS now,
          CASE WHEN v.state IS NULL THEN null ELSE ${projection('v')} END AS before
     SET v.name = $name, v.note = $note, v.state = $state,
         v.createdAt = coalesce(v.createdAt, now), v.updatedAt = now
     RETURN before, ${projection('v')} AS after`,
    { ...view, note: view.note ?? null },
  );
  const before: unknown = row?.get('before');
  return {
    before: before === null || before === undefined ? undefined : parseView(before),
    after: parseView(row?.get('after')),
  };
}

export async function readSavedView(
  runner: QueryRunner,
  id: string,
): Promise<SavedView | undefined> {
  const [row] = await runner.run(
    'readSavedView',
    `MATCH (v:${SAVED_VIEW_LABEL} {id: $id}) RETURN ${projection('v')} AS view`,
    { id },
  );
  return row ? parseView(row.get('view')) : undefined;
}

/** Reads a view under its write lock: a delete and a save of the same view queue. */
export async function lockSavedView(tx: QueryRunner, id: string): Promise<SavedView | undefined> {
  const [row] = await tx.run(
    'lockSavedView',
    `MATCH (v:${SAVED_VIEW_LABEL} {id: $id})
     SET v._lock = true
     REMOVE v._lock
     RETURN ${projection('v')} AS view`,
    { id },
  );
  return row ? parseView(row.get('view')) : undefined;
}

export async function deleteSavedView(tx: QueryRunner, id: string): Promise<void> {
  await tx.run('deleteSavedView', `MATCH (v:${SAVED_VIEW_LABEL} {id: $id}) DELETE v`, { id });
}

/**
 * Past the key of the previous page, as a range on the `updatedAt` index, ties broken by id;
 * without a key, `IS NOT NULL` lets the planner read the index in order.
 */
const KEYSET_AFTER =
  'v.updatedAt <= datetime($after.updatedAt) AND (v.updatedAt < datetime($after.updatedAt) OR v.id < $after.id)';
const KEYSET_FIRST = 'v.updatedAt IS NOT NULL';

/** One page of views, most recently saved first, and how many there are in all. */
export async function readSavedViewPage(
  runner: QueryRunner,
  after: SavedViewKey | null,
  limit: number,
): Promise<SavedViewPage> {
  const [row] = await runner.run(
    'savedViewPage',
    `CALL () {
       MATCH (v:${SAVED_VIEW_LABEL})
       WHERE ${after ? KEYSET_AFTER : KEYSET_FIRST}
       WITH v ORDER BY v.updatedAt DESC, v.id DESC
       LIMIT $limit
       RETURN collect(${projection('v')}) AS page
     }
     RETURN page, COUNT { (:${SAVED_VIEW_LABEL}) } AS total`,
    { after, limit: neo4j.int(limit + 1) },
  );
  const page = (row?.get('page') ?? []) as unknown[];
  return {
    items: page.slice(0, limit).map(parseView),
    total: Number(row?.get('total') ?? 0),
    hasMore: page.length > limit,
  };
}
