import {
  API_LIMITS,
  ENTITY_KINDS,
  type EntityKind,
  RELATION_TYPES,
  type RelationType,
  SLUG_PATTERN,
} from '@guanxi/graph-schema';

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

/** Every depth the API allows, and node caps up to its maximum. */
export const DEPTHS: readonly number[] = Array.from({ length: DEPTH.max }, (_, index) => index + 1);
export const NODE_LIMITS: readonly number[] = [50, 150, 500, NODES.max];
export const defaultSize: NeighborhoodSize = { depth: DEPTH.default, limit: 150 };

/** The ingest screen, open: on a draft under review, or on a new article (draftId null). */
export interface IngestRef {
  draftId: string | null;
}

/** Everything a shared link restores: what is in view, how it was explored, what is asked. */
export interface ViewState {
  focus: string | null;
  selected: string | null;
  expanded: ExpansionRef[];
  path: PathQuery | null;
  hiddenKinds: EntityKind[];
  hiddenTypes: RelationType[];
  size: NeighborhoodSize;
  /** `?ingest=<draftId>` (or a bare `?ingest=`): the ingest screen is open; absent: closed. */
  ingest?: IngestRef;
}

export const emptyViewState: ViewState = {
  focus: null,
  selected: null,
  expanded: [],
  path: null,
  hiddenKinds: [],
  hiddenTypes: [],
  size: defaultSize,
};

const TYPE_SEPARATOR = '~';

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

function decodeHops(value: string | null): number {
  const hops = Number(value);
  return Number.isInteger(hops) && hops >= HOPS.min && hops <= HOPS.max ? hops : HOPS.default;
}

const allowed = (values: readonly number[], value: string | null, fallback: number): number =>
  values.includes(Number(value)) ? Number(value) : fallback;

/** Reads a URL's query string; anything malformed is dropped rather than trusted. */
export function decodeViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const from = slug(params.get('from'));
  const to = slug(params.get('to'));
  return {
    focus: slug(params.get('focus')),
    selected: slug(params.get('selected')),
    expanded: list(params.get('expand')).flatMap((token) => decodeExpansion(token) ?? []),
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
    ...(params.has('ingest') && { ingest: { draftId: slug(params.get('ingest')) } }),
  };
}

/** Writes the view as a short, readable query string (without the leading "?"). */
export function encodeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.focus) params.set('focus', state.focus);
  if (state.selected) params.set('selected', state.selected);
  if (state.expanded.length > 0)
    params.set(
      'expand',
      state.expanded
        .map(({ nodeId, relationType }) =>
          relationType ? `${nodeId}${TYPE_SEPARATOR}${relationType}` : nodeId,
        )
        .join(','),
    );
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
  if (state.ingest) params.set('ingest', state.ingest.draftId ?? '');
  // Commas and tildes are safe in a query string and far easier to read unescaped.
  return params.toString().replace(/%2C/g, ',').replace(/%7E/g, '~');
}
