import { ExportMenu } from '../features/export/components/export-menu';
import { graphiqlLink } from '../features/export/lib/graphiql-link';
import { EntitySearch } from '../features/search/components/entity-search';
import { GRAPHQL_ENDPOINT } from '../lib/graphql-client';
import type { Explorer } from './use-explorer';
import { viewQuery } from './view-query';
import './top-bar.css';

/** Brand, the main search, and the page's actions: filters (narrow screens), export, GraphiQL. */
export function TopBar({ explorer }: { explorer: Explorer }) {
  const { view, dispatch, exploration, canvas, handlers, selectedNode, nameOf } = explorer;
  const { graph, visible } = exploration;
  const title = selectedNode?.name ?? (graph.focusId ? nameOf(graph.focusId) : 'Guanxi overview');
  const query = viewQuery(graph.focusId, view.path, view.size);
  return (
    <header className="topbar">
      <div className="brand">
        Guanxi <small>who knows whom</small>
      </div>
      <EntitySearch
        label="Search the graph"
        placeholder="Search people, institutions, events…  ( / )"
        onPick={(hit) => handlers.focusEntity(hit.id, hit.name)}
        testId="main-search"
      />
      <div className="topbar-actions">
        <button
          type="button"
          className="button only-narrow"
          aria-expanded={view.filtersOpen}
          onClick={() => dispatch({ type: 'filtersToggled' })}
        >
          Filters
        </button>
        <button
          type="button"
          className="button"
          aria-haspopup="dialog"
          onClick={handlers.openIngest}
          title="Turn a news article into a reviewed, sourced graph update"
        >
          Ingest
        </button>
        <ExportMenu
          fileStem={`guanxi-${graph.focusId ?? 'overview'}`}
          png={() => canvas.current?.png() ?? ''}
          cyjs={() => canvas.current?.cyjs(title)}
          graphiqlUrl={graphiqlLink(GRAPHQL_ENDPOINT, query.query, query.variables)}
          disabled={visible.nodes.length === 0}
        />
        <a className="button button-quiet" href={GRAPHQL_ENDPOINT} target="_blank" rel="noreferrer">
          GraphiQL
        </a>
      </div>
    </header>
  );
}
