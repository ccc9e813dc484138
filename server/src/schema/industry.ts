import { ENTITY_LABEL } from '@guanxi/graph-schema';
import { builder } from '../builder';
import type { EntityRecord } from '../repositories/entity-record';
import type { RelationFieldSpec } from '../repositories/relation-page-repository';
import { EntityRef } from './entity';
import { addEntityListField } from './entity-list';
import { relationEdge, relationConnection } from './relation-fields';

const PRIORITIZED_BY: RelationFieldSpec = {
  name: 'Industry.prioritizedBy',
  types: ['PRIORITIZES'],
  direction: 'in',
  otherLabel: ENTITY_LABEL,
};

export const IndustryRef = builder.objectRef<EntityRecord>('Industry');

IndustryRef.implement({
  description: 'An industry or field, e.g. integrated circuits.',
  interfaces: [EntityRef],
  isTypeOf: (entity) => (entity as EntityRecord).kind === 'INDUSTRY',
  fields: (t) => ({
    prioritizedBy: t.connection(
      {
        type: EntityRef,
        description: 'Places and bodies that give this industry priority.',
        ...relationConnection(PRIORITIZED_BY),
      },
      {},
      relationEdge(['description']),
    ),
  }),
});

addEntityListField('industries', 'INDUSTRY', IndustryRef);
