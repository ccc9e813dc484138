import type { ReactNode } from 'react';
import type { Candidate, Decision } from '../lib/draft';
import { confidenceLabel, decisionLabel } from '../lib/format';

interface CandidateCardProps {
  candidate: Candidate;
  active: boolean;
  /** What a screen reader says on focus: "Pei Gang, person, pending". */
  label: string;
  onActivate(): void;
  onDecide(decision: Decision): void;
  /** The candidate's own lines (name, match, quote …). */
  children: ReactNode;
  /** More commands, shown on the active card only. */
  actions?: ReactNode;
}

const DECISION_BUTTONS: readonly { decision: Decision; label: string; key: string }[] = [
  { decision: 'ACCEPTED', label: 'Accept', key: 'a' },
  { decision: 'REJECTED', label: 'Reject', key: 'r' },
  { decision: 'UNSURE', label: 'Unsure', key: 'u' },
];

/** The selector of a candidate's card; candidate ids hold colons. */
export const cardSelector = (id: string): string => `[data-candidate-id="${CSS.escape(id)}"]`;

/** One candidate in the review list: focusable (roving), its decision and the buttons to change it. */
export function CandidateCard(props: CandidateCardProps) {
  const { candidate, active, label, onActivate, onDecide, children, actions } = props;
  return (
    <article
      className={`candidate-card decision-${candidate.decision.toLowerCase()}${active ? ' active' : ''}`}
      tabIndex={active ? 0 : -1}
      aria-label={label}
      aria-current={active || undefined}
      onFocus={onActivate}
      onClick={onActivate}
      data-testid="candidate"
      data-candidate-id={candidate.id}
      data-decision={candidate.decision}
    >
      <div className="candidate-body">{children}</div>
      <div className="candidate-side">
        <span className={`decision-badge decision-${candidate.decision.toLowerCase()}`}>
          {decisionLabel(candidate.decision)}
        </span>
        <span className="confidence" title="Confidence of the rules">
          {confidenceLabel(candidate.confidence)}
        </span>
      </div>
      <div className="candidate-actions">
        {DECISION_BUTTONS.map(({ decision, label: text, key }) => (
          <button
            key={decision}
            type="button"
            className="button"
            tabIndex={active ? 0 : -1}
            aria-pressed={candidate.decision === decision}
            aria-keyshortcuts={key}
            onClick={(event) => {
              event.stopPropagation();
              onActivate();
              onDecide(candidate.decision === decision ? 'PENDING' : decision);
            }}
          >
            {text} <kbd>{key}</kbd>
          </button>
        ))}
        {active && actions}
      </div>
    </article>
  );
}
