import { KindIcon } from '../../../components/kind-icon';
import { PanelSection } from '../../../components/panel-section';
import { RelationItem, RelationList } from '../../../components/relation-list';
import { relationTypeName } from '../../../config/relation-names';
import type { EvidenceQuote, RelationGroup } from '../api/get-entity-details';
import { EvidenceQuotes } from './evidence-quotes';

interface RelationGroupsProps {
  /** The entity whose relationships these are. */
  subject: string;
  groups: readonly RelationGroup[];
  onNavigate(id: string): void;
  onOpenQuote(evidence: EvidenceQuote): void;
}

/** Relationships grouped by type, each with the other end, its label and its evidence. */
export function RelationGroups({ subject, groups, onNavigate, onOpenQuote }: RelationGroupsProps) {
  if (groups.length === 0) return <p className="more-note">No relationships recorded.</p>;
  return (
    <>
      {groups.map((group) => (
        <PanelSection key={group.type} title={`${relationTypeName(group.type)} · ${group.total}`}>
          <RelationList>
            {group.entries.map((entry) => (
              <RelationItem key={entry.id}>
                <div className="relation-line">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onNavigate(entry.other.id)}
                  >
                    <KindIcon kind={entry.other.kind} size={12} /> {entry.other.name}
                  </button>
                  <span className="relation-label">· {entry.label}</span>
                </div>
                <EvidenceQuotes
                  evidence={entry.evidence}
                  names={[subject, entry.other.name]}
                  onOpen={onOpenQuote}
                />
              </RelationItem>
            ))}
          </RelationList>
          {group.total > group.entries.length && (
            <p className="more-note">
              {group.total - group.entries.length} more not listed; expand the node on the canvas.
            </p>
          )}
        </PanelSection>
      ))}
    </>
  );
}
