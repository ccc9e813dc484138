import type { EntityScores } from '@guanxi/graph-schema';
import { builder } from '../builder';
import { BETWEENNESS_SOURCES, EXACT_BETWEENNESS_LIMIT } from '../services/scores-service';
import { EntityRef } from './entity';

const EntityScoresRef = builder.objectRef<EntityScores>('EntityScores').implement({
  description:
    'Who matters, graph-wide: computed over every entity and relationship by `npm run analyse` (and after imports and ingest commits) and stored on the entity.',
  fields: (t) => ({
    degree: t.exposeInt('degree', { description: 'Distinct entities tied to this one.' }),
    betweenness: t.exposeFloat('betweenness', {
      nullable: true,
      description: `Share of shortest paths between other entities that pass through this one (normalised, 0 to 1): exact up to ${EXACT_BETWEENNESS_LIMIT.toLocaleString('en-US')} entities, above that estimated from the searches of ${BETWEENNESS_SOURCES} entities drawn at random.`,
    }),
    pageRank: t.exposeFloat('pageRank', {
      description: 'PageRank over the undirected graph; the scores of one run sum to 1.',
    }),
    community: t.exposeInt('community', {
      description:
        'Louvain community: entities with the same number were grouped together by the same run.',
    }),
    computedAt: t.exposeString('computedAt', {
      description: 'When the graph these scores describe was read (ISO 8601, UTC).',
    }),
    stale: t.exposeBoolean('stale', {
      description:
        'True when a write changed the ties around this entity after the run: the scores are dated until the next.',
    }),
  }),
});

builder.interfaceField(EntityRef, 'scores', (t) =>
  t.field({
    type: EntityScoresRef,
    nullable: true,
    description:
      'Degree, betweenness, PageRank and community from the last graph-wide analysis; null before the first run and on entities written since.',
    // Read with the entity itself (its node's properties): no statement of its own.
    resolve: (entity) => entity.scores ?? null,
  }),
);
