import { ORDERABLE_SCORES, SCORE_PROPERTIES } from './analysis-scores';
import { ENTITY_KINDS, ENTITY_LABEL, LABEL_OF_KIND, SOURCE_LABEL } from './entity-kinds';
import { ENTITY_RELATION_TYPES, RELATION_TYPES, type RelationType } from './relationship-types';
import { SAVED_VIEW_LABEL } from './saved-views';

/** The audit trail: one entry per write, linked to a subject node per entity or relationship id. */
export const AUDIT_ENTRY_LABEL = 'AuditEntry';
export const AUDIT_SUBJECT_LABEL = 'AuditSubject';
/** The changes the audit trail records. */
export const WRITE_OPERATIONS = [
  'createEntity',
  'updateEntity',
  'link',
  'unlink',
  'mergeEntities',
  'undoMerge',
  'proposeIngest',
  'commitIngest',
  'saveView',
  'deleteSavedView',
] as const;
export type WriteOperation = (typeof WRITE_OPERATIONS)[number];
/** One node per serialised kind of write (a hierarchy type): taking its lock queues such writes. */
export const WRITE_LOCK_LABEL = 'WriteLock';
/** A proposed graph update from one article, with its review decisions, until and after commit. */
export const INGEST_DRAFT_LABEL = 'IngestDraft';

/**
 * Constraints and indexes the database must hold, as declarations. The server's migration
 * runner turns each into idempotent Cypher; `version` orders them and is recorded once applied.
 */
export type SchemaElement =
  | { kind: 'node-unique'; name: string; label: string; property: string }
  | { kind: 'node-range'; name: string; label: string; property: string }
  | { kind: 'relationship-range'; name: string; type: RelationType; property: string }
  | { kind: 'relationship-unique'; name: string; type: RelationType; property: string }
  | { kind: 'drop-index'; name: string }
  /** Recomputes every entity's `searchKeys`: for stores written before them, or a new derivation. */
  | { kind: 'derive-search-keys'; name: string }
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

/** The name of the full-text index that `search` queries: since version 5, over `searchKeys`. */
export const NAME_FULLTEXT_INDEX = 'entity_names';
/** The node property holding an entity's search keys (`searchKeysOf`), kept by every write. */
export const SEARCH_KEYS_PROPERTY = 'searchKeys';

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
  {
    version: 2,
    description:
      'relationship ids unique per type (identical links converge on one), audit trail ids unique',
    elements: [
      // A uniqueness constraint brings its own index, and Neo4j refuses one beside an equal index.
      ...ENTITY_RELATION_TYPES.map((type): SchemaElement => ({
        kind: 'drop-index',
        name: `${type.toLowerCase()}_id`,
      })),
      ...RELATION_TYPES.map((type): SchemaElement => ({
        kind: 'relationship-unique',
        name: `${type.toLowerCase()}_id_unique`,
        type,
        property: 'id',
      })),
      ...[AUDIT_ENTRY_LABEL, AUDIT_SUBJECT_LABEL, WRITE_LOCK_LABEL].map((label): SchemaElement => ({
        kind: 'node-unique',
        name: `${label.toLowerCase()}_id_unique`,
        label,
        property: 'id',
      })),
    ],
  },
  {
    version: 3,
    description: 'ingest drafts: unique ids',
    elements: [
      {
        kind: 'node-unique',
        name: `${INGEST_DRAFT_LABEL.toLowerCase()}_id_unique`,
        label: INGEST_DRAFT_LABEL,
        property: 'id',
      },
    ],
  },
  {
    version: 4,
    description: 'name indexes per entity label: a page of any kind, by name, reads only that page',
    elements: entityLabels.map((label): SchemaElement => ({
      kind: 'node-range',
      name: `${label.toLowerCase()}_name`,
      label,
      property: 'name',
    })),
  },
  {
    version: 5,
    description:
      'search keys: every entity stores the forms it is found by (pinyin, abbreviations, joined and reversed names), and the full-text index covers them instead of name and aliases',
    elements: [
      { kind: 'drop-index', name: NAME_FULLTEXT_INDEX },
      { kind: 'derive-search-keys', name: SEARCH_KEYS_PROPERTY },
      {
        kind: 'node-fulltext',
        name: NAME_FULLTEXT_INDEX,
        labels: entityLabels,
        properties: [SEARCH_KEYS_PROPERTY],
      },
    ],
  },
  {
    version: 6,
    description:
      'saved views: unique ids, one view per person and name, newest first from an index',
    elements: [
      {
        kind: 'node-unique',
        name: `${SAVED_VIEW_LABEL.toLowerCase()}_id_unique`,
        label: SAVED_VIEW_LABEL,
        property: 'id',
      },
      {
        kind: 'node-unique',
        name: `${SAVED_VIEW_LABEL.toLowerCase()}_owner_key_unique`,
        label: SAVED_VIEW_LABEL,
        property: 'ownerKey',
      },
      {
        kind: 'node-range',
        name: `${SAVED_VIEW_LABEL.toLowerCase()}_updated_at`,
        label: SAVED_VIEW_LABEL,
        property: 'updatedAt',
      },
    ],
  },
  {
    version: 7,
    description:
      'who-matters scores: a range index per entity label and score, so a list ordered by a score reads it in index order',
    elements: entityLabels.flatMap((label) =>
      ORDERABLE_SCORES.map((score): SchemaElement => ({
        kind: 'node-range',
        name: `${label.toLowerCase()}_${SCORE_PROPERTIES[score].toLowerCase()}`,
        label,
        property: SCORE_PROPERTIES[score],
      })),
    ),
  },
];
