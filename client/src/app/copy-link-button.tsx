import { useState } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

const COPIED_NOTICE_MS = 2500;

/**
 * Copies the address, which holds the whole view (see url-state), so a colleague opening it sees
 * the same picture. Where the clipboard is refused, the link is shown to copy by hand.
 */
export function CopyLinkButton() {
  const [state, setState] = useState<CopyState>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setState('copied');
      setTimeout(() => setState('idle'), COPIED_NOTICE_MS);
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="copy-link">
      <button
        type="button"
        className="button"
        onClick={() => void copy()}
        title="Copy a link that opens this exact view"
      >
        {state === 'copied' ? 'Link copied' : 'Copy link'}
      </button>
      <span role="status" className="visually-hidden">
        {state === 'copied' ? 'The link to this view is on the clipboard.' : ''}
      </span>
      {state === 'failed' && (
        <input
          className="copy-link-fallback"
          aria-label="Link to this view"
          readOnly
          value={window.location.href}
          onFocus={(event) => event.currentTarget.select()}
          autoFocus
        />
      )}
    </span>
  );
}
