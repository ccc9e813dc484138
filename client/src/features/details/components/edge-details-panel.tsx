import { RELATION_TYPE_DEFINITIONS } from '@guanxi/graph-schema';
import { KindBadge } from '../../../components/kind-icon';
import { PanelSection } from '../../../components/panel-section';
import { StatusMessage } from '../../../components/status-message';
import { relationTypeName } from '../../../config/relation-names';
import type { GraphEdge, GraphNode } from '../../../lib/explorer-graph';
import { useQuery } from '../../../lib/use-query';
import { type EvidenceQuote, getEntityDetails } from '../api/get-entity-details';
import { EvidenceQuotes } from './evidence-quotes';

interface EdgeDetailsPanelProps {
  edge: GraphEdge;
  source: GraphNode;
  target: GraphNode;
  onNavigate(id: string): void;
  onOpenQuote(evidence: EvidenceQuote, title: string): void;
}

/** One relationship: the sentence it states and the quotes that state it. */
export function EdgeDetailsPanel({
  edge,
  source,
  target,
  onNavigate,
  onOpenQuote,
}: EdgeDetailsPanelProps) {
  // The relationship's evidence comes with its source entity's relationship fields.
  const details = useQuery(`entity:${source.id}`, (signal) => getEntityDetails(source.id, signal));
  const entry =
    details.status === 'success'
      ? details.data?.groups
          .flatMap((group) => group.entries)
          .find((candidate) => candidate.id === edge.id)
      : undefined;
  return (
    <article aria-labelledby="edge-title" data-testid="edge-details">
      <header className="entity-header">
        <span className="kind-badge">Relationship · {relationTypeName(edge.type)}</span>
        <h2 id="edge-title">
          {source.name} <span className="relation-label">— {edge.label ?? edge.type} →</span>{' '}
          {target.name}
        </h2>
        <p className="more-note">{RELATION_TYPE_DEFINITIONS[edge.type].description}</p>
      </header>
      <PanelSection title="Between">
        <ul className="relation-list">
          {[source, target].map((node) => (
            <li key={node.id} className="relation-item relation-line">
              <KindBadge kind={node.kind} />
              <button type="button" className="link-button" onClick={() => onNavigate(node.id)}>
                {node.name}
              </button>
            </li>
          ))}
        </ul>
      </PanelSection>
      <PanelSection title="Evidence">
        {details.status === 'loading' && <StatusMessage tone="loading" title="Loading evidence…" />}
        {details.status === 'error' && (
          <StatusMessage
            tone="error"
            title="The evidence could not be loaded"
            onRetry={details.retry}
          />
        )}
        {details.status === 'success' &&
          (entry ? (
            <EvidenceQuotes
              evidence={entry.evidence}
              onOpen={(quote) => onOpenQuote(quote, source.name)}
            />
          ) : (
            <p className="more-note">No quote is recorded for this relationship.</p>
          ))}
      </PanelSection>
    </article>
  );
}
