import { API_LIMITS } from '@guanxi/graph-schema';
import { builder } from '../builder';
import { findConnections, type Path, type PathStep } from '../services/connections-service';
import { EntityRef } from './entity';
import { RelationTypeEnum } from './enums';
import { EvidenceRef } from './evidence';
import { RelationTimeRef, timeArgs, timeFilterOf } from './time';

const PathStepRef = builder.objectRef<PathStep>('PathStep').implement({
  description:
    'One hop of a path: a relationship, in its natural direction, told as a sentence with its evidence.',
  fields: (t) => ({
    from: t.field({ type: EntityRef, resolve: (step) => step.from }),
    to: t.field({ type: EntityRef, resolve: (step) => step.to }),
    type: t.field({ type: RelationTypeEnum, resolve: (step) => step.type }),
    relationshipId: t.exposeID('relationshipId'),
    label: t.exposeString('label'),
    sentence: t.exposeString('sentence', {
      description:
        'e.g. "Pei Gang is president of the Shanghai Association of Overseas Returnees".',
    }),
    evidence: t.field({ type: [EvidenceRef], resolve: (step) => step.evidence }),
    time: t.field({ type: RelationTimeRef, resolve: (step) => step.time }),
  }),
});

export const PathRef = builder.objectRef<Path>('Path').implement({
  description: 'A chain of relationships joining two entities.',
  fields: (t) => ({
    length: t.exposeInt('length', { description: 'The number of relationships (steps).' }),
    nodes: t.field({
      type: [EntityRef],
      description: 'The entities in travel order.',
      resolve: (path) => path.nodes,
    }),
    steps: t.field({ type: [PathStepRef], resolve: (path) => path.steps }),
  }),
});

const LIMITS = API_LIMITS.connections;

builder.queryField('connections', (t) =>
  t.field({
    type: [PathRef],
    description: `Who knows whom: the shortest path between two entities and the next-shortest distinct ones (at most ${LIMITS.paths.max}), within \`maxHops\` (at most ${LIMITS.hops.max}). No path is an empty list. \`avoid\` leaves out hub entities.`,
    args: {
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      maxHops: t.arg.int({ defaultValue: LIMITS.hops.default }),
      first: t.arg.int({ defaultValue: LIMITS.paths.default }),
      relationTypes: t.arg({ type: [RelationTypeEnum] }),
      avoid: t.arg.idList(),
      ...timeArgs(t.arg),
    },
    resolve: (_root, args, { executor }) =>
      findConnections(executor, {
        from: String(args.from),
        to: String(args.to),
        maxHops: args.maxHops,
        first: args.first,
        relationTypes: args.relationTypes ?? undefined,
        avoid: args.avoid?.map(String),
        time: timeFilterOf(args),
      }),
  }),
);
