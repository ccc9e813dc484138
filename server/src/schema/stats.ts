import { builder } from '../builder';
import { type GraphStats, graphStats } from '../services/stats-service';

const LabelCount = builder.objectRef<GraphStats['labels'][number]>('LabelCount').implement({
  description: 'How many nodes carry a label.',
  fields: (t) => ({ label: t.exposeString('label'), count: t.exposeInt('count') }),
});

const RelationshipTypeCount = builder
  .objectRef<GraphStats['relationshipTypes'][number]>('RelationshipTypeCount')
  .implement({
    description: 'How many relationships have a type.',
    fields: (t) => ({ type: t.exposeString('type'), count: t.exposeInt('count') }),
  });

const GraphStatsRef = builder.objectRef<GraphStats>('GraphStats').implement({
  description: 'Counts per node label and per relationship type.',
  fields: (t) => ({
    labels: t.field({ type: [LabelCount], resolve: (stats) => stats.labels }),
    relationshipTypes: t.field({
      type: [RelationshipTypeCount],
      resolve: (stats) => stats.relationshipTypes,
    }),
  }),
});

builder.queryField('graphStats', (t) =>
  t.field({
    type: GraphStatsRef,
    description: 'Counts per label and per relationship type.',
    resolve: (_root, _args, { executor }) => graphStats(executor),
  }),
);
