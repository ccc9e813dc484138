import { API_LIMITS } from '@guanxi/graph-schema';
import type { GraphQLResolveInfo } from 'graphql';
import { builder } from '../builder';
import type { Loaders } from '../loaders';
import { primeSources } from '../loaders/prime';
import { planSourcesAt } from '../selection/plan-selection';
import {
  type AnalysisReading,
  type CommonConnection,
  findCommonConnections,
  TIE_ROUTES,
  type TieRoute,
} from '../services/common-connections-service';
import { findInterlocks, type Interlock, type SharedPerson } from '../services/interlocks-service';
import { AffiliatedPersonRef } from './affiliations';
import { EntityRef } from './entity';
import { InstitutionKindEnum, RelationTypeEnum } from './enums';
import { InstitutionRef } from './institution';
import { PathRef } from './path';
import { PersonRef } from './person';
import { plannedReading } from './planned-reading';

/** Every place of the answer an entity or a tie's evidence appears, planned into one statement. */
const analysisReading = (
  info: GraphQLResolveInfo,
  loaders: Loaders,
  entityPaths: readonly (readonly string[])[],
  evidencePath: readonly string[],
): AnalysisReading => ({
  ...plannedReading(info, loaders, entityPaths),
  tieSources: planSourcesAt(info, [evidencePath]),
  primeSources: (sources) => primeSources(loaders, sources),
});

const TIE_ROUTE_DESCRIPTIONS: Record<TieRoute, string> = {
  DIRECT: 'One relationship joins them.',
  THROUGH_BODY:
    'Two relationships through one body (an institution or event), one of them PART_OF: the entity is tied to a body under the connection (hosted a session of an event), or the connection is tied to a body under the entity (directs a department of a committee).',
};

const TieRouteEnum = builder.enumType('TieRoute', {
  description: 'How an entity asked about may reach a connection it shares with others.',
  values: Object.fromEntries(
    TIE_ROUTES.map((route) => [
      route,
      { value: route, description: TIE_ROUTE_DESCRIPTIONS[route] },
    ]),
  ) as Record<TieRoute, { value: TieRoute; description: string }>,
});

const CommonConnectionRef = builder.objectRef<CommonConnection>('CommonConnection').implement({
  description: 'An entity tied to at least two of the entities asked about.',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: (row) => row.entity }),
    sharedCount: t.exposeInt('sharedCount', {
      description: 'How many of the entities asked about are tied to it.',
    }),
    directCount: t.exposeInt('directCount', {
      description: 'How many of those are tied to it directly.',
    }),
    ties: t.field({
      type: [PathRef],
      description: `How each entity asked about reaches it, in the order of \`ids\`: a path from that entity to this one of one step (direct) or two (through the body \`nodes[1]\`), each step with its sentence and evidence. Direct ties first, at most ${API_LIMITS.analysis.commonConnections.tiesPerEntity} per entity.`,
      resolve: (row) => row.ties,
    }),
  }),
});

const COMMON = API_LIMITS.analysis.commonConnections;

builder.queryField('commonConnections', (t) =>
  t.field({
    type: [CommonConnectionRef],
    description: `What these entities share: the entities tied to at least two of the ${COMMON.ids.min} to ${COMMON.ids.max} distinct \`ids\`, other than those, at most \`first\` (at most ${COMMON.first.max}). A tie is direct (one relationship of \`relationTypes\`, any direction) or through one body (\`THROUGH_BODY\`: a relationship of \`relationTypes\` to an institution or event plus the PART_OF step between that body and the connection or the entity asked about, so people serving two departments of one committee share the committee, and someone who hosted a session of an event shares the event with its speakers; PART_OF chains longer than one step are not followed). Ranked by how many of \`ids\` each is tied to, then how many directly, then the type of their ties (in RelationType order: offices, memberships, participation …), then name.`,
    args: {
      ids: t.arg.idList({ required: true }),
      via: t.arg({ type: [TieRouteEnum], defaultValue: [...TIE_ROUTES] }),
      relationTypes: t.arg({
        type: [RelationTypeEnum],
        description: 'The ties counted (default: every type between entities).',
      }),
      first: t.arg.int({ defaultValue: COMMON.first.default }),
    },
    resolve: (_root, args, { executor, loaders }, info) =>
      findCommonConnections(
        executor,
        {
          ids: args.ids.map(String),
          via: args.via,
          relationTypes: args.relationTypes,
          first: args.first,
        },
        analysisReading(
          info,
          loaders,
          [['entity'], ['ties', 'nodes'], ['ties', 'steps', 'from'], ['ties', 'steps', 'to']],
          ['ties', 'steps', 'evidence'],
        ),
      ),
  }),
);

const SharedPersonRef = builder.objectRef<SharedPerson>('SharedPerson').implement({
  description: 'A person who holds an office in, or belongs to, both bodies of an interlock.',
  fields: (t) => ({
    person: t.field({ type: PersonRef, resolve: (row) => row.person }),
    ties: t.field({
      type: [AffiliatedPersonRef],
      description: 'Their offices and memberships at either body, by body name.',
      resolve: (row) => row.ties,
    }),
  }),
});

const InterlockRef = builder.objectRef<Interlock>('Interlock').implement({
  description: 'Two institutions that share people.',
  fields: (t) => ({
    institutions: t.field({
      type: [InstitutionRef],
      description: 'The two institutions, in name order.',
      resolve: (row) => row.institutions,
    }),
    sharedCount: t.exposeInt('sharedCount', {
      description: 'How many people hold an office in, or belong to, both.',
    }),
    people: t.field({
      type: [SharedPersonRef],
      description: 'The first `peopleLimit` of them by name, with their titles and evidence.',
      resolve: (row) => row.people,
    }),
  }),
});

const INTERLOCKS = API_LIMITS.analysis.interlocks;

builder.queryField('interlocks', (t) =>
  t.field({
    type: [InterlockRef],
    description: `Institutional interlocks: pairs of institutions that share at least \`minShared\` people, a person counting when they hold an office in (HOLDS_POSITION) or belong to (MEMBER_OF) each body itself (a body under it does not count). Pairs among the ${INTERLOCKS.ids.min} to ${INTERLOCKS.ids.max} distinct \`ids\` when given, among every institution otherwise; \`kinds\` keeps pairs whose two bodies are both of those kinds. Ranked by people shared, then by the bodies' names; at most \`first\` pairs (at most ${INTERLOCKS.first.max}), each listing at most \`peopleLimit\` people (at most ${INTERLOCKS.people.max}).`,
    args: {
      ids: t.arg.idList(),
      kinds: t.arg({ type: [InstitutionKindEnum] }),
      minShared: t.arg.int({ defaultValue: INTERLOCKS.minShared.default }),
      first: t.arg.int({ defaultValue: INTERLOCKS.first.default }),
      peopleLimit: t.arg.int({ defaultValue: INTERLOCKS.people.default }),
    },
    resolve: (_root, args, { executor, loaders }, info) =>
      findInterlocks(
        executor,
        {
          ids: args.ids?.map(String),
          kinds: args.kinds,
          minShared: args.minShared,
          first: args.first,
          peopleLimit: args.peopleLimit,
        },
        analysisReading(
          info,
          loaders,
          [
            ['institutions'],
            ['people', 'person'],
            ['people', 'ties', 'person'],
            ['people', 'ties', 'institution'],
          ],
          ['people', 'ties', 'evidence'],
        ),
      ),
  }),
);
