import {
  ENTITY_KINDS,
  INSTITUTION_KINDS,
  PLACE_KINDS,
  RELATION_TYPE_DEFINITIONS,
  RELATION_TYPES,
  type RelationType,
} from '@guanxi/graph-schema';
import { builder } from '../builder';

/** GraphQL enum names cannot hold hyphens: "political-party" is POLITICAL_PARTY, valued as stored. */
const valuesOf = <const V extends string>(values: readonly V[]) =>
  Object.fromEntries(
    values.map((value) => [value.toUpperCase().replace(/-/g, '_'), { value }]),
  ) as Record<string, { value: V }>;

export const EntityKindEnum = builder.enumType('EntityKind', {
  description: 'The five kinds of entity in the graph.',
  values: ENTITY_KINDS,
});

export const RelationTypeEnum = builder.enumType('RelationType', {
  description: 'Relationship types of the graph (graph-schema RELATION_TYPES).',
  values: Object.fromEntries(
    RELATION_TYPES.map((type) => [
      type,
      { value: type, description: RELATION_TYPE_DEFINITIONS[type].description },
    ]),
  ) as Record<string, { value: RelationType; description: string }>,
});

export const InstitutionKindEnum = builder.enumType('InstitutionKind', {
  description: 'What sort of body an institution is.',
  values: valuesOf(INSTITUTION_KINDS),
});

export const PlaceKindEnum = builder.enumType('PlaceKind', {
  description: 'What sort of place a place is.',
  values: valuesOf(PLACE_KINDS),
});

export const SortDirectionEnum = builder.enumType('SortDirection', {
  values: ['ASC', 'DESC'] as const,
});
