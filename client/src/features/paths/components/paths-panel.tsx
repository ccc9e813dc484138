import { API_LIMITS } from '@guanxi/graph-schema';
import { type ReactNode, useState } from 'react';
import type { QueryResult } from '../../../lib/use-api-query';
import type { PathQuery } from '../../../lib/url-state';
import type { FoundPath } from '../../../lib/found-path';
import { type HopEvidenceProps, PathResults } from './path-results';
import './paths-panel.css';

const HOPS = API_LIMITS.connections.hops;

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
  result: QueryResult<FoundPath[]>;
  /** Names of entities already known (from the canvas), for ids restored from a link. */
  nameOf(id: string): string;
  /** The app's entity search, so this feature does not depend on the search feature. */
  renderPicker(props: EntityPickerProps): ReactNode;
  /** The app's evidence quotes, so this feature does not depend on the details feature. */
  renderEvidence(props: HopEvidenceProps): ReactNode;
  /** The index of the path shown alone on the canvas, if one is. */
  isolatedPath: number | null;
  onIsolatePath(index: number): void;
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
    renderEvidence,
    isolatedPath,
    onIsolatePath,
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
              min={HOPS.min}
              max={HOPS.max}
              value={maxHops}
              onChange={(event) =>
                setMaxHops(
                  Math.min(
                    HOPS.max,
                    Math.max(HOPS.min, Number(event.target.value) || HOPS.default),
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
      {query && (
        <PathResults
          result={result}
          isolated={isolatedPath}
          onIsolate={onIsolatePath}
          renderEvidence={renderEvidence}
          onNavigate={onNavigate}
        />
      )}
    </div>
  );
}
