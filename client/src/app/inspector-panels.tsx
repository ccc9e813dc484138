import { hasAffiliations } from '@guanxi/graph-schema';
import { StatusMessage } from '../components/status-message';
import { KeyboardHelp } from '../components/keyboard-help';
import { AffiliationsPanel } from '../features/affiliations/components/affiliations-panel';
import type { EvidenceQuote } from '../features/details/api/get-entity-details';
import { EdgeDetailsPanel } from '../features/details/components/edge-details-panel';
import { EntityDetailsPanel } from '../features/details/components/entity-details-panel';
import { EvidenceQuotes } from '../features/details/components/evidence-quotes';
import { PathsPanel } from '../features/paths/components/paths-panel';
import { SharedPanel } from '../features/analysis/components/shared-panel';
import { EntitySearch } from '../features/search/components/entity-search';
import type { Explorer } from './use-explorer';

/** The inspector's open tab: details of the selection, who knows whom, or affiliations. */
export function InspectorPanels({ explorer }: { explorer: Explorer }) {
  const { view } = explorer;
  if (view.tab === 'paths') return <PathsTab explorer={explorer} />;
  if (view.tab === 'affiliations') return <AffiliationsTab explorer={explorer} />;
  if (view.tab === 'shared') return <SharedTab explorer={explorer} />;
  return <DetailsTab explorer={explorer} />;
}

function DetailsTab({ explorer }: { explorer: Explorer }) {
  const { dispatch, exploration, handlers, selectedNode, selectedEdge } = explorer;
  const openQuote = (evidence: EvidenceQuote, about: string) =>
    dispatch({ type: 'quoteOpened', evidence, about });
  if (selectedNode)
    return (
      <EntityDetailsPanel
        id={selectedNode.id}
        onNavigate={handlers.navigate}
        onOpenQuote={openQuote}
        actions={[
          { label: 'Expand', run: () => handlers.expand(selectedNode.id) },
          { label: 'Focus', run: () => handlers.focusEntity(selectedNode.id, selectedNode.name) },
          ...(hasAffiliations(selectedNode.kind)
            ? [
                {
                  label: 'Affiliations',
                  run: () => dispatch({ type: 'tabChosen', tab: 'affiliations' }),
                },
              ]
            : []),
          { label: 'Paths from here', run: () => handlers.startPath('from', selectedNode.id) },
        ]}
      />
    );
  const source = selectedEdge && exploration.graph.nodes.get(selectedEdge.source);
  const target = selectedEdge && exploration.graph.nodes.get(selectedEdge.target);
  if (selectedEdge && source && target)
    return (
      <EdgeDetailsPanel
        edge={selectedEdge}
        source={source}
        target={target}
        onNavigate={handlers.navigate}
        onOpenQuote={openQuote}
      />
    );
  return (
    <StatusMessage tone="neutral" title="Nothing selected">
      <p>Select a node or a relationship to see what the sources say about it.</p>
      <p>Double-click a node to expand it; right-click it for more. Tab to the graph to walk it.</p>
      <KeyboardHelp />
    </StatusMessage>
  );
}

function PathsTab({ explorer }: { explorer: Explorer }) {
  const { view, dispatch, handlers, selectedNode, nameOf, paths } = explorer;
  return (
    <PathsPanel
      key={`${view.pathDraft.from}>${view.pathDraft.to}`}
      draft={view.pathDraft}
      query={view.path}
      result={paths}
      nameOf={nameOf}
      selectedNode={selectedNode ? { id: selectedNode.id, name: selectedNode.name } : null}
      renderPicker={({ label, onPick }) => (
        <EntitySearch
          label={label}
          placeholder="Type a name…"
          onPick={(hit) => onPick({ id: hit.id, name: hit.name })}
        />
      )}
      renderEvidence={({ evidence, names, about }) => (
        <EvidenceQuotes
          evidence={evidence}
          names={names}
          onOpen={(quote) => dispatch({ type: 'quoteOpened', evidence: quote, about })}
        />
      )}
      isolatedPath={explorer.isolatedPath}
      onIsolatePath={explorer.isolatePath}
      onSubmit={handlers.askPath}
      onClear={handlers.clearPath}
      onNavigate={handlers.navigate}
    />
  );
}

function AffiliationsTab({ explorer }: { explorer: Explorer }) {
  const { selectedNode, handlers } = explorer;
  if (selectedNode && hasAffiliations(selectedNode.kind))
    return <AffiliationsPanel id={selectedNode.id} onNavigate={handlers.navigate} />;
  return (
    <StatusMessage tone="neutral" title="Select a person or an institution">
      <p>Their institutions, parent bodies and people appear here.</p>
    </StatusMessage>
  );
}

function SharedTab({ explorer }: { explorer: Explorer }) {
  const { view, dispatch, exploration, handlers } = explorer;
  const chosen = view.compare.map((id) => {
    const node = exploration.graph.nodes.get(id);
    return node ? { id, name: node.name, kind: node.kind } : { id };
  });
  return (
    <SharedPanel
      chosen={chosen}
      onRemove={handlers.toggleCompare}
      onClear={handlers.clearCompare}
      onDraw={handlers.drawShared}
      onNavigate={handlers.navigate}
      renderEvidence={({ evidence, names, about }) => (
        <EvidenceQuotes
          evidence={evidence}
          names={names}
          onOpen={(quote) => dispatch({ type: 'quoteOpened', evidence: quote, about })}
        />
      )}
    />
  );
}
