import type { Core } from 'cytoscape';
import { COMMUNITY_COLORS } from '../../../config/theme';

/** Who matters, drawn: a size and a community colour per node (either map may be empty). */
export interface CanvasEmphasis {
  /** Node width and height in pixels. */
  sizes: ReadonlyMap<string, number>;
  /** Index into the community palette. */
  communities: ReadonlyMap<string, number>;
}

/** The class that gives a node the colour of the community at `index`. */
export const communityClass = (index: number): string =>
  `community-${index % COMMUNITY_COLORS.length}`;

const COMMUNITY_CLASSES = COMMUNITY_COLORS.map((_, index) => communityClass(index)).join(' ');

/**
 * Sizes go on the nodes as style bypasses rather than data, so that the element diff and the
 * exports, which read node data, never see them.
 */
export function applyEmphasis(cy: Core, { sizes, communities }: CanvasEmphasis): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      node.removeClass(COMMUNITY_CLASSES);
      const community = communities.get(node.id());
      if (community !== undefined) node.addClass(communityClass(community));
      const size = sizes.get(node.id());
      if (size === undefined) node.removeStyle('width height');
      else node.style({ width: size, height: size });
    });
  });
}
