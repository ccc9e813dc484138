import { API_LIMITS, relationTimeOf } from '@guanxi/graph-schema';
import { builder } from '../builder';
import {
  type Affiliations,
  type PersonAffiliation,
  readAffiliations,
  type SubBody,
  type Tie,
} from '../services/affiliations-service';
import { primeSources } from '../loaders/prime';
import { planSourcesAt } from '../selection/plan-selection';
import { EntityRef } from './entity';
import { RelationTypeEnum } from './enums';
import { EvidenceRef } from './evidence';
import { InstitutionRef } from './institution';
import { PersonRef } from './person';
import { plannedReading } from './planned-reading';
import { RelationTimeRef, timeArgs, timeFilterOf } from './time';

const TieRef = builder.interfaceRef<Tie>('Tie').implement({
  description: 'What ties a person to an institution: an office or a membership.',
  fields: (t) => ({
    person: t.field({ type: PersonRef, resolve: (row) => row.person }),
    institution: t.field({ type: InstitutionRef, resolve: (row) => row.institution }),
    type: t.field({ type: RelationTypeEnum, resolve: (row) => row.relation.type }),
    label: t.exposeString('label', { description: 'The title or role, e.g. "president".' }),
    evidence: t.field({ type: [EvidenceRef], resolve: (row) => row.relation.evidence }),
    time: t.field({
      type: RelationTimeRef,
      resolve: (row) => relationTimeOf(row.relation.properties),
    }),
  }),
});

const AffiliationRef = builder.objectRef<PersonAffiliation>('Affiliation').implement({
  description: 'An institution a person belongs to, with the bodies above it.',
  interfaces: [TieRef],
  fields: (t) => ({
    parentChain: t.field({
      type: [InstitutionRef],
      description: 'The bodies above the institution, nearest first.',
      resolve: (row) => row.parentChain,
    }),
  }),
});

export const AffiliatedPersonRef = builder.objectRef<Tie>('AffiliatedPerson').implement({
  description: 'A person who holds an office in, or belongs to, an institution or a body under it.',
  interfaces: [TieRef],
});

const SubBodyRef = builder.objectRef<SubBody>('SubBody').implement({
  description: 'A body under an institution.',
  fields: (t) => ({
    institution: t.field({ type: InstitutionRef, resolve: (row) => row.institution }),
    parent: t.field({
      type: InstitutionRef,
      description: 'The body it sits directly under.',
      resolve: (row) => row.parent,
    }),
    depth: t.exposeInt('depth', { description: '1 for a direct sub-body, 2 below that …' }),
  }),
});

const AffiliationsRef = builder.objectRef<Affiliations>('Affiliations').implement({
  description:
    'For a person, the institutions they belong to (`institutions`); for an institution, its parent chain, sub-bodies and people.',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: (row) => row.entity }),
    institutions: t.field({ type: [AffiliationRef], resolve: (row) => row.institutions }),
    parentChain: t.field({
      type: [InstitutionRef],
      description: 'Bodies above the institution, nearest first.',
      resolve: (row) => row.parentChain,
    }),
    subBodies: t.field({ type: [SubBodyRef], resolve: (row) => row.subBodies }),
    people: t.field({
      type: [AffiliatedPersonRef],
      description:
        'Everyone under the institution, with the role that ties them (at most `peopleLimit`).',
      resolve: (row) => row.people,
    }),
    peopleTruncated: t.exposeBoolean('peopleTruncated', {
      description: 'True when `peopleLimit` cut the list of people.',
    }),
  }),
});

/**
 * Every place an entity appears in the answer. One plan serves them all: it is per entity type,
 * so a person's fields are read for people only, an institution's for institutions.
 */
const ENTITY_PATHS = [
  ['entity'],
  ['institutions', 'person'],
  ['institutions', 'institution'],
  ['institutions', 'parentChain'],
  ['parentChain'],
  ['subBodies', 'institution'],
  ['subBodies', 'parent'],
  ['people', 'person'],
  ['people', 'institution'],
];

builder.queryField('affiliations', (t) =>
  t.field({
    type: AffiliationsRef,
    description: `Institutional ties of a person or an institution; \`transitive: false\` stops at one step. People under an institution are capped by \`peopleLimit\` (at most ${API_LIMITS.affiliations.people.max}).`,
    args: {
      id: t.arg.id({ required: true }),
      transitive: t.arg.boolean({ defaultValue: true }),
      peopleLimit: t.arg.int({ defaultValue: API_LIMITS.affiliations.people.default }),
      ...timeArgs(t.arg),
    },
    resolve: (_root, args, { executor, loaders }, info) =>
      readAffiliations(
        executor,
        String(args.id),
        args.transitive,
        args.peopleLimit,
        timeFilterOf(args),
        {
          ...plannedReading(info, loaders, ENTITY_PATHS),
          tieSources: planSourcesAt(info, [
            ['institutions', 'evidence'],
            ['people', 'evidence'],
          ]),
          primeSources: (sources) => primeSources(loaders, sources),
        },
      ),
  }),
);
