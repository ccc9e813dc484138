import { createPortal } from 'react-dom';
import { SourceViewer } from '../features/details/components/source-viewer';
import { FiltersPanel } from '../features/filters/components/filters-panel';
import { IngestScreen } from '../features/ingest/components/ingest-screen';
import { TimeSlider } from '../features/time/components/time-slider';
import { WhoMatters } from '../features/scores/components/who-matters';
import { Inspector } from './inspector';
import { InspectorPanels } from './inspector-panels';
import { Stage } from './stage';
import { TopBar } from './top-bar';
import { useExplorer } from './use-explorer';
import { useShortcuts } from './use-shortcuts';
import './app.css';

/** Composes the explorer: search, filters, canvas, inspector, and the state a link restores. */
export function App() {
  const explorer = useExplorer();
  const { view, dispatch, exploration, canvas, handlers, selectedNode, whoMatters } = explorer;

  useShortcuts(
    {
      search: () =>
        document.querySelector<HTMLInputElement>('.topbar input[role="combobox"]')?.focus(),
      undo: exploration.undo,
      redo: exploration.redo,
      fit: () => canvas.current?.fit(),
      zoomIn: () => canvas.current?.zoomIn(),
      zoomOut: () => canvas.current?.zoomOut(),
      dismiss: () => dispatch({ type: 'dismissed' }),
      ...(selectedNode && {
        hide: () => handlers.hide(selectedNode.id),
        pin: () => handlers.togglePin(selectedNode.id),
        collapse: () => exploration.collapse(selectedNode.id),
        expand: () => handlers.expand(selectedNode.id),
      }),
    },
    // The ingest screen has keys of its own; the explorer's wait behind it.
    view.ingest === null,
  );

  return (
    <div className="app" inert={view.ingest !== null}>
      <a className="skip-link" href="#canvas-region">
        Skip to the graph
      </a>
      <TopBar explorer={explorer} />
      <aside
        className={`sidebar${view.filtersOpen ? ' open' : ''}`}
        aria-label="Filters and legend"
      >
        <button
          type="button"
          className="button only-narrow"
          onClick={() => dispatch({ type: 'filtersClosed' })}
        >
          Close filters
        </button>
        <FiltersPanel
          graph={exploration.visible}
          hiddenKinds={view.hiddenKinds}
          hiddenTypes={view.hiddenTypes}
          industryId={view.industryId}
          onToggleKind={(kind) => dispatch({ type: 'kindToggled', kind })}
          onToggleType={(relationType) => dispatch({ type: 'relationTypeToggled', relationType })}
          onIndustry={handlers.chooseIndustry}
          size={view.size}
          onSize={handlers.chooseSize}
          whoMatters={
            <WhoMatters
              sizeBy={whoMatters.sizeBy}
              onSizeBy={whoMatters.setSizeBy}
              byCommunity={whoMatters.byCommunity}
              onByCommunity={whoMatters.setByCommunity}
              ranked={whoMatters.emphasis.ranked}
              onPick={handlers.navigate}
            />
          }
        />
        <TimeSlider
          edges={exploration.visible.edges}
          year={view.asOf}
          onYear={(year) => void handlers.chooseAsOf(year)}
        />
      </aside>
      <Stage explorer={explorer} />
      <Inspector tab={view.tab} onTab={(tab) => dispatch({ type: 'tabChosen', tab })}>
        <InspectorPanels explorer={explorer} />
      </Inspector>
      {view.quote && (
        <SourceViewer
          evidence={view.quote.evidence}
          about={view.quote.about}
          onClose={() => dispatch({ type: 'quoteClosed' })}
        />
      )}
      {view.ingest &&
        // Outside the (then inert) explorer: a modal over the whole page.
        createPortal(
          <IngestScreen
            draftId={view.ingest.draftId}
            onDraft={handlers.showIngestDraft}
            onClose={handlers.closeIngest}
            onOpenInGraph={handlers.showIngested}
          />,
          document.body,
        )}
    </div>
  );
}
