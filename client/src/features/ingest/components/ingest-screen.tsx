import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react';
import { TokenField } from '../../../components/token-field';
import type { ApiError } from '../../../lib/graphql-client';
import { useWriteToken } from '../../../lib/use-write-token';
import { isTokenRefusal } from '../../../lib/write-token';
import type { EntityRef, IngestDraft } from '../lib/draft';
import { DraftReview } from './draft-review';
import { ProposeForm } from './propose-form';
import './ingest-screen.css';

interface IngestScreenProps {
  /** The draft under review (from the URL); null: a new article is being pasted. */
  draftId: string | null;
  onDraft(id: string | null): void;
  onClose(): void;
  /** Puts the committed entities on the canvas (and closes the screen). */
  onOpenInGraph(entities: readonly EntityRef[]): void;
}

const typingIn = (target: EventTarget): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * The ingest screen, over the whole explorer: paste or upload an article and propose it, then
 * review its candidates, preview and commit. Escape (outside a field) closes it.
 */
export function IngestScreen({ draftId, onDraft, onClose, onOpenInGraph }: IngestScreenProps) {
  const [token, setToken] = useWriteToken();
  const [proposed, setProposed] = useState<IngestDraft | null>(null);
  const [refused, setRefused] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    headingRef.current?.focus();
    return () => previous?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented && !typingIn(event.target)) {
      event.preventDefault();
      onClose();
    }
  };
  const onError = useCallback((error: ApiError | null) => setRefused(isTokenRefusal(error)), []);

  return (
    <div
      className="ingest-screen"
      role="dialog"
      aria-modal="true"
      aria-labelledby="ingest-title"
      data-testid="ingest-screen"
      onKeyDown={onKeyDown}
    >
      <header className="ingest-header">
        <h2 id="ingest-title" ref={headingRef} tabIndex={-1}>
          Ingest an article
        </h2>
        <TokenField
          value={token}
          onChange={(next) => {
            setToken(next);
            setRefused(false);
          }}
          refused={refused}
          sentWith="proposals, decisions, commits"
        />
        <div className="ingest-header-actions">
          {draftId && (
            <button type="button" className="button" onClick={() => onDraft(null)}>
              New article
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
      </header>
      {draftId ? (
        <DraftReview
          key={draftId}
          draftId={draftId}
          token={token}
          proposed={proposed}
          onError={onError}
          onOpenInGraph={onOpenInGraph}
          onNewArticle={() => onDraft(null)}
        />
      ) : (
        <ProposeForm
          token={token}
          onError={onError}
          onProposed={(draft) => {
            setProposed(draft);
            onDraft(draft.id);
          }}
        />
      )}
    </div>
  );
}
