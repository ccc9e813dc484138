import { ENTITY_LABEL, LABEL_OF_KIND } from '@guanxi/graph-schema';
import { builder } from '../builder';
import type { EntityRecord } from '../repositories/entity-record';
import type { RelationFieldSpec } from '../repositories/relation-page-repository';
import { EntityRef } from './entity';
import { addEntityListField } from './entity-list';
import { PlaceKindEnum } from './enums';
import { EventRef } from './event';
import { IndustryRef } from './industry';
import { relationEdge, relationConnection, singleRelation } from './relation-fields';

const EVENTS: RelationFieldSpec = {
  name: 'Place.events',
  types: ['HELD_AT'],
  direction: 'in',
  otherLabel: LABEL_OF_KIND.EVENT,
};
const WITHIN: RelationFieldSpec = {
  name: 'Place.within',
  types: ['LOCATED_IN'],
  direction: 'out',
  otherLabel: LABEL_OF_KIND.PLACE,
};
const CONTAINS: RelationFieldSpec = {
  name: 'Place.contains',
  types: ['LOCATED_IN'],
  direction: 'in',
  otherLabel: ENTITY_LABEL,
};
const PRIORITIES: RelationFieldSpec = {
  name: 'Place.priorities',
  types: ['PRIORITIZES'],
  direction: 'out',
  otherLabel: LABEL_OF_KIND.INDUSTRY,
};

export const PlaceRef = builder.objectRef<EntityRecord>('Place');

PlaceRef.implement({
  description: 'A country, city, district or venue.',
  interfaces: [EntityRef],
  isTypeOf: (entity) => (entity as EntityRecord).kind === 'PLACE',
  fields: (t) => ({
    placeKind: t.field({
      type: PlaceKindEnum,
      nullable: true,
      resolve: (entity) => entity.placeKind ?? null,
    }),
    within: t.field({
      type: PlaceRef,
      nullable: true,
      description: 'The place this one lies in.',
      ...singleRelation(WITHIN),
    }),
    contains: t.connection(
      {
        type: EntityRef,
        description: 'Places and bodies located here.',
        ...relationConnection(CONTAINS),
      },
      {},
      relationEdge([]),
    ),
    events: t.connection(
      {
        type: EventRef,
        description: 'Events held here.',
        ...relationConnection(EVENTS),
      },
      {},
      relationEdge([]),
    ),
    priorities: t.connection(
      {
        type: IndustryRef,
        description: 'Industries this place gives priority.',
        ...relationConnection(PRIORITIES),
      },
      {},
      relationEdge(['description']),
    ),
  }),
});

addEntityListField('places', 'PLACE', PlaceRef);
