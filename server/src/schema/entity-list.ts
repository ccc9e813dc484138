import type { EntityKind } from '@guanxi/graph-schema';
import { builder } from '../builder';
import { primePlannedEntity } from '../loaders/prime';
import type { EntityRecord } from '../repositories/entity-record';
import { isSelected, planEntitiesAt } from '../selection/plan-selection';
import { DEFAULT_ENTITY_ORDER, listEntities } from '../services/entity-list-service';
import { InstitutionKindEnum, PlaceKindEnum, SortDirectionEnum } from './enums';
import { timeArgs, timeFilterOf } from './time';

export const EntityFilterInput = builder.inputType('EntityFilter', {
  description: 'Narrows a list of entities; every condition given must hold.',
  fields: (t) => ({
    nameContains: t.string({
      description:
        'In the name or any alias, as search reads them: any case, accents, pinyin for Chinese characters, spaces or hyphens, abbreviations.',
    }),
    institutionKind: t.field({ type: InstitutionKindEnum, description: 'Institutions only.' }),
    placeKind: t.field({ type: PlaceKindEnum, description: 'Places only.' }),
    industry: t.id({
      description:
        'Id of an industry: bodies and places that prioritise it, people who serve such a body.',
    }),
    relatedTo: t.id({ description: 'Id of an entity directly linked to each result.' }),
  }),
});

const EntityOrderFieldEnum = builder.enumType('EntityOrderField', {
  values: {
    NAME: {},
    ID: {},
    DEGREE: { description: 'Graph-wide degree (`scores.degree`); entities without scores last.' },
    BETWEENNESS: {
      description: 'Graph-wide betweenness (`scores.betweenness`); entities without it last.',
    },
    PAGE_RANK: {
      description: 'Graph-wide PageRank (`scores.pageRank`); entities without scores last.',
    },
  } as const,
});

export const EntityOrderInput = builder.inputType('EntityOrder', {
  fields: (t) => ({
    field: t.field({ type: EntityOrderFieldEnum, required: true }),
    direction: t.field({ type: SortDirectionEnum, defaultValue: DEFAULT_ENTITY_ORDER.direction }),
  }),
});

/** `people`, `institutions` …: a Relay connection over one kind, filtered and ordered. */
export function addEntityListField(
  fieldName: string,
  kind: EntityKind,
  ref: PothosSchemaTypes.ObjectRef<
    typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never,
    EntityRecord
  >,
): void {
  builder.queryField(fieldName, (t) =>
    t.connection({
      type: ref,
      description: `All entities of kind ${kind}, filtered by \`where\` and ordered by \`orderBy\` (name by default). With \`asOf\`, only the entities tied by a relationship that held then: to \`where.relatedTo\` when it is given, else to any entity; relationships without a date count unless \`strictDates\`. Without \`relatedTo\` this walks the relationships of every entity the other conditions leave, so it is not index-backed.`,
      args: {
        where: t.arg({ type: EntityFilterInput }),
        orderBy: t.arg({ type: EntityOrderInput }),
        ...timeArgs(t.arg),
      },
      resolve: async (_root, args, { executor, loaders }, info) => {
        const page = await listEntities(
          executor,
          kind,
          { ...args, time: timeFilterOf(args) },
          {
            plan: planEntitiesAt(info, ['edges', 'node']),
            withTotal: isSelected(info, ['totalCount']),
          },
        );
        return {
          ...page,
          edges: page.edges.map(({ cursor, node }) => ({
            cursor,
            node: primePlannedEntity(loaders, node),
          })),
        };
      },
    }),
  );
}
