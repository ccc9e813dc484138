import { KindBadge } from '../../../components/kind-icon';
import type { CommitOutcome, EntityRef } from '../lib/draft';
import { shortTime } from '../lib/format';
import './commit-bar.css';

interface CommitResultProps {
  outcome: CommitOutcome;
  onOpenInGraph(entities: readonly EntityRef[]): void;
  onNewArticle(): void;
}

/** What the commit wrote, and the way to see it on the canvas. */
export function CommitResult({ outcome, onOpenInGraph, onNewArticle }: CommitResultProps) {
  const counts: [string, number][] = [
    ['entities created', outcome.entitiesCreated],
    ['entities matched', outcome.entitiesMatched],
    ['relationships created', outcome.relationshipsCreated],
    ['relationships matched', outcome.relationshipsMatched],
    ['relationships skipped', outcome.relationshipsSkipped],
  ];
  return (
    <section className="commit-result" aria-labelledby="commit-title" data-testid="commit-result">
      <h3 id="commit-title">Committed</h3>
      <p className="more-note">
        by {outcome.by} · {shortTime(outcome.at)}
      </p>
      <dl className="preview-counts">
        {counts.map(([label, value]) => (
          <div key={label} data-testid={`result-${label.replace(' ', '-')}`}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <ul className="committed-entities" aria-label="Entities written">
        {outcome.entities.map((entity) => (
          <li key={entity.id}>
            {entity.name} <KindBadge kind={entity.kind} />
          </li>
        ))}
      </ul>
      <div className="entity-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={outcome.entities.length === 0}
          onClick={() => onOpenInGraph(outcome.entities)}
        >
          Open in graph
        </button>
        <button type="button" className="button" onClick={onNewArticle}>
          Ingest another article
        </button>
      </div>
    </section>
  );
}
