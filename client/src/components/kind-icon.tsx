import type { EntityKind } from '@guanxi/graph-schema';
import { type KindShape, kindVisual } from '../config/kind-visuals';
import './kind-icon.css';

const SHAPES: Record<KindShape, (fill: string) => React.ReactElement> = {
  ellipse: (fill) => <circle cx="8" cy="8" r="6.5" fill={fill} />,
  'round-rectangle': (fill) => <rect x="1.5" y="3" width="13" height="10" rx="3" fill={fill} />,
  hexagon: (fill) => <polygon points="4.5,2 11.5,2 15,8 11.5,14 4.5,14 1,8" fill={fill} />,
  diamond: (fill) => <polygon points="8,1 15,8 8,15 1,8" fill={fill} />,
  'round-triangle': (fill) => (
    <polygon
      points="8,2.5 14.5,13.5 1.5,13.5"
      fill={fill}
      stroke={fill}
      strokeWidth="2"
      strokeLinejoin="round"
    />
  ),
};

/** The kind's canvas shape and colour, small, for legends, lists and search hits. */
export function KindIcon({ kind, size = 14 }: { kind: EntityKind; size?: number }) {
  const visual = kindVisual(kind);
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" className="kind-icon">
      {SHAPES[visual.shape](visual.color)}
    </svg>
  );
}

/** Icon and kind name together: the kind is never told by colour alone. */
export function KindBadge({ kind }: { kind: EntityKind }) {
  const visual = kindVisual(kind);
  return (
    <span className="kind-badge" style={{ color: visual.ink }}>
      <KindIcon kind={kind} size={12} />
      {visual.label}
    </span>
  );
}
