import {
  API_LIMITS,
  ENTITY_KINDS,
  type EntityKind,
  RELATION_TYPES,
  type RelationType,
  SLUG_PATTERN,
} from '@guanxi/graph-schema';
import { isScoreChoice, type ScoreChoice } from '../features/scores/lib/score-choice';

export interface ExpansionRef {
  nodeId: string;
  relationType: RelationType | null;
}

export interface PathQuery {
  from: string;
  to: string;
  maxHops: number;
  avoid: string[];
}

/** How much a focus loads: hops around the entity and a cap on nodes. */
export interface NeighborhoodSize {
  depth: number;
  limit: number;
}

const { depth: DEPTH, nodes: NODES } = API_LIMITS.neighborhood;
const HOPS = API_LIMITS.connections.hops;
const MAX_COMPARED = API_LIMITS.analysis.commonConnections.ids.max;

/** Every depth the API allows, and node caps up to its maximum. */
export const DEPTHS: readonly number[] = Array.from({ length: DEPTH.max }, (_, index) => index + 1);
export const NODE_LIMITS: readonly number[] = [50, 150, 500, NODES.max];
export const defaultSize: NeighborhoodSize = { depth: DEPTH.default, limit: 150 };

/** The ingest screen, open: on a draft under review, or on a new article (draftId null). */
export interface IngestRef {
  draftId: string | null;
}

/** A node a person pinned, and where. */
export interface PinnedNode {
  id: string;
  x: number;
  y: number;
}

/**
 * The link format's version, written into every link so that a later format can still read
 * links made today. Links without it predate it and use the same parameters.
 */
export const VIEW_LINK_VERSION = 1;

/** Everything a shared link restores: what is in view, how it was explored, what is asked. */
export interface ViewState {
  focus: string | null;
  /** The selected node, or (`selectedEdge`) relationship; never both. */
  selected: string | null;
  selectedEdge: string | null;
  expanded: ExpansionRef[];
  /** Nodes taken off the picture by hand, and nodes pinned in place. */
  hidden: string[];
  pinned: PinnedNode[];
  /** The industry whose reach alone is shown. */
  industry: string | null;
  /** The entities chosen for "What do these share?". */
  compare: string[];
  path: PathQuery | null;
  hiddenKinds: EntityKind[];
  hiddenTypes: RelationType[];
  size: NeighborhoodSize;
  /** The year the graph is read as of; null: all time. */
  asOf: number | null;
  /** `?ingest=<draftId>` (or a bare `?ingest=`): the ingest screen is open; absent: closed. */
  ingest?: IngestRef;
  /** The score node size shows; absent (or `none`): every node its usual size. */
  sizeBy?: ScoreChoice;
  /** `community`: nodes coloured by their community; absent: by kind. */
  colourBy?: 'community';
  /** The answer to "What do these share?" for `compare` is drawn; absent: it is not. */
  sharedDrawn?: true;
}

export const emptyViewState: ViewState = {
  focus: null,
  selected: null,
  selectedEdge: null,
  expanded: [],
  hidden: [],
  pinned: [],
  industry: null,
  compare: [],
  path: null,
  hiddenKinds: [],
  hiddenTypes: [],
  size: defaultSize,
  asOf: null,
};

const TYPE_SEPARATOR = '~';
const PIN_SEPARATOR = ':';
/** Relationship ids join slugs with double hyphens (graph-schema's `relationshipId`). */
const RELATIONSHIP_ID_PATTERN = /^[a-z0-9]+(?:-{1,2}[a-z0-9]+)*$/;
/** Positions far outside any picture are not positions anyone chose. */
const MAX_COORDINATE = 1_000_000;

const isSlug = (value: string): boolean => value.length <= 200 && SLUG_PATTERN.test(value);
const slug = (value: string | null): string | null => (value && isSlug(value) ? value : null);
const list = (value: string | null): string[] => (value ? value.split(',').filter(Boolean) : []);
const oneOf = <T extends string>(allowed: readonly T[], values: string[]): T[] =>
  values.filter((value): value is T => (allowed as readonly string[]).includes(value));

function decodeExpansion(token: string): ExpansionRef | null {
  const [nodeId = '', type] = token.split(TYPE_SEPARATOR);
  if (!isSlug(nodeId)) return null;
  if (type === undefined) return { nodeId, relationType: null };
  const [relationType] = oneOf(RELATION_TYPES, [type]);
  return relationType ? { nodeId, relationType } : null;
}

function decodePin(token: string): PinnedNode | null {
  const [id = '', x, y, ...rest] = token.split(PIN_SEPARATOR);
  const coordinates = [Number(x), Number(y)];
  if (!isSlug(id) || rest.length > 0 || x === '' || y === '') return null;
  if (!coordinates.every((value) => Number.isFinite(value) && Math.abs(value) <= MAX_COORDINATE))
    return null;
  const [px = 0, py = 0] = coordinates;
  return { id, x: Math.round(px), y: Math.round(py) };
}

