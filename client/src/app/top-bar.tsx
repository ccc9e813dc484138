import { ExportMenu } from '../features/export/components/export-menu';
import { graphiqlLink } from '../features/export/lib/graphiql-link';
import { SavedViewsButton } from '../features/saved-views/components/saved-views-button';
import { EntitySearch } from '../features/search/components/entity-search';
import { GRAPHQL_ENDPOINT } from '../lib/graphql-client';
import { CopyLinkButton } from './copy-link-button';
import { asOfDate } from './explorer-view';
import type { Explorer } from './use-explorer';
import { viewQuery } from './view-query';
import './top-bar.css';

/** Brand, the main search, and the page's actions: filters (narrow screens), export, GraphiQL. */
export function TopBar({ explorer }: { explorer: Explorer }) {
  const { view, dispatch, exploration, canvas, handlers, nameOf } = explorer;
  const { graph, visible } = exploration;
  const exportTitle = view.path
    ? `Who knows whom: ${nameOf(view.path.from)} → ${nameOf(view.path.to)}`
    : graph.focusId
      ? `Around ${nameOf(graph.focusId)}`
      : 'The Guanxi graph';
  const query = viewQuery(graph.focusId, view.path, view.size, asOfDate(view));
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
        <SavedViewsButton />
        <CopyLinkButton />
        <ExportMenu
          fileStem={`guanxi-${graph.focusId ?? 'overview'}`}
          title={exportTitle}
          picture={() => canvas.current?.snapshot()}
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
