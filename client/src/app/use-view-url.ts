import { useEffect } from 'react';
import { encodeViewState, type ViewState } from '../lib/url-state';

/**
 * Keeps the address bar in step with the view (replacing, not pushing: the app's own undo and
 * redo are the history of an exploration), so that a reload or a shared link restores it.
 */
export function useViewUrl(state: ViewState, ready: boolean): void {
  const encoded = encodeViewState(state);
  useEffect(() => {
    if (!ready) return;
    const search = encoded ? `?${encoded}` : '';
    if (search !== window.location.search)
      window.history.replaceState(null, '', `${window.location.pathname}${search}`);
  }, [encoded, ready]);
}
