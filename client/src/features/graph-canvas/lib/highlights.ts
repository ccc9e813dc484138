import type { EntityKind, RelationType } from '@guanxi/graph-schema';
import type { Core } from 'cytoscape';

export interface PathHighlight {
  nodeIds: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
}

/** What the filters leave on the canvas. */
export interface CanvasFilter {
  hiddenKinds: ReadonlySet<EntityKind>;
  hiddenTypes: ReadonlySet<RelationType>;
  /** When set (an industry filter), only these nodes stay. */
  onlyIds: ReadonlySet<string> | null;
}

export interface Highlights {
  focusId: string | null;
  selectedId: string | null;
  expandedIds: ReadonlySet<string>;
  pinnedIds: ReadonlySet<string>;
  path: PathHighlight | null;
}

const STATE_CLASSES = 'focus expanded pinned filtered faded neighbour on-path';

/**
 * Turns the explorer's state into classes (and locks, for pinned nodes) in one batch. A path
 * answer outranks the selection: its elements stay lit and everything else fades.
 */
export function applyHighlights(
  cy: Core,
  { focusId, selectedId, expandedIds, pinnedIds, path }: Highlights,
  { hiddenKinds, hiddenTypes, onlyIds }: CanvasFilter,
): void {
  cy.batch(() => {
    cy.elements().removeClass(STATE_CLASSES);
    cy.nodes().forEach((node) => {
      const id = node.id();
      if (id === focusId) node.addClass('focus');
      if (expandedIds.has(id)) node.addClass('expanded');
      if (hiddenKinds.has(node.data('kind') as EntityKind) || (onlyIds && !onlyIds.has(id)))
        node.addClass('filtered');
      if (pinnedIds.has(id)) node.addClass('pinned').lock();
      else node.unlock();
    });
    cy.edges().forEach((edge) => {
      if (hiddenTypes.has(edge.data('type') as RelationType)) edge.addClass('filtered');
    });

    cy.elements(':selected').unselect();
    const selected = selectedId ? cy.getElementById(selectedId) : cy.collection();
    selected.select();

    if (path) {
      const lit = cy
        .elements()
        .filter((element) =>
          element.isNode() ? path.nodeIds.has(element.id()) : path.edgeIds.has(element.id()),
        );
      lit.addClass('on-path');
      cy.elements().difference(lit).addClass('faded');
    } else if (selected.nonempty() && selected.isNode()) {
      const around = selected.closedNeighborhood();
      around.addClass('neighbour');
      cy.elements().difference(around).addClass('faded');
    }
  });
}
