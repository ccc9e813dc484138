import type { EntityKind, RelationType } from '@guanxi/graph-schema';
import type { ReactNode } from 'react';
import { ENTITY_RELATION_TYPES } from '@guanxi/graph-schema';
import { KindIcon } from '../../../components/kind-icon';
import { PanelSection } from '../../../components/panel-section';
import { KIND_VISUALS } from '../../../config/kind-visuals';
import { relationTypeName } from '../../../config/relation-names';
import type { VisibleGraph } from '../../../lib/explorer-graph';
import { DEPTHS, type NeighborhoodSize, NODE_LIMITS } from '../../../lib/url-state';
import { useIndustries } from '../api/get-industries';
import './filters-panel.css';

interface FiltersPanelProps {
  graph: VisibleGraph;
  hiddenKinds: ReadonlySet<EntityKind>;
  hiddenTypes: ReadonlySet<RelationType>;
  industryId: string | null;
  onToggleKind(kind: EntityKind): void;
  onToggleType(type: RelationType): void;
  onIndustry(id: string | null): void;
  size: NeighborhoodSize;
  onSize(size: NeighborhoodSize): void;
  /** Node size and colour by who matters, and the ranked list: the scores feature's controls. */
  whoMatters: ReactNode;
}

const toggle = <T,>(set: ReadonlySet<T>, value: T): boolean => !set.has(value);

/**
 * What the canvas shows: kinds (doubling as the legend), relationship types, and the industries,
 * each one click away.
 */
export function FiltersPanel(props: FiltersPanelProps) {
  const { graph, hiddenKinds, hiddenTypes, industryId, onToggleKind, onToggleType, onIndustry } =
    props;
  const { size, onSize, whoMatters } = props;
  const industries = useIndustries();
  const kindCount = (kind: EntityKind) => graph.nodes.filter((node) => node.kind === kind).length;
  const typeCount = (type: RelationType) => graph.edges.filter((edge) => edge.type === type).length;

  return (
    <div aria-label="Filters" role="region">
      <PanelSection title="Industries">
        {industries.status === 'success' && (
          <div className="chips">
            {industries.data.map((industry) => (
              <button
                key={industry.id}
                type="button"
                className="chip"
                aria-pressed={industry.id === industryId}
                onClick={() => onIndustry(industry.id === industryId ? null : industry.id)}
              >
                <KindIcon kind="INDUSTRY" size={11} />
                {industry.name}
              </button>
            ))}
          </div>
        )}
        {industries.status === 'loading' && <p className="more-note">Loading industries…</p>}
        {industries.status === 'error' && (
          <p className="more-note" role="alert">
            Industries unavailable: {industries.error.message}
          </p>
        )}
      </PanelSection>
      <PanelSection title="Neighbourhood">
        <div className="inline-fields">
          <div>
            <label className="field-label" htmlFor="neighbourhood-depth">
              Hops
            </label>
            <select
              id="neighbourhood-depth"
              value={size.depth}
              onChange={(event) => onSize({ ...size, depth: Number(event.target.value) })}
            >
              {DEPTHS.map((depth) => (
                <option key={depth} value={depth}>
                  {depth}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label className="field-label" htmlFor="neighbourhood-limit">
              Max nodes
            </label>
            <select
              id="neighbourhood-limit"
              value={size.limit}
              onChange={(event) => onSize({ ...size, limit: Number(event.target.value) })}
            >
              {NODE_LIMITS.map((limit) => (
                <option key={limit} value={limit}>
                  {limit}
                </option>
              ))}
            </select>
          </div>
        </div>
      </PanelSection>
      <PanelSection title="Who matters">{whoMatters}</PanelSection>
      <PanelSection title="Kinds">
        <ul className="check-list">
          {KIND_VISUALS.map((visual) => (
            <li key={visual.kind}>
              <label>
                <input
                  type="checkbox"
                  checked={toggle(hiddenKinds, visual.kind)}
                  onChange={() => onToggleKind(visual.kind)}
                />
                <KindIcon kind={visual.kind} />
                {visual.plural}
                <span className="count">{kindCount(visual.kind)}</span>
              </label>
            </li>
          ))}
        </ul>
      </PanelSection>
      <PanelSection title="Relationships">
        <ul className="check-list">
          {ENTITY_RELATION_TYPES.map((type) => (
            <li key={type}>
              <label>
                <input
                  type="checkbox"
                  checked={toggle(hiddenTypes, type)}
                  onChange={() => onToggleType(type)}
                />
                {relationTypeName(type)}
                <span className="count">{typeCount(type)}</span>
              </label>
            </li>
          ))}
        </ul>
      </PanelSection>
    </div>
  );
}
