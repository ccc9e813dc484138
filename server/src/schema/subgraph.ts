import { API_LIMITS } from '@guanxi/graph-schema';
import { builder } from '../builder';
import {
  readNeighborhood,
  type Subgraph,
  type SubgraphEdge,
  type SubgraphNode,
} from '../services/neighborhood-service';
import { type Overview, readOverview } from '../services/overview-service';
import { readRelationships } from '../services/relationships-service';
import { EntityRef } from './entity';
import { EvidenceRef } from './evidence';
import { isSelected } from '../selection/plan-selection';
import { plannedReading } from './planned-reading';
import { EntityKindEnum, RelationTypeEnum } from './enums';
import { RelationTimeRef, timeArgs, timeFilterOf } from './time';

const SubgraphNodeRef = builder.objectRef<SubgraphNode>('SubgraphNode').implement({
  description: 'A node to draw.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: EntityKindEnum, resolve: (node) => node.kind }),
    name: t.exposeString('name'),
    entity: t.field({
      type: EntityRef,
      description: 'The whole entity, for details panels.',
      resolve: (node) => node.entity,
    }),
  }),
});

const SubgraphEdgeRef = builder.objectRef<SubgraphEdge>('SubgraphEdge').implement({
  description: 'A relationship to draw, from `source` to `target` (its natural direction).',
  fields: (t) => ({
    id: t.exposeID('id'),
    type: t.field({ type: RelationTypeEnum, resolve: (edge) => edge.type }),
    source: t.exposeID('source'),
    target: t.exposeID('target'),
    label: t.exposeString('label', {
      nullable: true,
      description: 'The title or role where there is one (e.g. "president"), else the type.',
    }),
    evidence: t.field({
      type: [EvidenceRef],
      description: 'The quoted spans that state it, the one that states it best first.',
      resolve: (edge) => edge.evidence,
    }),
    time: t.field({ type: RelationTimeRef, resolve: (edge) => edge.time }),
  }),
});

const RELATIONSHIP_IDS = API_LIMITS.relationships.ids.max;

builder.queryField('relationships', (t) =>
  t.field({
    type: [SubgraphEdgeRef],
    description: `Relationships by id (at most ${RELATIONSHIP_IDS} at once), as drawn and with their evidence, in the order asked. Ids the graph does not hold are left out. Exports of a view ask for its edges in batches.`,
    args: { ids: t.arg.idList({ required: true }) },
    resolve: (_root, { ids }, { executor }) => readRelationships(executor, ids.map(String)),
  }),
);

const SubgraphRef = builder.objectRef<Subgraph>('Subgraph').implement({
  description: 'Part of the graph around an entity, ready to draw.',
  fields: (t) => ({
    nodes: t.field({ type: [SubgraphNodeRef], resolve: (graph) => graph.nodes }),
    edges: t.field({ type: [SubgraphEdgeRef], resolve: (graph) => graph.edges }),
    truncated: t.exposeBoolean('truncated', {
      description: 'True when `limit` (or the per-node edge cap) cut the result.',
    }),
  }),
});

const NEIGHBORHOOD = API_LIMITS.neighborhood;

builder.queryField('neighborhood', (t) =>
  t.field({
    type: SubgraphRef,
    description: `Entities within \`depth\` hops (at most ${NEIGHBORHOOD.depth.max}) of an entity and the relationships among them, at most \`limit\` nodes (at most ${NEIGHBORHOOD.nodes.max}). Source documents and their MENTIONED links are never part of it.`,
    args: {
      id: t.arg.id({ required: true }),
      depth: t.arg.int({ defaultValue: NEIGHBORHOOD.depth.default }),
      kinds: t.arg({ type: [EntityKindEnum] }),
      relationTypes: t.arg({ type: [RelationTypeEnum] }),
      limit: t.arg.int({ defaultValue: NEIGHBORHOOD.nodes.default }),
      ...timeArgs(t.arg),
    },
    resolve: (_root, args, { executor, loaders }, info) =>
      readNeighborhood(
        executor,
        {
          id: String(args.id),
          depth: args.depth,
          kinds: args.kinds ?? undefined,
          relationTypes: args.relationTypes ?? undefined,
          limit: args.limit,
          time: timeFilterOf(args),
        },
        {
          ...plannedReading(info, loaders, [['nodes', 'entity']]),
          edgeEvidence: isSelected(info, ['edges', 'evidence']),
        },
      ),
  }),
);

const OverviewRef = builder.objectRef<Overview>('Overview').implement({
  description: 'How large the graph is and, when it is small enough, all of it.',
  fields: (t) => ({
    totalEntities: t.exposeInt('totalEntities', {
      description: 'Entities in the graph (Source documents not counted).',
    }),
    subgraph: t.field({
      type: SubgraphRef,
      nullable: true,
      description:
        'Every entity and the relationships among them; null when there are more than `limit`.',
      resolve: (overview) => overview.subgraph,
    }),
  }),
});

builder.queryField('overview', (t) =>
  t.field({
    type: OverviewRef,
    description: `The whole graph when it holds at most \`limit\` entities (at most ${API_LIMITS.overview.nodes.max}): a picture to open with. With \`asOf\`, every entity still, and only the relationships that held then.`,
    args: {
      limit: t.arg.int({ defaultValue: API_LIMITS.overview.nodes.default }),
      ...timeArgs(t.arg),
    },
    resolve: (_root, args, { executor, loaders }, info) =>
      readOverview(
        executor,
        { limit: args.limit, time: timeFilterOf(args) },
        {
          ...plannedReading(info, loaders, [['subgraph', 'nodes', 'entity']]),
          edgeEvidence: isSelected(info, ['subgraph', 'edges', 'evidence']),
        },
      ),
  }),
);
