import { KindBadge } from '../../../components/kind-icon';
import { kindVisual } from '../../../config/kind-visuals';
import type { Decision, EntityCandidate, EntityRef } from '../lib/draft';
import { decidedLine, decisionLabel } from '../lib/format';
import { CandidateCard } from './candidate-card';
import { MatchPicker } from './match-picker';
import { NameEditor } from './name-editor';

export type CardMode = 'review' | 'edit' | 'match';

interface EntityCandidateCardProps {
  candidate: EntityCandidate;
  active: boolean;
  mode: CardMode;
  onActivate(): void;
  onMode(mode: CardMode): void;
  onDecide(decision: Decision): void;
  onRename(name: string): void;
  onMatch(entity: EntityRef): void;
  onMakeNew(): void;
}

/** An entity candidate: kind, name, aliases, the proposed match and why, the rule, who decided. */
export function EntityCandidateCard(props: EntityCandidateCardProps) {
  const { candidate, active, mode, onActivate, onMode, onDecide } = props;
  const kind = kindVisual(candidate.kind).label.toLowerCase();
  const decided = decidedLine(candidate);
  const label = `${candidate.name}, ${kind}, ${decisionLabel(candidate.decision)}${
    candidate.match ? `, matches ${candidate.match.name}` : ', new entity'
  }`;
  return (
    <CandidateCard
      candidate={candidate}
      active={active}
      label={label}
      onActivate={onActivate}
      onDecide={onDecide}
      actions={
        <>
          <button type="button" className="button" onClick={() => onMode('edit')}>
            Rename <kbd>e</kbd>
          </button>
          <button type="button" className="button" onClick={() => onMode('match')}>
            Match… <kbd>m</kbd>
          </button>
          {candidate.match && (
            <button type="button" className="button" onClick={props.onMakeNew}>
              New <kbd>n</kbd>
            </button>
          )}
        </>
      }
    >
      <div className="candidate-head">
        <KindBadge kind={candidate.kind} />
        {active && mode === 'edit' ? (
          <NameEditor
            name={candidate.name}
            onSave={props.onRename}
            onCancel={() => onMode('review')}
          />
        ) : (
          <span className="candidate-name">{candidate.name}</span>
        )}
      </div>
      {candidate.aliases.length > 0 && (
        <p className="candidate-line">also {candidate.aliases.map((a) => `“${a}”`).join(', ')}</p>
      )}
      <p className="candidate-line candidate-match">
        {candidate.match ? (
          <>
            matches <strong>{candidate.match.name}</strong>
            {candidate.matchReasons.length > 0 && ` — ${candidate.matchReasons.join('; ')}`}
          </>
        ) : (
          'new entity'
        )}
      </p>
      {active && mode === 'match' && (
        <MatchPicker
          candidate={candidate}
          onPick={props.onMatch}
          onCancel={() => onMode('review')}
        />
      )}
      <p className="candidate-meta">
        <code>{candidate.rule}</code>
        {decided && <span> · {decided}</span>}
      </p>
    </CandidateCard>
  );
}
