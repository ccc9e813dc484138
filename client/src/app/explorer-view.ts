import { API_LIMITS, type EntityKind, type RelationType } from '@guanxi/graph-schema';
import type { EvidenceQuote } from '../features/details/api/get-entity-details';
import type {
  CanvasSelection,
  ScreenPoint,
} from '../features/graph-canvas/components/graph-canvas';
import type { IngestRef, NeighborhoodSize, PathQuery, ViewState } from '../lib/url-state';

export type InspectorTab = 'details' | 'paths' | 'affiliations' | 'shared';

/** Everything about the view that is not the explored graph itself. */
export interface ExplorerView {
  size: NeighborhoodSize;
  /** The year the graph is read as of; null: all time. */
  asOf: number | null;
  selection: CanvasSelection | null;
  hiddenKinds: ReadonlySet<EntityKind>;
  hiddenTypes: ReadonlySet<RelationType>;
  industryId: string | null;
  /** The who-knows-whom question asked, whose answer is shown. */
  path: PathQuery | null;
  /** The question being put together (one end may still be missing), e.g. from the node menu. */
  pathDraft: PathQuery;
  tab: InspectorTab;
  menu: { nodeId: string; at: ScreenPoint } | null;
  quote: { evidence: EvidenceQuote; about: string } | null;
  filtersOpen: boolean;
  /** The ingest screen, when open, and the draft it shows. */
  ingest: IngestRef | null;
  /** The entities chosen for "What do these share?", in the order chosen. */
  compare: readonly string[];
}

const MAX_COMPARED = API_LIMITS.analysis.commonConnections.ids.max;

export const EMPTY_PATH_DRAFT: PathQuery = {
  from: '',
  to: '',
  maxHops: API_LIMITS.connections.hops.default,
  avoid: [],
};

export type ViewAction =
  /** A click on the canvas: a node, an edge or the background. */
  | { type: 'canvasSelected'; selection: CanvasSelection | null }
  /** A link in a panel, or a node walked to. */
  | { type: 'nodeSelected'; id: string }
  | { type: 'entityFocused'; id: string }
  | { type: 'menuOpened'; nodeId: string; at: ScreenPoint }
  | { type: 'menuClosed' }
  | { type: 'dismissed' }
  | { type: 'tabChosen'; tab: InspectorTab }
  | { type: 'kindToggled'; kind: EntityKind }
  | { type: 'relationTypeToggled'; relationType: RelationType }
  | { type: 'industryChosen'; id: string | null }
  | { type: 'sizeChosen'; size: NeighborhoodSize }
  | { type: 'asOfChosen'; year: number | null }
  | { type: 'pathEndChosen'; role: 'from' | 'to'; id: string }
  | { type: 'pathAsked'; query: PathQuery }
  | { type: 'pathCleared' }
  | { type: 'quoteOpened'; evidence: EvidenceQuote; about: string }
  | { type: 'quoteClosed' }
  | { type: 'filtersToggled' }
  | { type: 'filtersClosed' }
  | { type: 'ingestOpened' }
  /** A draft proposed or opened (null: back to a new article). */
  | { type: 'ingestDraftShown'; draftId: string | null }
  | { type: 'ingestClosed' }
  /** Adds an entity to the comparison, or takes it out again. */
  | { type: 'compareToggled'; id: string }
  | { type: 'compareCleared' };

/** The view a link describes (see url-state), before anything has loaded. */
export function initialView(link: ViewState): ExplorerView {
  return {
    size: link.size,
    asOf: link.asOf,
    selection: link.selected
      ? { group: 'nodes', id: link.selected }
      : link.selectedEdge
        ? { group: 'edges', id: link.selectedEdge }
        : null,
    hiddenKinds: new Set(link.hiddenKinds),
    hiddenTypes: new Set(link.hiddenTypes),
    industryId: link.industry,
    path: link.path,
    pathDraft: link.path ?? EMPTY_PATH_DRAFT,
    tab: link.path ? 'paths' : link.compare.length > 0 ? 'shared' : 'details',
    menu: null,
    quote: null,
    filtersOpen: false,
    ingest: link.ingest ?? null,
    compare: link.compare,
  };
}

const toggled = <T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> => {
  const next = new Set(set);
  if (!next.delete(value)) next.add(value);
  return next;
};

const nodeSelection = (id: string): CanvasSelection => ({ group: 'nodes', id });

export function viewReducer(view: ExplorerView, action: ViewAction): ExplorerView {
  switch (action.type) {
    case 'canvasSelected':
      return {
        ...view,
        selection: action.selection,
        menu: null,
        // The paths tab stays open while one picks along a path; otherwise show the details.
        tab: action.selection && view.tab !== 'paths' ? 'details' : view.tab,
      };
    case 'nodeSelected':
      return { ...view, selection: nodeSelection(action.id) };
    case 'entityFocused':
      // The open tab stays: whoever reads affiliations wants the next entity's affiliations.
      return { ...view, selection: nodeSelection(action.id), menu: null };
    case 'menuOpened':
      return {
        ...view,
        selection: nodeSelection(action.nodeId),
        menu: { nodeId: action.nodeId, at: action.at },
      };
    case 'menuClosed':
      return { ...view, menu: null };
    case 'dismissed':
      return { ...view, menu: null, selection: null };
    case 'tabChosen':
      return { ...view, tab: action.tab };
    case 'kindToggled':
      return { ...view, hiddenKinds: toggled(view.hiddenKinds, action.kind) };
    case 'relationTypeToggled':
      return { ...view, hiddenTypes: toggled(view.hiddenTypes, action.relationType) };
    case 'industryChosen':
      return { ...view, industryId: action.id };
    case 'sizeChosen':
      return { ...view, size: action.size };
    case 'asOfChosen':
      return { ...view, asOf: action.year };
    case 'pathEndChosen': {
      const pathDraft = { ...view.pathDraft, [action.role]: action.id };
      const complete = pathDraft.from !== '' && pathDraft.to !== '';
      return { ...view, pathDraft, tab: 'paths', path: complete ? pathDraft : view.path };
    }
    case 'pathAsked':
      return { ...view, pathDraft: action.query, path: action.query };
    case 'pathCleared':
      return { ...view, path: null, pathDraft: EMPTY_PATH_DRAFT };
    case 'quoteOpened':
      return { ...view, quote: { evidence: action.evidence, about: action.about } };
    case 'quoteClosed':
      return { ...view, quote: null };
    case 'filtersToggled':
      return { ...view, filtersOpen: !view.filtersOpen };
    case 'filtersClosed':
      return { ...view, filtersOpen: false };
    case 'ingestOpened':
      return { ...view, ingest: view.ingest ?? { draftId: null }, menu: null, filtersOpen: false };
    case 'ingestDraftShown':
      return { ...view, ingest: { draftId: action.draftId } };
    case 'ingestClosed':
      return { ...view, ingest: null };
    case 'compareToggled': {
      const compare = view.compare.includes(action.id)
        ? view.compare.filter((id) => id !== action.id)
        : [...view.compare, action.id].slice(0, MAX_COMPARED);
      return { ...view, compare, tab: 'shared', menu: null };
    }
    case 'compareCleared':
      return { ...view, compare: [] };
  }
}

/** The date the graph is read as of, as the API takes it; null: all time. */
export const asOfDate = (view: ExplorerView): string | null =>
  view.asOf === null ? null : String(view.asOf);

/** The selected node's id, when a node (not an edge) is selected. */
export const selectedNodeId = (view: ExplorerView): string | null =>
  view.selection?.group === 'nodes' ? view.selection.id : null;
