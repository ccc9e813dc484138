import { EntityHeader } from '../../../components/entity-header';
import { KindBadge } from '../../../components/kind-icon';
import { PanelSection } from '../../../components/panel-section';
import { StatusMessage } from '../../../components/status-message';
import { type EvidenceQuote, useEntityDetails } from '../api/get-entity-details';
import { EvidenceQuotes } from './evidence-quotes';
import { RelationGroups } from './relation-groups';
import './entity-details-panel.css';

export interface EntityAction {
  label: string;
  run(): void;
}

interface EntityDetailsPanelProps {
  id: string;
  actions: readonly EntityAction[];
  onNavigate(id: string): void;
  onOpenQuote(evidence: EvidenceQuote, title: string): void;
}

/** Properties, aliases, relationships by type and the quotes behind the selected entity. */
export function EntityDetailsPanel({
  id,
  actions,
  onNavigate,
  onOpenQuote,
}: EntityDetailsPanelProps) {
  const details = useEntityDetails(id);
  if (details.status === 'loading' || details.status === 'idle')
    return <StatusMessage tone="loading" title="Loading details…" />;
  if (details.status === 'error')
    return (
      <StatusMessage tone="error" title="The details could not be loaded" onRetry={details.retry}>
        <p>{details.error.message}</p>
      </StatusMessage>
    );
  const entity = details.data;
  if (!entity)
    return (
      <StatusMessage tone="neutral" title="Not in the graph">
        <p>No entity has the id “{id}”. It may have been merged or removed.</p>
      </StatusMessage>
    );
  const open = (evidence: EvidenceQuote) => onOpenQuote(evidence, entity.name);
  return (
    <article aria-labelledby="details-title" data-testid="entity-details">
      <EntityHeader
        titleId="details-title"
        badge={<KindBadge kind={entity.kind} />}
        title={entity.name}
      >
        <div className="entity-actions">
          {actions.map((action) => (
            <button key={action.label} type="button" className="button" onClick={action.run}>
              {action.label}
            </button>
          ))}
        </div>
      </EntityHeader>
      {(entity.properties.length > 0 ||
        entity.links.length > 0 ||
        entity.aliases.length > 0 ||
        entity.curatorAliases.length > 0) && (
        <PanelSection title="Properties">
          <dl className="properties">
            {entity.aliases.length > 0 && (
              <>
                <dt>Also known as</dt>
                <dd>{entity.aliases.join(' · ')}</dd>
              </>
            )}
            {entity.curatorAliases.length > 0 && (
              <>
                <dt>Standard names</dt>
                <dd data-testid="curator-aliases">
                  {entity.curatorAliases.join(' · ')} <small>(added by the curator)</small>
                </dd>
              </>
            )}
            {entity.properties.map((property) => (
              <PropertyRow key={property.label} label={property.label} value={property.value} />
            ))}
            {entity.links.map((link) => (
              <LinkRow
                key={link.label}
                label={link.label}
                name={link.entity.name}
                onClick={() => onNavigate(link.entity.id)}
              />
            ))}
          </dl>
        </PanelSection>
      )}
      {entity.note && (
        <PanelSection title="Curator's note">
          <p className="more-note">{entity.note}</p>
        </PanelSection>
      )}
      <RelationGroups
        subject={entity.name}
        groups={entity.groups}
        onNavigate={onNavigate}
        onOpenQuote={open}
      />
      {entity.unlisted > 0 && (
        <p className="more-note">
          {entity.unlisted} more relationships are not listed here; expand the node on the canvas to
          see them.
        </p>
      )}
      <PanelSection title="Evidence">
        <EvidenceQuotes
          evidence={entity.sources}
          names={[entity.name, ...entity.aliases]}
          onOpen={open}
        />
      </PanelSection>
    </article>
  );
}

function PropertyRow({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}

function LinkRow({ label, name, onClick }: { label: string; name: string; onClick(): void }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <button type="button" className="link-button" onClick={onClick}>
          {name}
        </button>
      </dd>
    </>
  );
}
