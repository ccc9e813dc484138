import { LABEL_OF_KIND } from '@guanxi/graph-schema';
import { builder } from '../builder';
import type { EntityRecord } from '../repositories/entity-record';
import type { RelationFieldSpec } from '../repositories/relation-page-repository';
import { EntityRef } from './entity';
import { addEntityListField } from './entity-list';
import { InstitutionRef } from './institution';
import { PersonRef } from './person';
import { PlaceRef } from './place';
import { relationEdge, relationConnection, singleRelation } from './relation-fields';

const PARTICIPANTS: RelationFieldSpec = {
  name: 'Event.participants',
  types: ['PARTICIPATED_IN'],
  direction: 'in',
  otherLabel: LABEL_OF_KIND.PERSON,
};
const ORGANIZERS: RelationFieldSpec = {
  name: 'Event.organizers',
  types: ['ORGANIZED'],
  direction: 'in',
  otherLabel: LABEL_OF_KIND.INSTITUTION,
};
const PLACES: RelationFieldSpec = {
  name: 'Event.places',
  types: ['HELD_AT'],
  direction: 'out',
  otherLabel: LABEL_OF_KIND.PLACE,
};
const PART_OF: RelationFieldSpec = {
  name: 'Event.partOf',
  types: ['PART_OF'],
  direction: 'out',
  otherLabel: LABEL_OF_KIND.EVENT,
};
const PARTS: RelationFieldSpec = {
  name: 'Event.parts',
  types: ['PART_OF'],
  direction: 'in',
  otherLabel: LABEL_OF_KIND.EVENT,
};

export const EventRef = builder.objectRef<EntityRecord>('Event');

EventRef.implement({
  description: 'Something that happened: a symposium, a session, a ceremony.',
  interfaces: [EntityRef],
  isTypeOf: (entity) => (entity as EntityRecord).kind === 'EVENT',
  fields: (t) => ({
    date: t.exposeString('date', { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD.' }),
    edition: t.exposeInt('edition', { nullable: true, description: 'e.g. 13 for "the 13th".' }),
    theme: t.exposeString('theme', { nullable: true }),
    participants: t.connection(
      {
        type: PersonRef,
        description: 'People who took part, with the part each played.',
        ...relationConnection(PARTICIPANTS),
      },
      {},
      relationEdge(['role', 'detail']),
    ),
    organizers: t.connection(
      {
        type: InstitutionRef,
        description: 'Bodies that led (role "lead") or co-organised the event.',
        ...relationConnection(ORGANIZERS),
      },
      {},
      relationEdge(['role']),
    ),
    places: t.connection(
      {
        type: PlaceRef,
        description: 'Where the event was held.',
        ...relationConnection(PLACES),
      },
      {},
      relationEdge([]),
    ),
    partOf: t.field({
      type: EventRef,
      nullable: true,
      description: 'The larger event or series this one belongs to.',
      ...singleRelation(PART_OF),
    }),
    parts: t.connection(
      {
        type: EventRef,
        description: 'Sessions or editions that belong to this event.',
        ...relationConnection(PARTS),
      },
      {},
      relationEdge([]),
    ),
  }),
});

addEntityListField('events', 'EVENT', EventRef);