const relationshipIdOrNull = (value: string | null): string | null =>
  value && value.length <= 400 && RELATIONSHIP_ID_PATTERN.test(value) ? value : null;

function decodeHops(value: string | null): number {
  const hops = Number(value);
  return Number.isInteger(hops) && hops >= HOPS.min && hops <= HOPS.max ? hops : HOPS.default;
}

/** The years a time slice may name: wider than any source, narrow enough to mean a year. */
export const AS_OF_YEARS = { min: 1900, max: 2100 } as const;

function decodeYear(value: string | null): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= AS_OF_YEARS.min && year <= AS_OF_YEARS.max ? year : null;
}

function decodeSizeBy(value: string | null): ScoreChoice | null {
  return value && value !== 'none' && isScoreChoice(value) ? value : null;
}

const allowed = (values: readonly number[], value: string | null, fallback: number): number =>
  values.includes(Number(value)) ? Number(value) : fallback;

/** Reads a URL's query string; anything malformed is dropped rather than trusted. */
export function decodeViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const from = slug(params.get('from'));
  const to = slug(params.get('to'));
  const selected = slug(params.get('selected'));
  const compare = [...new Set(list(params.get('compare')).filter(isSlug))].slice(0, MAX_COMPARED);
  const sizeBy = decodeSizeBy(params.get('sizeBy'));
  return {
    focus: slug(params.get('focus')),
    selected,
    selectedEdge: selected ? null : relationshipIdOrNull(params.get('edge')),
    expanded: list(params.get('expand')).flatMap((token) => decodeExpansion(token) ?? []),
    hidden: list(params.get('hide')).filter(isSlug),
    pinned: list(params.get('pin')).flatMap((token) => decodePin(token) ?? []),
    industry: slug(params.get('industry')),
    compare,
    path:
      from && to
        ? {
            from,
            to,
            maxHops: decodeHops(params.get('hops')),
            avoid: list(params.get('avoid')).filter(isSlug),
          }
        : null,
    hiddenKinds: oneOf(ENTITY_KINDS, list(params.get('hideKinds'))),
    hiddenTypes: oneOf(RELATION_TYPES, list(params.get('hideTypes'))),
    size: {
      depth: allowed(DEPTHS, params.get('depth'), defaultSize.depth),
      limit: allowed(NODE_LIMITS, params.get('limit'), defaultSize.limit),
    },
    asOf: decodeYear(params.get('asOf')),
    ...(params.has('ingest') && { ingest: { draftId: slug(params.get('ingest')) } }),
    ...(sizeBy && { sizeBy }),
    ...(params.get('colourBy') === 'community' && { colourBy: 'community' as const }),
    // Two entities at least make a question; fewer have no answer to draw.
    ...(params.get('shared') === 'drawn' && compare.length >= 2 && { sharedDrawn: true as const }),
  };
}

/** Writes the view as a short, readable query string (without the leading "?"). */
export function encodeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.focus) params.set('focus', state.focus);
  if (state.selected) params.set('selected', state.selected);
  else if (state.selectedEdge) params.set('edge', state.selectedEdge);
  if (state.expanded.length > 0)
    params.set(
      'expand',
      state.expanded
        .map(({ nodeId, relationType }) =>
          relationType ? `${nodeId}${TYPE_SEPARATOR}${relationType}` : nodeId,
        )
        .join(','),
    );
  if (state.hidden.length > 0) params.set('hide', state.hidden.join(','));
  if (state.pinned.length > 0)
    params.set('pin', state.pinned.map(({ id, x, y }) => [id, x, y].join(PIN_SEPARATOR)).join(','));
  if (state.industry) params.set('industry', state.industry);
  if (state.compare.length > 0) params.set('compare', state.compare.join(','));
  if (state.path) {
    params.set('from', state.path.from);
    params.set('to', state.path.to);
    params.set('hops', String(state.path.maxHops));
    if (state.path.avoid.length > 0) params.set('avoid', state.path.avoid.join(','));
  }
  if (state.hiddenKinds.length > 0) params.set('hideKinds', state.hiddenKinds.join(','));
  if (state.hiddenTypes.length > 0) params.set('hideTypes', state.hiddenTypes.join(','));
  if (state.size.depth !== defaultSize.depth) params.set('depth', String(state.size.depth));
  if (state.size.limit !== defaultSize.limit) params.set('limit', String(state.size.limit));
  if (state.asOf !== null) params.set('asOf', String(state.asOf));
  if (state.ingest) params.set('ingest', state.ingest.draftId ?? '');
  if (state.sizeBy && state.sizeBy !== 'none') params.set('sizeBy', state.sizeBy);
  if (state.colourBy) params.set('colourBy', state.colourBy);
  if (state.sharedDrawn) params.set('shared', 'drawn');
  if ([...params.keys()].length > 0) params.set('v', String(VIEW_LINK_VERSION));
  // Commas, tildes and colons are safe in a query string and far easier to read unescaped.
  return params.toString().replace(/%2C/g, ',').replace(/%7E/g, '~').replace(/%3A/g, ':');
}
