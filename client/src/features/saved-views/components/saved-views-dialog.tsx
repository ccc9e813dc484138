import { useEffect, useId, useRef, useState } from 'react';
import { TokenField } from '../../../components/token-field';
import type { ApiError } from '../../../lib/graphql-client';
import { useWriteToken } from '../../../lib/use-write-token';
import { isTokenRefusal } from '../../../lib/write-token';
import { useSavedViews } from '../hooks/use-saved-views';
import { currentViewState } from '../lib/view-location';
import { SaveViewForm } from './save-view-form';
import { SavedViewList } from './saved-view-list';
import './saved-views.css';

/**
 * A modal dialog (the browser's own: focus stays inside, Escape closes, focus goes back to the
 * button): save the view on screen, and the list of everyone's saved views.
 */
export function SavedViewsDialog({ onClose }: { onClose(): void }) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [token, setToken] = useWriteToken();
  const [refused, setRefused] = useState(false);
  // The address holds the view as it is now; it cannot change while the dialog covers the page.
  const [state] = useState(currentViewState);
  const views = useSavedViews();

  useEffect(() => {
    const dialog = dialogRef.current;
    const previous = document.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) dialog.showModal();
    // Unmounting removes the dialog from the page, which ends its modality; no `close` event
    // fires, so closing never reports itself twice.
    return () => previous?.focus();
  }, []);

  // Keys pressed in here stop at the dialog (below). Focus can fall to the page's body, though
  // (a button busy for a moment, a deleted item): the explorer's shortcuts must not act on those
  // keys either, and Escape must still close.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (dialogRef.current?.contains(event.target as Node)) return;
      event.stopPropagation();
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [onClose]);

  const onWriteError = (error: ApiError | null) => setRefused(isTokenRefusal(error));

  return (
    <dialog
      ref={dialogRef}
      className="saved-views"
      aria-labelledby={titleId}
      onClose={onClose}
      // The explorer's shortcuts (on the window) are not for keys pressed in here.
      onKeyDown={(event) => event.stopPropagation()}
    >
      <header className="saved-views-header">
        <h2 id={titleId}>Saved views</h2>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </header>
      <div className="saved-views-body">
        <TokenField
          value={token}
          onChange={(next) => {
            setToken(next);
            setRefused(false);
          }}
          refused={refused}
          sentWith="saves and deletes"
        />
        <SaveViewForm state={state} token={token} save={views.save} onError={onWriteError} />
        <SavedViewList
          list={views.list}
          token={token}
          remove={views.remove}
          onRetry={views.reload}
          onMore={views.loadMore}
          onError={onWriteError}
        />
      </div>
    </dialog>
  );
}
