import type { Decision, RelationshipCandidate } from '../lib/draft';
import { decisionLabel } from '../lib/format';
import { CandidateCard } from './candidate-card';

interface RelationshipCandidateCardProps {
  candidate: RelationshipCandidate;
  fromName: string;
  toName: string;
  active: boolean;
  onActivate(): void;
  onDecide(decision: Decision): void;
}

/** A relationship candidate: "from —label→ to" and the quote that states it. */
export function RelationshipCandidateCard(props: RelationshipCandidateCardProps) {
  const { candidate, fromName, toName } = props;
  const [quote] = candidate.evidence;
  return (
    <CandidateCard
      candidate={candidate}
      active={props.active}
      label={`${fromName}, ${candidate.label}, ${toName}: relationship, ${decisionLabel(candidate.decision)}`}
      onActivate={props.onActivate}
      onDecide={props.onDecide}
    >
      <p className="candidate-head relation-triple">
        <span className="candidate-name">{fromName}</span>
        <span className="relation-arrow">—{candidate.label}→</span>
        <span className="candidate-name">{toName}</span>
      </p>
      {quote && <blockquote className="candidate-quote">“{quote.quote}”</blockquote>}
      <p className="candidate-meta">
        <code>{candidate.rule}</code>
      </p>
    </CandidateCard>
  );
}
