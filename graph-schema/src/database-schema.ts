import { ENTITY_KINDS, ENTITY_LABEL, LABEL_OF_KIND, SOURCE_LABEL } from './entity-kinds';
import { ENTITY_RELATION_TYPES, type RelationType } from './relationship-types';

/**
 * Constraints and indexes the database must hold, as declarations. The server's migration
 * runner turns each into idempotent Cypher; `version` orders them and is recorded once applied.
 */
export type SchemaElement =
  | { kind: 'node-unique'; name: string; label: string; property: string }
  | { kind: 'node-range'; name: string; label: string; property: string }
  | { kind: 'relationship-range'; name: string; type: RelationType; property: string }
  | {
      kind: 'node-fulltext';
      name: string;
      labels: readonly string[];
      properties: readonly string[];
    };

export interface Migration {
  version: number;
  description: string;
  elements: readonly SchemaElement[];
}

const entityLabels = ENTITY_KINDS.map((kind) => LABEL_OF_KIND[kind]);

/** The name of the full-text index over names and aliases that `search` queries. */
export const NAME_FULLTEXT_INDEX = 'entity_names';

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'unique ids per label, name and relationship-id indexes, full-text over names',
    elements: [
      ...[ENTITY_LABEL, SOURCE_LABEL, ...entityLabels].map((label): SchemaElement => ({
        kind: 'node-unique',
        name: `${label.toLowerCase()}_id_unique`,
        label,
        property: 'id',
      })),
      { kind: 'node-range', name: 'entity_name', label: ENTITY_LABEL, property: 'name' },
      { kind: 'node-range', name: 'institution_kind', label: 'Institution', property: 'kind' },
      ...ENTITY_RELATION_TYPES.map((type): SchemaElement => ({
        kind: 'relationship-range',
        name: `${type.toLowerCase()}_id`,
        type,
        property: 'id',
      })),
      {
        kind: 'node-fulltext',
        name: NAME_FULLTEXT_INDEX,
        labels: entityLabels,
        properties: ['name', 'aliases'],
      },
    ],
  },
];

export const LATEST_SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));
