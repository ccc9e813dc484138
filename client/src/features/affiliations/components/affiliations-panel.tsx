import { Chain } from '../../../components/chain';
import { EntityHeader } from '../../../components/entity-header';
import { KindBadge, KindIcon } from '../../../components/kind-icon';
import { PanelSection } from '../../../components/panel-section';
import { RelationItem, RelationList } from '../../../components/relation-list';
import { StatusMessage } from '../../../components/status-message';
import { type Affiliations, useAffiliations } from '../api/get-affiliations';
import './affiliations-panel.css';

interface AffiliationsPanelProps {
  id: string;
  onNavigate(id: string): void;
}

interface Named {
  id: string;
  name: string;
}

function EntityLink({ entity, onNavigate }: { entity: Named; onNavigate(id: string): void }) {
  return (
    <button type="button" className="link-button" onClick={() => onNavigate(entity.id)}>
      {entity.name}
    </button>
  );
}

/** "Under ParentA ‹ ParentB": the bodies above an institution, nearest first. */
function ParentChain({
  chain,
  onNavigate,
}: {
  chain: readonly Named[];
  onNavigate(id: string): void;
}) {
  if (chain.length === 0) return null;
  return (
    <Chain lead="under">
      {chain.map((parent) => (
        <EntityLink key={parent.id} entity={parent} onNavigate={onNavigate} />
      ))}
    </Chain>
  );
}

/**
 * For a person: each institution they belong to, the tie and the chain of bodies above it.
 * For an institution: its chain upwards, the bodies under it and everyone in them.
 */
export function AffiliationsPanel({ id, onNavigate }: AffiliationsPanelProps) {
  const result = useAffiliations(id);
  if (result.status === 'loading' || result.status === 'idle')
    return <StatusMessage tone="loading" title="Loading affiliations…" />;
  if (result.status === 'error')
    return (
      <StatusMessage tone="error" title="Affiliations could not be loaded" onRetry={result.retry}>
        <p>{result.error.message}</p>
      </StatusMessage>
    );
  const data = result.data;
  return (
    <article aria-labelledby="affiliations-title" data-testid="affiliations">
      <EntityHeader
        titleId="affiliations-title"
        badge={<KindBadge kind={data.entity.kind} />}
        title={`Affiliations of ${data.entity.name}`}
      />
      {data.entity.kind === 'PERSON' ? (
        <PersonAffiliations data={data} onNavigate={onNavigate} />
      ) : data.entity.kind === 'INSTITUTION' ? (
        <InstitutionAffiliations data={data} onNavigate={onNavigate} />
      ) : (
        <StatusMessage tone="neutral" title="Affiliations are about people and institutions">
          <p>Select a person or an institution to see where they belong.</p>
        </StatusMessage>
      )}
    </article>
  );
}

function PersonAffiliations({
  data,
  onNavigate,
}: {
  data: Affiliations;
  onNavigate(id: string): void;
}) {
  if (data.institutions.length === 0)
    return <p className="more-note">No institution is recorded for this person.</p>;
  return (
    <PanelSection title={`Institutions · ${data.institutions.length}`}>
      <RelationList>
        {data.institutions.map((tie) => (
          <RelationItem key={`${tie.institution.id}:${tie.label}`}>
            <div className="relation-line">
              <KindIcon kind={tie.institution.kind} size={12} />
              <EntityLink entity={tie.institution} onNavigate={onNavigate} />
              <span className="relation-label">· {tie.label}</span>
            </div>
            <ParentChain chain={tie.parentChain} onNavigate={onNavigate} />
          </RelationItem>
        ))}
      </RelationList>
    </PanelSection>
  );
}

function InstitutionAffiliations({
  data,
  onNavigate,
}: {
  data: Affiliations;
  onNavigate(id: string): void;
}) {
  const childrenOf = (parentId: string) =>
    data.subBodies.filter((body) => body.parent.id === parentId);
  const renderTree = (parentId: string) => {
    const children = childrenOf(parentId);
    if (children.length === 0) return null;
    return (
      <ul className="tree">
        {children.map((body) => (
          <li key={body.institution.id}>
            <EntityLink entity={body.institution} onNavigate={onNavigate} />
            {renderTree(body.institution.id)}
          </li>
        ))}
      </ul>
    );
  };
  return (
    <>
      <PanelSection title="Sits under">
        {data.parentChain.length > 0 ? (
          <ParentChain chain={data.parentChain} onNavigate={onNavigate} />
        ) : (
          <p className="more-note">No parent body is recorded.</p>
        )}
      </PanelSection>
      <PanelSection title={`Bodies under it · ${data.subBodies.length}`}>
        {data.subBodies.length > 0 ? (
          renderTree(data.entity.id)
        ) : (
          <p className="more-note">None recorded.</p>
        )}
      </PanelSection>
      <PanelSection title={`People · ${data.people.length}`}>
        {data.people.length === 0 ? (
          <p className="more-note">No one is recorded in this body or below it.</p>
        ) : (
          <RelationList>
            {data.people.map((tie) => (
              <RelationItem key={`${tie.person.id}:${tie.institution.id}:${tie.label}`}>
                <div className="relation-line">
                  <KindIcon kind="PERSON" size={12} />
                  <EntityLink entity={tie.person} onNavigate={onNavigate} />
                  <span className="relation-label">· {tie.label}</span>
                </div>
                {tie.institution.id !== data.entity.id && (
                  <Chain lead="in">
                    <EntityLink entity={tie.institution} onNavigate={onNavigate} />
                  </Chain>
                )}
              </RelationItem>
            ))}
          </RelationList>
        )}
      </PanelSection>
    </>
  );
}
