import { LABEL_OF_KIND } from '@guanxi/graph-schema';
import { builder } from '../builder';
import type { EntityRecord } from '../repositories/entity-record';
import type { RelationFieldSpec } from '../repositories/relation-page-repository';
import { EntityRef } from './entity';
import { addEntityListField } from './entity-list';
import { InstitutionRef } from './institution';
import { EventRef } from './event';
import { relationEdge, relationConnection } from './relation-fields';

const POSITIONS: RelationFieldSpec = {
  name: 'Person.positions',
  types: ['HOLDS_POSITION'],
  direction: 'out',
  otherLabel: LABEL_OF_KIND.INSTITUTION,
};
const MEMBERSHIPS: RelationFieldSpec = {
  name: 'Person.memberships',
  types: ['MEMBER_OF'],
  direction: 'out',
  otherLabel: LABEL_OF_KIND.INSTITUTION,
};
const EVENTS: RelationFieldSpec = {
  name: 'Person.events',
  types: ['PARTICIPATED_IN'],
  direction: 'out',
  otherLabel: LABEL_OF_KIND.EVENT,
};

export const PersonRef = builder.objectRef<EntityRecord>('Person');

PersonRef.implement({
  description: 'A person named in the sources.',
  interfaces: [EntityRef],
  isTypeOf: (entity) => (entity as EntityRecord).kind === 'PERSON',
  fields: (t) => ({
    honorific: t.exposeString('honorific', { nullable: true, description: 'As written: "Mr."' }),
    positions: t.connection(
      {
        type: InstitutionRef,
        description: 'Offices this person holds, with the title.',
        ...relationConnection(POSITIONS),
      },
      {},
      relationEdge(['title', 'role', 'since', 'until']),
    ),
    memberships: t.connection(
      {
        type: InstitutionRef,
        description: 'Bodies this person is a member (or academician) of.',
        ...relationConnection(MEMBERSHIPS),
      },
      {},
      relationEdge(['title']),
    ),
    events: t.connection(
      {
        type: EventRef,
        description: 'Events this person took part in, with the part played.',
        ...relationConnection(EVENTS),
      },
      {},
      relationEdge(['role', 'detail']),
    ),
  }),
});

addEntityListField('people', 'PERSON', PersonRef);
