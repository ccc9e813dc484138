import type { ReactNode } from 'react';
import { useState } from 'react';
import { StatusMessage } from '../../../components/status-message';
import { MAX_HOPS } from '../../../config/limits';
import type { QueryState } from '../../../lib/use-query';
import type { PathQuery } from '../../../lib/url-state';
import type { FoundPath } from '../api/get-connections';

export interface PickedEntity {
  id: string;
  name: string;
}

export interface EntityPickerProps {
  label: string;
  onPick(entity: PickedEntity): void;
}

interface PathsPanelProps {
  /** The question's starting values; an empty id means that end is still to be picked. */
  draft: PathQuery;
  /** The question asked, whose answer is shown. */
  query: PathQuery | null;
  result: QueryState<FoundPath[]> & { retry(): void };
  /** Names of entities already known (from the canvas), for ids restored from a link. */
  nameOf(id: string): string;
  /** The app's entity search, so this feature does not depend on the search feature. */
  renderPicker(props: EntityPickerProps): ReactNode;
  selectedNode: PickedEntity | null;
  onSubmit(query: PathQuery): void;
  onClear(): void;
  onNavigate(id: string): void;
}

function Picked({
  entity,
  onClear,
  role,
}: {
  entity: PickedEntity;
  onClear(): void;
  role: string;
}) {
  return (
    <div className="picked-entity">
      <span className="name" data-testid={`picked-${role}`}>
        {entity.name}
      </span>
      <button
        type="button"
        className="button button-quiet"
        onClick={onClear}
        aria-label={`Change ${role}`}
      >
        Change
      </button>
    </div>
  );
}

/** Who knows whom: two entities, a hop limit, hubs to avoid → paths, one sentence per hop. */
export function PathsPanel(props: PathsPanelProps) {
  const {
    draft,
    query,
    result,
    nameOf,
    renderPicker,
    selectedNode,
    onSubmit,
    onClear,
    onNavigate,
  } = props;
  const known = (id: string | undefined): PickedEntity | null =>
    id ? { id, name: nameOf(id) } : null;
  const [from, setFrom] = useState<PickedEntity | null>(known(draft.from));
  const [to, setTo] = useState<PickedEntity | null>(known(draft.to));
  const [maxHops, setMaxHops] = useState(draft.maxHops);
  const [avoid, setAvoid] = useState<PickedEntity[]>(
    draft.avoid.map((id) => ({ id, name: nameOf(id) })),
  );

  const endpoint = (
    role: 'From' | 'To',
    value: PickedEntity | null,
    set: (entity: PickedEntity | null) => void,
  ) => (
    <div>
      <span className="field-label" id={`path-${role}`}>
        {role}
      </span>
      {value ? (
        <Picked
          // A name restored from a link is only known once the canvas has loaded it.
          entity={value.name === value.id ? { id: value.id, name: nameOf(value.id) } : value}
          onClear={() => set(null)}
          role={role.toLowerCase()}
        />
      ) : (
        <>
          {renderPicker({ label: `${role}: search for a person`, onPick: set })}
          {selectedNode && (
            <button type="button" className="link-button" onClick={() => set(selectedNode)}>
              Use the selected node ({selectedNode.name})
            </button>
          )}
        </>
      )}
    </div>
  );

  return (
    <div data-testid="paths-panel">
      <form
        className="form-grid"
        aria-label="Who knows whom"
        onSubmit={(event) => {
          event.preventDefault();
          if (from && to)
            onSubmit({
              from: from.id,
              to: to.id,
              maxHops,
              avoid: avoid.map((entity) => entity.id),
            });
        }}
      >
        {endpoint('From', from, setFrom)}
        {endpoint('To', to, setTo)}
        <div className="inline-fields">
          <div>
            <label className="field-label" htmlFor="max-hops">
              Maximum hops
            </label>
            <input
              id="max-hops"
              type="number"
              min={MAX_HOPS.min}
              max={MAX_HOPS.max}
              value={maxHops}
              onChange={(event) =>
                setMaxHops(
                  Math.min(
                    MAX_HOPS.max,
                    Math.max(MAX_HOPS.min, Number(event.target.value) || MAX_HOPS.default),
                  ),
                )
              }
            />
          </div>
          <div>
            <span className="field-label">Avoid (hubs)</span>
            {renderPicker({
              label: 'Avoid: search for an entity to leave out',
              onPick: (entity) =>
                setAvoid((current) =>
                  current.some((e) => e.id === entity.id) ? current : [...current, entity],
                ),
            })}
          </div>
        </div>
        {avoid.length > 0 && (
          <div className="chips" aria-label="Avoided entities">
            {avoid.map((entity) => (
              <button
                key={entity.id}
                type="button"
                className="chip"
                aria-label={`Stop avoiding ${entity.name}`}
                onClick={() => setAvoid((current) => current.filter((e) => e.id !== entity.id))}
              >
                {entity.name} ×
              </button>
            ))}
          </div>
        )}
        <div className="entity-actions">
          <button type="submit" className="button button-primary" disabled={!from || !to}>
            Find connections
          </button>
          {query && (
            <button type="button" className="button" onClick={onClear}>
              Clear paths
            </button>
          )}
        </div>
      </form>
      {query && <PathResults result={result} onNavigate={onNavigate} />}
    </div>
  );
}

function PathResults({ result, onNavigate }: Pick<PathsPanelProps, 'result' | 'onNavigate'>) {
  if (result.status === 'loading' || result.status === 'idle')
    return <StatusMessage tone="loading" title="Looking for connections…" />;
  if (result.status === 'error')
    return (
      <StatusMessage tone="error" title="The search for connections failed" onRetry={result.retry}>
        <p>{result.error.message}</p>
      </StatusMessage>
    );
  if (result.data.length === 0)
    return (
      <StatusMessage tone="neutral" title="No connection found">
        <p>
          Nothing joins these two within the hop limit. Allow more hops or avoid fewer entities.
        </p>
      </StatusMessage>
    );
  return (
    <div aria-live="polite" data-testid="path-results">
      {result.data.map((path, index) => (
        <section
          key={path.hops.map((hop) => hop.relationshipId).join('|')}
          className="path-card"
          aria-label={`Path ${index + 1}`}
        >
          <h3>
            Path {index + 1} · {path.length} {path.length === 1 ? 'step' : 'steps'}
          </h3>
          <ol className="path-steps">
            {path.hops.map((hop) => (
              <li key={hop.relationshipId}>
                {hop.sentence}.
                {hop.evidence[0] && <span className="more-note"> “{hop.evidence[0].quote}”</span>}
              </li>
            ))}
          </ol>
          <div className="chain">
            {path.nodes.map((node, position) => (
              <span key={node.id} className="chain-item">
                {position > 0 && <span className="chain-arrow">→</span>}
                <button type="button" className="link-button" onClick={() => onNavigate(node.id)}>
                  {node.name}
                </button>
              </span>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
