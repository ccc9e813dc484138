import type { EntityKind } from '@guanxi/graph-schema';
import { KIND_VISUALS } from '../../../config/kind-visuals';
import './node-tooltip.css';

export interface TooltipTarget {
  name: string;
  kind: EntityKind;
  /** Where the node is drawn, in pixels from the canvas's top left corner. */
  at: { x: number; y: number };
}

const kindLabel = (kind: EntityKind): string =>
  KIND_VISUALS.find((visual) => visual.kind === kind)?.label ?? kind;

/**
 * The full name of the node under the pointer (or walked to with the keyboard): labels are
 * hidden when they would be too small to read, and long names wrap, so this is where a name can
 * always be read whole.
 */
export function NodeTooltip({ target }: { target: TooltipTarget | null }) {
  if (!target) return null;
  return (
    <div
      className="node-tooltip"
      role="tooltip"
      data-testid="node-tooltip"
      style={{ left: target.at.x, top: target.at.y }}
    >
      <strong>{target.name}</strong>
      <small>{kindLabel(target.kind)}</small>
    </div>
  );
}
