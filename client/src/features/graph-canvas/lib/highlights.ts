import type { EntityKind, RelationType } from '@guanxi/graph-schema';
import type { Collection, Core } from 'cytoscape';
import { PATH_COLORS } from '../../../config/theme';

interface PathElements {
  nodeIds: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
}

export interface PathHighlight {
  /** The answer's paths in order: path i is drawn in the i-th path colour. */
  paths: readonly PathElements[];
  /** The one path shown, the others faded with the rest; null: every path. */
  isolated: number | null;
}

/** The class that gives an edge the colour of the path at `index`. */
export const pathClass = (index: number): string => `path-${index % PATH_COLORS.length}`;

/** What the filters leave on the canvas. */
export interface CanvasFilter {
  hiddenKinds: ReadonlySet<EntityKind>;
  hiddenTypes: ReadonlySet<RelationType>;
  /** When set (an industry filter), only these nodes stay. */
  onlyIds: ReadonlySet<string> | null;
  /** A year is chosen: relationships without any date are drawn dashed, as uncertain then. */
  yearChosen: boolean;
}

export interface Highlights {
  focusId: string | null;
  selectedId: string | null;
  expandedIds: ReadonlySet<string>;
  pinnedIds: ReadonlySet<string>;
  /** Entities chosen for "What do these share?". */
  comparedIds: ReadonlySet<string>;
  path: PathHighlight | null;
}

const STATE_CLASSES = [
  'focus expanded pinned compared filtered faded neighbour on-path in-time',
  ...PATH_COLORS.map((_, index) => pathClass(index)),
].join(' ');

/** Lights the paths shown; an edge that several share takes the colour of the first. */
function lightPaths(cy: Core, { paths, isolated }: PathHighlight): void {
  const elementsOf = (ids: ReadonlySet<string>): Collection =>
    [...ids].reduce((found, id) => found.union(cy.getElementById(id)), cy.collection());
  let lit = cy.collection();
  paths.forEach(({ nodeIds, edgeIds }, index) => {
    if (isolated !== null && index !== isolated) return;
    const edges = elementsOf(edgeIds);
    edges.difference(lit).addClass(pathClass(index));
    lit = lit.union(edges).union(elementsOf(nodeIds));
  });
  lit.addClass('on-path');
  cy.elements().difference(lit).addClass('faded');
}

/**
 * Turns the explorer's state into classes (and locks, for pinned nodes) in one batch. A path
 * answer outranks the selection: its paths stay lit, each in its colour, and everything else
 * fades.
 */
export function applyHighlights(
  cy: Core,
  { focusId, selectedId, expandedIds, pinnedIds, comparedIds, path }: Highlights,
  { hiddenKinds, hiddenTypes, onlyIds, yearChosen }: CanvasFilter,
): void {
  cy.batch(() => {
    cy.elements().removeClass(STATE_CLASSES);
    cy.nodes().forEach((node) => {
      const id = node.id();
      if (id === focusId) node.addClass('focus');
      if (expandedIds.has(id)) node.addClass('expanded');
      if (comparedIds.has(id)) node.addClass('compared');
      if (hiddenKinds.has(node.data('kind') as EntityKind) || (onlyIds && !onlyIds.has(id)))
        node.addClass('filtered');
      if (pinnedIds.has(id)) node.addClass('pinned').lock();
      else node.unlock();
    });
    cy.edges().forEach((edge) => {
      if (hiddenTypes.has(edge.data('type') as RelationType)) edge.addClass('filtered');
      if (yearChosen) edge.addClass('in-time');
    });

    cy.elements(':selected').unselect();
    const selected = selectedId ? cy.getElementById(selectedId) : cy.collection();
    selected.select();

    if (path) lightPaths(cy, path);
    else if (selected.nonempty() && selected.isNode()) {
      const around = selected.closedNeighborhood();
      around.addClass('neighbour');
      cy.elements().difference(around).addClass('faded');
    }
  });
}
