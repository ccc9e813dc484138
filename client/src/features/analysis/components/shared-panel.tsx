import type { EntityKind } from '@guanxi/graph-schema';
import type { ReactNode } from 'react';
import { KindIcon } from '../../../components/kind-icon';
import { StatusMessage } from '../../../components/status-message';
import type { QueryResult } from '../../../lib/use-api-query';
import type { PathHop } from '../../../lib/found-path';
import { type SharedConnection, useCommonConnections } from '../api/get-common-connections';
import { type Interlock, useInterlocks } from '../api/get-interlocks';
import './shared-panel.css';

/** An entity chosen; name and kind are unknown until it is drawn or the answer names it. */
interface ChosenEntity {
  id: string;
  name?: string;
  kind?: EntityKind;
}

export interface TieEvidenceProps {
  evidence: PathHop['evidence'];
  /** The names of the tie's two ends, which the best quote names. */
  names: readonly string[];
  about: string;
}

interface SharedPanelProps {
  chosen: readonly ChosenEntity[];
  onRemove(id: string): void;
  onClear(): void;
  /** Puts the shared connections and their ties on the canvas. */
  onDraw(connections: readonly SharedConnection[]): void;
  onNavigate(id: string): void;
  /** The app's evidence quotes, so this feature does not depend on the details feature. */
  renderEvidence(props: TieEvidenceProps): ReactNode;
}

/**
 * "What do these share?": the entities tied to at least two of the chosen ones, directly or
 * through one body, ranked by how many they share, each tie with its quote; and, for chosen
 * institutions, the people they share (interlocks).
 */
export function SharedPanel(props: SharedPanelProps) {
  const { onRemove, onClear } = props;
  const result = useCommonConnections(props.chosen.map((entity) => entity.id));
  // A link can name entities not drawn yet: their names and kinds come with the answer's ties.
  const answered = new Map(
    (result.status === 'success' ? result.data : [])
      .flatMap((connection) => connection.ties)
      .flatMap((tie) => tie.nodes)
      .map((node) => [node.id, node]),
  );
  const chosen = props.chosen.map(({ id, name, kind }) => ({
    id,
    name: name ?? answered.get(id)?.name ?? id,
    kind: kind ?? answered.get(id)?.kind,
  }));
  const institutionIds = chosen
    .filter((entity) => entity.kind === 'INSTITUTION')
    .map((entity) => entity.id);
  return (
    <section className="shared-panel" aria-labelledby="shared-title" data-testid="shared-panel">
      <h2 id="shared-title">What do these share?</h2>
      {chosen.length === 0 ? (
        <p className="shared-hint">
          Shift-click nodes on the canvas, or use “Compare” in a node’s menu, to choose 2 to 10
          entities.
        </p>
      ) : (
        <div className="shared-chosen">
          <ul aria-label="Chosen entities">
            {chosen.map((entity) => (
              <li key={entity.id} className="chip">
                {entity.kind && <KindIcon kind={entity.kind} size={12} />}
                {entity.name}
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={`Remove ${entity.name}`}
                  onClick={() => onRemove(entity.id)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="button button-quiet" onClick={onClear}>
            Clear
          </button>
        </div>
      )}
      {chosen.length === 1 && <p className="shared-hint">Choose at least one more.</p>}
      {chosen.length >= 2 && <SharedConnections {...props} chosen={chosen} result={result} />}
      <Interlocks institutionIds={institutionIds} onNavigate={props.onNavigate} />
    </section>
  );
}

function SharedConnections({
  chosen,
  result,
  onDraw,
  onNavigate,
  renderEvidence,
}: SharedPanelProps & { result: QueryResult<SharedConnection[]> }) {
  if (result.status === 'idle' || result.status === 'loading')
    return <StatusMessage tone="loading" title="Looking for what they share…" />;
  if (result.status === 'error')
    return (
      <StatusMessage tone="error" title="That could not be worked out" onRetry={result.retry}>
        <p>{result.error.message}</p>
      </StatusMessage>
    );
  if (result.data.length === 0)
    return (
      <StatusMessage tone="neutral" title="Nothing in common">
        <p>No entity is tied to two of them, directly or through one body.</p>
      </StatusMessage>
    );
  return (
    <>
      <div className="shared-actions">
        <span>
          {result.data.length} shared {result.data.length === 1 ? 'connection' : 'connections'}
        </span>
        <button type="button" className="button" onClick={() => onDraw(result.data)}>
          Draw on the canvas
        </button>
      </div>
      <ol className="shared-list" data-testid="shared-connections">
        {result.data.map((connection) => (
          <li key={connection.entity.id}>
            <button
              type="button"
              className="link-button shared-entity"
              onClick={() => onNavigate(connection.entity.id)}
            >
              <KindIcon kind={connection.entity.kind} size={12} />
              {connection.entity.name}
            </button>
            <span className="shared-count">
              shared by {connection.sharedCount} of {chosen.length}
              {connection.directCount < connection.sharedCount &&
                ` (${connection.directCount} directly)`}
            </span>
            <ul className="shared-ties">
              {connection.ties.flatMap((tie) =>
                tie.hops.map((step) => {
                  const nameOf = (id: string) =>
                    tie.nodes.find((node) => node.id === id)?.name ?? id;
                  return (
                    <li key={step.relationshipId}>
                      <p>{step.sentence}</p>
                      {renderEvidence({
                        evidence: step.evidence,
                        names: [nameOf(step.fromId), nameOf(step.toId)],
                        about: step.sentence,
                      })}
                    </li>
                  );
                }),
              )}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}

function Interlocks({
  institutionIds,
  onNavigate,
}: {
  institutionIds: readonly string[];
  onNavigate(id: string): void;
}) {
  const result = useInterlocks(institutionIds);
  if (institutionIds.length < 2 || result.status !== 'success') return null;
  return (
    <section aria-labelledby="interlocks-title" className="interlocks">
      <h3 id="interlocks-title">People the chosen institutions share</h3>
      {result.data.length === 0 ? (
        <p className="shared-hint">None of them shares a person with another.</p>
      ) : (
        <ul data-testid="interlocks">
          {result.data.map((interlock: Interlock) => (
            <li key={interlock.institutions.map((body) => body.id).join('|')}>
              <strong>{interlock.institutions.map((body) => body.name).join(' · ')}</strong>
              <span className="shared-count"> {interlock.sharedCount} shared</span>
              <ul>
                {interlock.people.map(({ person, ties }) => (
                  <li key={person.id}>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onNavigate(person.id)}
                    >
                      {person.name}
                    </button>
                    : {ties.map((tie) => `${tie.label}, ${tie.institution.name}`).join('; ')}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
