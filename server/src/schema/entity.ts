import { type EntityKind, LABEL_OF_KIND } from '@guanxi/graph-schema';
import { builder } from '../builder';
import { primePlannedEntity } from '../loaders/prime';
import type { EntityRecord } from '../repositories/entity-record';
import { readPlannedEntity } from '../repositories/entity-repository';
import { planEntitiesAt } from '../selection/plan-selection';
import { EntityKindEnum } from './enums';
import { EvidenceRef } from './evidence';

/** GraphQL object type names are the graph-schema labels: Person, Institution … */
export const typenameOfKind = (kind: EntityKind): string => LABEL_OF_KIND[kind];

export const EntityRef = builder.interfaceRef<EntityRecord>('Entity').implement({
  description: 'Anything a person explores: a person, institution, industry, event or place.',
  resolveType: (entity) => typenameOfKind(entity.kind),
  fields: (t) => ({
    id: t.exposeID('id', { description: 'A readable slug, unique across kinds.' }),
    kind: t.field({ type: EntityKindEnum, resolve: (entity) => entity.kind }),
    name: t.exposeString('name'),
    aliases: t.exposeStringList('aliases', {
      description: 'Every other name the sources use for this entity.',
    }),
    curatorAliases: t.exposeStringList('curatorAliases', {
      description:
        'Standard names a curator added that no source uses (e.g. the name in Chinese characters): searchable, but not quoted evidence.',
    }),
    sources: t.field({
      type: [EvidenceRef],
      description: 'The quotes that establish this entity.',
      resolve: (entity) => entity.evidence,
    }),
    note: t.exposeString('note', {
      nullable: true,
      description: 'What a curator noticed about the sources (a garbled name, a translation slip).',
    }),
  }),
});

builder.queryField('node', (t) =>
  t.field({
    type: EntityRef,
    nullable: true,
    description: 'One entity by id; null when no entity has that id.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, { executor, loaders }, info) => {
      const entity = await readPlannedEntity(executor, String(id), planEntitiesAt(info, []));
      return entity ? primePlannedEntity(loaders, entity) : null;
    },
  }),
);
