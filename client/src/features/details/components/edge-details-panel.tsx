import { RELATION_TYPE_DEFINITIONS } from '@guanxi/graph-schema';
import { EntityHeader } from '../../../components/entity-header';
import { KindBadge } from '../../../components/kind-icon';
import { PanelSection } from '../../../components/panel-section';
import { RelationItem, RelationList } from '../../../components/relation-list';
import { StatusMessage } from '../../../components/status-message';
import { relationTypeName } from '../../../config/relation-names';
import type { GraphEdge, GraphNode } from '../../../lib/explorer-graph';
import { type EvidenceQuote, useEntityDetails } from '../api/get-entity-details';
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
  const details = useEntityDetails(source.id);
  const entry =
    details.status === 'success'
      ? details.data?.groups
          .flatMap((group) => group.entries)
          .find((candidate) => candidate.id === edge.id)
      : undefined;
  return (
    <article aria-labelledby="edge-title" data-testid="edge-details">
      <EntityHeader
        titleId="edge-title"
        badge={<span className="kind-badge">Relationship · {relationTypeName(edge.type)}</span>}
        title={
          <>
            {source.name} <span className="relation-label">— {edge.label ?? edge.type} →</span>{' '}
            {target.name}
          </>
        }
      >
        <p className="more-note">{RELATION_TYPE_DEFINITIONS[edge.type].description}</p>
      </EntityHeader>
      <PanelSection title="Between">
        <RelationList>
          {[source, target].map((node) => (
            <RelationItem key={node.id} line>
              <KindBadge kind={node.kind} />
              <button type="button" className="link-button" onClick={() => onNavigate(node.id)}>
                {node.name}
              </button>
            </RelationItem>
          ))}
        </RelationList>
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
              names={[source.name, target.name]}
              onOpen={(quote) => onOpenQuote(quote, source.name)}
            />
          ) : (
            <p className="more-note">No quote is recorded for this relationship.</p>
          ))}
      </PanelSection>
    </article>
  );
}
