import { useEffect, useRef, useState } from 'react';
import { type ApiError, asApiError } from '../../../lib/graphql-client';
import type { SavedView } from '../api/saved-views';
import { formatSavedAt, viewHref } from '../lib/view-location';

interface SavedViewItemProps {
  view: SavedView;
  onDelete(): Promise<void>;
  onError(error: ApiError | null): void;
}

type Deletion = 'idle' | 'confirming' | 'deleting';

/**
 * One saved view: its name opens it (a link: a full load of the explorer at the view's address,
 * which restores it), then its note, who and when. Deleting asks first, in place.
 */
export function SavedViewItem({ view, onDelete, onError }: SavedViewItemProps) {
  const [deletion, setDeletion] = useState<Deletion>('idle');
  const [error, setError] = useState<ApiError | null>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  // Focus follows the question: to "Keep" when it is asked, back to "Delete" when kept.
  useEffect(() => {
    if (deletion === 'confirming') {
      asked.current = true;
      keepRef.current?.focus();
    } else if (deletion === 'idle' && asked.current) {
      deleteRef.current?.focus();
    }
  }, [deletion]);

  const confirm = async () => {
    setDeletion('deleting');
    setError(null);
    onError(null);
    try {
      await onDelete();
    } catch (reason) {
      const refusal = asApiError(reason);
      setError(refusal);
      onError(refusal);
      setDeletion('idle');
    }
  };

  return (
    <li className="saved-view">
      <a className="saved-view-name" href={viewHref(view.state)}>
        {view.name}
      </a>
      {view.note && <p className="saved-view-note">{view.note}</p>}
      <p className="saved-view-meta">
        {view.savedBy} · <time dateTime={view.updatedAt}>{formatSavedAt(view.updatedAt)}</time>
      </p>
      {deletion === 'idle' ? (
        <button
          ref={deleteRef}
          type="button"
          className="link-button saved-view-delete"
          aria-label={`Delete “${view.name}”`}
          onClick={() => setDeletion('confirming')}
        >
          Delete
        </button>
      ) : (
        <div className="saved-view-confirm" role="group" aria-label={`Delete “${view.name}”?`}>
          <span>Delete this view for everyone?</span>
          <button
            type="button"
            className="button saved-view-confirm-delete"
            disabled={deletion === 'deleting'}
            onClick={() => void confirm()}
          >
            {deletion === 'deleting' ? 'Deleting…' : 'Delete'}
          </button>
          <button
            ref={keepRef}
            type="button"
            className="button"
            disabled={deletion === 'deleting'}
            onClick={() => setDeletion('idle')}
          >
            Keep
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="saved-views-error">
          {error.message}
        </p>
      )}
    </li>
  );
}
