import { useId, useRef } from 'react';
import { StatusMessage } from '../../../components/status-message';
import type { ApiError } from '../../../lib/graphql-client';
import type { SavedView } from '../api/saved-views';
import type { SavedViewList as List } from '../hooks/use-saved-views';
import { SavedViewItem } from './saved-view-item';

interface SavedViewListProps {
  list: List;
  token: string;
  remove(view: SavedView, token: string): Promise<void>;
  onRetry(): void;
  onMore(): void;
  onError(error: ApiError | null): void;
}

/** Everyone's saved views, newest first: each opens by its name, and can be deleted. */
export function SavedViewList({
  list,
  token,
  remove,
  onRetry,
  onMore,
  onError,
}: SavedViewListProps) {
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const removeAndRefocus = async (view: SavedView) => {
    await remove(view, token);
    // The deleted item held the focus: the list's heading takes it.
    titleRef.current?.focus();
  };
  return (
    <section className="saved-view-list" aria-labelledby={titleId}>
      <h3 id={titleId} ref={titleRef} tabIndex={-1}>
        Saved views{list.status === 'ready' && ` (${list.total})`}
      </h3>
      {list.status === 'loading' && (
        <StatusMessage tone="loading" title="Loading the saved views…" />
      )}
      {list.status === 'error' && (
        <StatusMessage tone="error" title="The saved views could not be loaded" onRetry={onRetry}>
          <p>{list.error.message}</p>
        </StatusMessage>
      )}
      {list.status === 'ready' && list.views.length === 0 && (
        <p className="saved-views-note">
          None yet: the views you save are listed here for everyone.
        </p>
      )}
      {list.status === 'ready' && list.views.length > 0 && (
        <>
          <ul>
            {list.views.map((view) => (
              <SavedViewItem
                key={view.id}
                view={view}
                onDelete={() => removeAndRefocus(view)}
                onError={onError}
              />
            ))}
          </ul>
          {list.next && (
            <button type="button" className="button" disabled={list.loadingMore} onClick={onMore}>
              {list.loadingMore ? 'Loading…' : 'More views'}
            </button>
          )}
        </>
      )}
    </section>
  );
}
