import { builder } from '../builder';
import { notFound } from '../errors';
import { mergeEntities, type MergeResult } from '../services/merge-service';
import { requireScope } from '../services/write-access';
import { EntityRef } from './entity';

const MergeResultRef = builder.objectRef<MergeResult>('MergeResult').implement({
  description: 'What a merge did.',
  fields: (t) => ({
    entity: t.field({
      type: EntityRef,
      description: 'The kept entity, with the merged one’s names as aliases and its evidence.',
      resolve: async (result, _args, { loaders }) =>
        (await loaders.entity.clear(result.entityId).load(result.entityId)) ??
        Promise.reject(notFound('entity', result.entityId)),
    }),
    auditId: t.exposeID('auditId', {
      description: 'The audit entry of this merge; `undoMerge(auditId:)` puts everything back.',
    }),
    movedRelationships: t.exposeInt('movedRelationships'),
    combinedRelationships: t.exposeInt('combinedRelationships', {
      description: 'Relationships both entities had; their evidence was combined.',
    }),
    droppedSelfLinks: t.exposeInt('droppedSelfLinks', {
      description: 'Relationships between the two entities, which would have become self-links.',
    }),
  }),
});

builder.mutationField('mergeEntities', (t) =>
  t.field({
    type: MergeResultRef,
    description:
      'Merges `mergeId` into `keepId` in one transaction: names become aliases, evidence and relationships move over.',
    args: {
      keepId: t.arg.id({ required: true }),
      mergeId: t.arg.id({ required: true }),
    },
    resolve: (_root, args, context) => {
      const actor = requireScope(context, 'write');
      return mergeEntities(context.executor, actor, String(args.keepId), String(args.mergeId));
    },
  }),
);
