import { type KeyboardEvent, useEffect, useRef } from 'react';
import { StatusMessage } from '../../../components/status-message';
import type { EvidenceQuote } from '../api/get-entity-details';
import { useSourceText } from '../api/get-source-text';
import { SourceFacts } from './source-facts';
import './source-viewer.css';

interface SourceViewerProps {
  evidence: EvidenceQuote;
  /** What the quote is evidence for, for the dialog's heading. */
  about: string;
  onClose(): void;
}

/** The source document, with the quoted span highlighted and scrolled into view. */
export function SourceViewer({ evidence, about, onClose }: SourceViewerProps) {
  const source = useSourceText(evidence.sourceId);
  const closeRef = useRef<HTMLButtonElement>(null);
  const markRef = useRef<HTMLElement>(null);

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    closeRef.current?.focus();
    return () => previous?.focus();
  }, []);
  useEffect(() => {
    markRef.current?.scrollIntoView({ block: 'center' });
  }, [source.status]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onClose();
  };

  const text = source.status === 'success' ? source.data?.text : undefined;
  // Offsets index the stored text; if they no longer match the quote, say so instead of lying.
  const matches = text !== undefined && text.slice(evidence.start, evidence.end) === evidence.quote;

  return (
    <div
      className="dialog-backdrop"
      onMouseDown={(event) => event.target === event.currentTarget && onClose()}
    >
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="source-title"
        onKeyDown={onKeyDown}
        data-testid="source-viewer"
      >
        <header className="dialog-header">
          <div>
            <h2 id="source-title">
              {source.status === 'success' && source.data ? source.data.title : 'Source'}
            </h2>
            <p>Evidence for {about}</p>
          </div>
          <button ref={closeRef} type="button" className="button" onClick={onClose}>
            Close
          </button>
        </header>
        {source.status === 'success' && source.data && <SourceFacts source={source.data} />}
        {source.status === 'loading' && (
          <StatusMessage tone="loading" title="Loading the source…" />
        )}
        {source.status === 'error' && (
          <StatusMessage tone="error" title="The source could not be loaded" onRetry={source.retry}>
            <p>{source.error.message}</p>
          </StatusMessage>
        )}
        {source.status === 'success' && !source.data && (
          <StatusMessage tone="neutral" title="This source is not in the graph" />
        )}
        {text !== undefined && (
          <div className="source-text" tabIndex={0}>
            {matches ? (
              <>
                {text.slice(0, evidence.start)}
                <mark ref={markRef}>{evidence.quote}</mark>
                {text.slice(evidence.end)}
              </>
            ) : (
              <>
                <p className="more-note">
                  The quoted passage is no longer at its recorded place in this text: “
                  {evidence.quote}”
                </p>
                {text}
              </>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
