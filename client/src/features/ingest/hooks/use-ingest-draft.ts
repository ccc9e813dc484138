import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useClient } from 'urql';
import { type ApiError, asApiError } from '../../../lib/graphql-client';
import { commitIngest, decideIngest, getIngestDraft } from '../api/ingest-mutations';
import type { CommitOutcome, DecisionInput, EntityRef, IngestDraft } from '../lib/draft';
import { withDecisions } from '../lib/review';

type Load =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'missing' }
  | { status: 'ready'; draft: IngestDraft };

/** Decisions sent and not yet answered, with the entity a re-match points at. */
interface Unsaved {
  decisions: readonly DecisionInput[];
  match?: EntityRef;
}

export type CommitState =
  { status: 'idle' } | { status: 'committing' } | { status: 'error'; error: ApiError };

/**
 * One draft under review. Decisions show at once (optimistically) and are saved in the order
 * they were made, one request at a time; the server's answer replaces the draft, and a refused
 * decision is rolled back with the server's reason in `saveError`. `token` is read when sent.
 */
export function useIngestDraft(draftId: string, token: string, proposed: IngestDraft | null) {
  const client = useClient();
  const [load, setLoad] = useState<Load>(
    proposed?.id === draftId ? { status: 'ready', draft: proposed } : { status: 'loading' },
  );
  const [attempt, setAttempt] = useState(0);
  const [unsaved, setUnsaved] = useState<readonly Unsaved[]>([]);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [commitState, setCommitState] = useState<CommitState>({ status: 'idle' });
  const saving = useRef<Promise<void>>(Promise.resolve());
  const tokenRef = useRef(token);
  useEffect(() => {
    tokenRef.current = token;
  });

  const loaded = load.status === 'ready' && load.draft.id === draftId;
  useEffect(() => {
    if (loaded) return;
    let current = true;
    getIngestDraft(client, draftId).then(
      (draft) => current && setLoad(draft ? { status: 'ready', draft } : { status: 'missing' }),
      (error: unknown) => current && setLoad({ status: 'error', error: asApiError(error) }),
    );
    return () => {
      current = false;
    };
    // `attempt` asks again after a failure.
  }, [client, draftId, loaded, attempt]);

  const decide = useCallback(
    (decisions: readonly DecisionInput[], match?: EntityRef) => {
      if (decisions.length === 0) return;
      const entry: Unsaved = { decisions, match };
      setUnsaved((queue) => [...queue, entry]);
      setSaveError(null);
      saving.current = saving.current.then(async () => {
        try {
          const draft = await decideIngest(client, draftId, decisions, tokenRef.current);
          setLoad({ status: 'ready', draft });
        } catch (error) {
          setSaveError(asApiError(error));
        } finally {
          setUnsaved((queue) => queue.filter((other) => other !== entry));
        }
      });
    },
    [client, draftId],
  );

  /** Waits for the decisions still being saved, then commits. */
  const commit = useCallback(async (): Promise<CommitOutcome | null> => {
    setCommitState({ status: 'committing' });
    try {
      await saving.current;
      const outcome = await commitIngest(client, draftId, tokenRef.current);
      setLoad((state) =>
        state.status === 'ready'
          ? { status: 'ready', draft: { ...state.draft, commit: outcome } }
          : state,
      );
      setCommitState({ status: 'idle' });
      return outcome;
    } catch (error) {
      setCommitState({ status: 'error', error: asApiError(error) });
      return null;
    }
  }, [client, draftId]);

  const serverDraft = load.status === 'ready' ? load.draft : null;
  const draft = useMemo(
    () =>
      serverDraft &&
      withDecisions(
        serverDraft,
        unsaved.flatMap((entry) => entry.decisions),
        new Map(unsaved.flatMap(({ match }) => (match ? [[match.id, match]] : []))),
      ),
    [serverDraft, unsaved],
  );

  return {
    load,
    /** The draft with unsaved decisions applied; null until loaded. */
    draft,
    saving: unsaved.length > 0,
    saveError,
    decide,
    commit,
    commitState,
    retry: () => {
      setLoad({ status: 'loading' });
      setAttempt((value) => value + 1);
    },
  };
}
