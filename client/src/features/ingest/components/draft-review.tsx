import { useEffect, useState } from 'react';
import { StatusMessage } from '../../../components/status-message';
import type { ApiError } from '../../../lib/graphql-client';
import { useIngestDraft } from '../hooks/use-ingest-draft';
import type { EntityRef, IngestDraft } from '../lib/draft';
import { createdFirst } from '../lib/review';
import { ArticleText } from './article-text';
import { CandidateList } from './candidate-list';
import { CommitBar } from './commit-bar';
import { CommitResult } from './commit-result';

interface DraftReviewProps {
  draftId: string;
  token: string;
  /** The draft just proposed, so it shows without asking again. */
  proposed: IngestDraft | null;
  onError(error: ApiError | null): void;
  onOpenInGraph(entities: readonly EntityRef[]): void;
  onNewArticle(): void;
}

/** Steps two to four: the article and its candidates under review, the preview, the commit. */
export function DraftReview(props: DraftReviewProps) {
  const { draftId, token, proposed, onError, onOpenInGraph, onNewArticle } = props;
  const review = useIngestDraft(draftId, token, proposed);
  const { load, draft, commitState } = review;
  const [activeId, setActiveId] = useState<string | null>(null);
  const failure = review.saveError ?? (commitState.status === 'error' ? commitState.error : null);
  useEffect(() => onError(failure), [failure, onError]);

  if (load.status === 'loading')
    return (
      <div className="ingest-status">
        <StatusMessage tone="loading" title="Loading the draft…" />
      </div>
    );
  if (load.status === 'error')
    return (
      <div className="ingest-status">
        <StatusMessage tone="error" title="The draft could not be loaded" onRetry={review.retry}>
          <p>{load.error.message}</p>
        </StatusMessage>
      </div>
    );
  if (load.status === 'missing' || !draft)
    return (
      <div className="ingest-status">
        <StatusMessage tone="neutral" title="There is no such draft">
          <p>The link may be old, or the database was reset. Propose the article again.</p>
          <button type="button" className="button" onClick={onNewArticle}>
            New article
          </button>
        </StatusMessage>
      </div>
    );

  return (
    <div className="ingest-review" data-testid="ingest-review">
      <ArticleText draft={draft} activeId={activeId} onPick={setActiveId} />
      {draft.commit ? (
        <CommitResult
          outcome={draft.commit}
          onOpenInGraph={(entities) => onOpenInGraph(createdFirst(entities, draft))}
          onNewArticle={onNewArticle}
        />
      ) : (
        <>
          <CandidateList
            draft={draft}
            activeId={activeId}
            onActive={setActiveId}
            decide={review.decide}
            saving={review.saving}
            saveError={review.saveError}
          />
          <CommitBar
            draft={draft}
            saving={review.saving}
            commitState={commitState}
            onCommit={() => void review.commit()}
          />
        </>
      )}
    </div>
  );
}
