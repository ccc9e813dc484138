import { SAVED_VIEW_LIMITS } from '@guanxi/graph-schema';
import { useCallback, useEffect, useState } from 'react';
import { useClient } from 'urql';
import { type ApiError, asApiError } from '../../../lib/graphql-client';
import {
  deleteSavedView,
  getSavedViews,
  type SavedView,
  type SavedViewPage,
  saveView,
} from '../api/saved-views';

export type SavedViewList =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | ({ status: 'ready'; loadingMore: boolean } & SavedViewPage);

const PAGE_SIZE = SAVED_VIEW_LIMITS.page.default;

/**
 * Everyone's saved views, newest first, a page at a time, with saving and deleting. A save
 * reloads the first page (the view saved is its newest); a delete drops the view in place.
 * Both throw the API's refusal for the form that asked.
 */
export function useSavedViews() {
  const client = useClient();
  const [list, setList] = useState<SavedViewList>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    getSavedViews(client, PAGE_SIZE, null).then(
      (page) => current && setList({ status: 'ready', loadingMore: false, ...page }),
      (error: unknown) => current && setList({ status: 'error', error: asApiError(error) }),
    );
    return () => {
      current = false;
    };
    // `attempt` asks again: after a failure, or a save.
  }, [client, attempt]);

  const reload = useCallback(() => setAttempt((count) => count + 1), []);

  const loadMore = useCallback(async () => {
    if (list.status !== 'ready' || !list.next || list.loadingMore) return;
    setList({ ...list, loadingMore: true });
    try {
      const page = await getSavedViews(client, PAGE_SIZE, list.next);
      setList({
        status: 'ready',
        loadingMore: false,
        ...page,
        views: [...list.views, ...page.views],
      });
    } catch (error) {
      setList({ status: 'error', error: asApiError(error) });
    }
  }, [client, list]);

  const save = useCallback(
    async (input: { name: string; note?: string; state: string }, token: string) => {
      const view = await saveView(client, input, token);
      reload();
      return view;
    },
    [client, reload],
  );

  const remove = useCallback(
    async (view: SavedView, token: string) => {
      await deleteSavedView(client, view.id, token);
      setList((shown) =>
        shown.status === 'ready'
          ? {
              ...shown,
              views: shown.views.filter((other) => other.id !== view.id),
              total: shown.total - 1,
            }
          : shown,
      );
    },
    [client],
  );

  return { list, reload, loadMore, save, remove };
}
