import { LABEL_OF_KIND } from '@guanxi/graph-schema';
import { builder } from '../builder';
import type { EntityRecord } from '../repositories/entity-record';
import type { RelationFieldSpec } from '../repositories/relation-page-repository';
import { EntityRef } from './entity';
import { addEntityListField } from './entity-list';
import { InstitutionKindEnum } from './enums';
import { EventRef } from './event';
import { IndustryRef } from './industry';
import { PersonRef } from './person';
import { PlaceRef } from './place';
import { relationEdge, relationConnection, singleRelation } from './relation-fields';

const institution = LABEL_OF_KIND.INSTITUTION;
const MEMBERS: RelationFieldSpec = {
  name: 'Institution.members',
  types: ['HOLDS_POSITION', 'MEMBER_OF'],
  direction: 'in',
  otherLabel: LABEL_OF_KIND.PERSON,
};
const PARENT: RelationFieldSpec = {
  name: 'Institution.parent',
  types: ['PART_OF'],
  direction: 'out',
  otherLabel: institution,
};
const CHILDREN: RelationFieldSpec = {
  name: 'Institution.children',
  types: ['PART_OF'],
  direction: 'in',
  otherLabel: institution,
};
const EVENTS: RelationFieldSpec = {
  name: 'Institution.events',
  types: ['ORGANIZED'],
  direction: 'out',
  otherLabel: LABEL_OF_KIND.EVENT,
};
const PRIORITIES: RelationFieldSpec = {
  name: 'Institution.priorities',
  types: ['PRIORITIZES'],
  direction: 'out',
  otherLabel: LABEL_OF_KIND.INDUSTRY,
};
const LOCATION: RelationFieldSpec = {
  name: 'Institution.location',
  types: ['LOCATED_IN'],
  direction: 'out',
  otherLabel: LABEL_OF_KIND.PLACE,
};

export const InstitutionRef = builder.objectRef<EntityRecord>('Institution');

InstitutionRef.implement({
  description: 'A body: academy, university, party, government or advisory body, association …',
  interfaces: [EntityRef],
  isTypeOf: (entity) => (entity as EntityRecord).kind === 'INSTITUTION',
  fields: (t) => ({
    institutionKind: t.field({
      type: InstitutionKindEnum,
      description: 'What sort of body this is (`kind` is the entity kind).',
      resolve: (entity) => entity.institutionKind ?? 'other',
    }),
    members: t.connection(
      {
        type: PersonRef,
        description:
          'People tied to this body: office holders (HOLDS_POSITION) and members (MEMBER_OF).',
        ...relationConnection(MEMBERS),
      },
      {},
      relationEdge(['title', 'role', 'since', 'until']),
    ),
    parent: t.field({
      type: InstitutionRef,
      nullable: true,
      description: 'The body this one sits under (PART_OF), if any.',
      ...singleRelation(PARENT),
    }),
    children: t.connection(
      {
        type: InstitutionRef,
        description: 'Bodies directly under this one (see `affiliations` for the whole tree).',
        ...relationConnection(CHILDREN),
      },
      {},
      relationEdge([]),
    ),
    events: t.connection(
      {
        type: EventRef,
        description: 'Events this body led or co-organised.',
        ...relationConnection(EVENTS),
      },
      {},
      relationEdge(['role']),
    ),
    priorities: t.connection(
      {
        type: IndustryRef,
        description: 'Industries this body gives priority.',
        ...relationConnection(PRIORITIES),
      },
      {},
      relationEdge(['description']),
    ),
    location: t.field({
      type: PlaceRef,
      nullable: true,
      description: 'Where this body is (LOCATED_IN), if the sources say.',
      ...singleRelation(LOCATION),
    }),
  }),
});

addEntityListField('institutions', 'INSTITUTION', InstitutionRef);
