import { type KeyboardEvent, useMemo, useRef, useState } from 'react';
import { StatusMessage } from '../../../components/status-message';
import type { ApiError } from '../../../lib/graphql-client';
import type { Candidate, DecisionInput, EntityRef, IngestDraft } from '../lib/draft';
import {
  BULK_ACCEPT_ABOVE,
  bulkAcceptDecisions,
  DECISION_OF,
  makeNewDecision,
  matchDecision,
  renameDecision,
  type ReviewCommand,
  reviewCommandFor,
} from '../lib/review';
import { groupBySentence, reviewOrder } from '../lib/sentence-groups';
import { cardSelector } from './candidate-card';
import { type CardMode, EntityCandidateCard } from './entity-candidate-card';
import { RelationshipCandidateCard } from './relationship-candidate-card';
import { ReviewKeys } from './review-keys';
import './candidate-list.css';

interface CandidateListProps {
  draft: IngestDraft;
  activeId: string | null;
  onActive(id: string): void;
  decide(decisions: readonly DecisionInput[], match?: EntityRef): void;
  saving: boolean;
  saveError: ApiError | null;
}

const typingIn = (target: EventTarget): boolean =>
  target instanceof HTMLElement && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);

/**
 * The candidates grouped by the sentence that first mentions them, reviewed from the keyboard:
 * j/k (or arrows) move, a/r/u decide, e renames, m re-matches, n makes a new entity.
 */
export function CandidateList(props: CandidateListProps) {
  const { draft, activeId, onActive, decide } = props;
  const listRef = useRef<HTMLOListElement>(null);
  const [mode, setMode] = useState<CardMode>('review');
  const groups = useMemo(
    () => groupBySentence(draft.sentences, [...draft.entities, ...draft.relationships]),
    [draft],
  );
  const order = reviewOrder(groups);
  const active = order.find((candidate) => candidate.id === activeId) ?? order[0];
  const names = new Map(draft.entities.map((entity) => [entity.id, entity.name]));
  const bulk = bulkAcceptDecisions(order);

  const activate = (id: string) => {
    if (id !== active?.id) setMode('review');
    onActive(id);
  };
  const focusCard = (id: string) =>
    listRef.current?.querySelector<HTMLElement>(cardSelector(id))?.focus();
  const backToReview = (id: string) => {
    setMode('review');
    // The editor unmounts on this render; the card takes focus back after it.
    requestAnimationFrame(() => focusCard(id));
  };

  const run = (command: ReviewCommand, candidate: Candidate) => {
    if (command === 'next' || command === 'previous') {
      const index = order.indexOf(candidate) + (command === 'next' ? 1 : -1);
      const next = order[Math.min(Math.max(index, 0), order.length - 1)];
      if (next) {
        activate(next.id);
        focusCard(next.id);
      }
      return;
    }
    const decision = DECISION_OF[command];
    if (decision) decide([{ candidateId: candidate.id, decision }]);
    else if (candidate.group !== 'entity') return;
    else if (command === 'edit' || command === 'match') setMode(command);
    else if (command === 'new' && candidate.match) decide([makeNewDecision(candidate)]);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (mode !== 'review' || typingIn(event.target) || !active) return;
    const command = reviewCommandFor(event);
    if (!command) return;
    event.preventDefault();
    run(command, active);
  };

  return (
    <section className="ingest-candidates" aria-labelledby="candidates-title">
      <div className="candidates-toolbar">
        <h3 id="candidates-title">
          Candidates <span className="count">{order.length}</span>
        </h3>
        <button
          type="button"
          className="button"
          disabled={bulk.length === 0}
          onClick={() => decide(bulk)}
        >
          Accept all above {BULK_ACCEPT_ABOVE} ({bulk.length})
        </button>
        <span className="save-status" role="status">
          {props.saving ? 'Saving…' : 'Decisions saved'}
        </span>
      </div>
      {props.saveError && (
        <p className="save-error" role="alert">
          Not saved: {props.saveError.message}
        </p>
      )}
      <ReviewKeys />
      {order.length === 0 ? (
        <StatusMessage tone="neutral" title="No candidates in this article">
          <p>The rules found no person, body, place or event here.</p>
        </StatusMessage>
      ) : (
        <ol className="candidate-groups" ref={listRef} onKeyDown={onKeyDown}>
          {groups.map((group) => (
            <li key={group.sentenceIndex ?? 'elsewhere'} className="candidate-group">
              <p className="group-sentence">
                {group.sentence
                  ? draft.source.text.slice(group.sentence.start, group.sentence.end)
                  : 'Elsewhere in the text'}
              </p>
              <ul className="candidate-items">
                {group.candidates.map((candidate) => (
                  <li key={candidate.id}>
                    {candidate.group === 'entity' ? (
                      <EntityCandidateCard
                        candidate={candidate}
                        active={candidate === active}
                        mode={mode}
                        onActivate={() => activate(candidate.id)}
                        onMode={(next) =>
                          next === 'review' ? backToReview(candidate.id) : setMode(next)
                        }
                        onDecide={(decision) => decide([{ candidateId: candidate.id, decision }])}
                        onRename={(name) => {
                          decide([renameDecision(candidate, name)]);
                          backToReview(candidate.id);
                        }}
                        onMatch={(entity) => {
                          decide([matchDecision(candidate, entity)], entity);
                          backToReview(candidate.id);
                        }}
                        onMakeNew={() => decide([makeNewDecision(candidate)])}
                      />
                    ) : (
                      <RelationshipCandidateCard
                        candidate={candidate}
                        fromName={names.get(candidate.fromId) ?? '?'}
                        toName={names.get(candidate.toId) ?? '?'}
                        active={candidate === active}
                        onActivate={() => activate(candidate.id)}
                        onDecide={(decision) => decide([{ candidateId: candidate.id, decision }])}
                      />
                    )}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
