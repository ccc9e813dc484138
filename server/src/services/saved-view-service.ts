import {
  SAVED_VIEW_LIMITS,
  type SavedView,
  SavedViewInputSchema,
  savedViewOwnerKey,
} from '@guanxi/graph-schema';
import { type Actor, hasScope } from '../auth/tokens';
import type { Executor, QueryRunner } from '../db/executor';
import { badInput, invalidInput, notFound, UserFacingError } from '../errors';
import {
  deleteSavedView as deleteStoredView,
  lockSavedView,
  readSavedView,
  readSavedViewPage,
  upsertSavedView,
} from '../repositories/saved-view-repository';
import { audit } from './audit-service';
import { boundedCount } from './bounded-count';
import type { Connection, PageArgs } from './pagination';
import { decodeSavedViewCursor, savedViewCursor } from './saved-view-cursor';

/** Input as GraphQL hands it over: `note` may be absent or null. */
export interface SaveViewInput {
  name: string;
  note?: string | null;
  state: string;
}

/**
 * Saves the view under its name for the token's owner, in one audited transaction. Saving
 * under a name that owner already used replaces that view (a retried or repeated save is
 * harmless, and two at once leave one view); another person's view of that name is theirs.
 */
export function saveView(
  executor: Executor,
  actor: Actor,
  input: SaveViewInput,
): Promise<SavedView> {
  const parsed = SavedViewInputSchema.safeParse(input);
  if (!parsed.success) throw invalidInput('saved view', parsed.error.issues);
  const view = parsed.data;
  return executor.writeTransaction('saveView', async (tx) => {
    const { before, after } = await upsertSavedView(tx, {
      ...view,
      ownerKey: savedViewOwnerKey(actor.label, view.name),
      savedBy: actor.label,
    });
    await audit(tx, actor, 'saveView', [after.id], { before, after });
    return after;
  });
}

/** Deletes a view: the token that saved it may, or an admin token. Answers the view as it was. */
export function deleteSavedView(executor: Executor, actor: Actor, id: string): Promise<SavedView> {
  return executor.writeTransaction('deleteSavedView', async (tx) => {
    const view = await lockSavedView(tx, id);
    if (!view) throw notFound('saved view', id);
    if (view.savedBy !== actor.label && !hasScope(actor, 'admin')) {
      throw new UserFacingError(
        'FORBIDDEN',
        `Only "${view.savedBy}" or an admin token can delete this view.`,
      );
    }
    await deleteStoredView(tx, id);
    await audit(tx, actor, 'deleteSavedView', [id], { before: view, after: null });
    return view;
  });
}

export const savedView = (runner: QueryRunner, id: string): Promise<SavedView | undefined> =>
  readSavedView(runner, id);

/** One page of everyone's views, most recently saved first, after a keyset cursor. */
export async function listSavedViews(
  runner: QueryRunner,
  args: PageArgs,
): Promise<Connection<{ node: SavedView }>> {
  if (args.last != null || args.before != null) {
    throw badInput(
      'Page forwards with `first` and `after`; `last` and `before` are not supported.',
      { argument: args.last != null ? 'last' : 'before' },
    );
  }
  const limit = boundedCount(args.first ?? SAVED_VIEW_LIMITS.page.default, {
    argument: 'first',
    min: 0,
    max: SAVED_VIEW_LIMITS.page.max,
    limit: 'Page size',
    hint: 'Page with `after`.',
  });
  const after = args.after ? decodeSavedViewCursor(args.after) : null;
  const page = await readSavedViewPage(runner, after, limit);
  const edges = page.items.map((node) => ({ cursor: savedViewCursor(node), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasMore,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: page.total,
  };
}
