import { z } from 'zod';
import type { EntityKind } from './entity-kinds';
import { singleLineText } from './normalised-text';
import { checkRelationTime, RELATION_TIME_PROPERTIES } from './relation-time';
import { WRITE_LIMITS } from './write-limits';

/**
 * Relationship types of the graph. Each names the kinds it may join (direction matters), the
 * typed properties it carries, the short label drawn on an edge and the plain-language sentence
 * that explains one hop of a who-knows-whom path.
 */
export const RELATION_TYPES = [
  'HOLDS_POSITION',
  'MEMBER_OF',
  'PARTICIPATED_IN',
  'ORGANIZED',
  'PART_OF',
  'HELD_AT',
  'LOCATED_IN',
  'PRIORITIZES',
  'MENTIONED',
] as const;
export const RelationTypeSchema = z.enum(RELATION_TYPES);
export type RelationType = z.infer<typeof RelationTypeSchema>;

export const PARTICIPATION_ROLES = [
  'host',
  'opening-remarks',
  'speaker',
  'closing-remarks',
  'participant',
] as const;
export const ORGANIZER_ROLES = ['lead', 'co-organiser'] as const;

const text = singleLineText(WRITE_LIMITS.titleLength);

/** Every type but MENTIONED also says when the relationship held: RELATION_TIME_PROPERTIES. */
const TIME = RELATION_TIME_PROPERTIES;

export const RELATION_PROPERTY_SCHEMAS = {
  /**
   * Office held: "president", "Vice Chairman". `role` is the normalised office, for filters.
   * Its `since`/`until` are the term of office.
   */
  HOLDS_POSITION: z
    .object({
      title: text,
      role: z
        .string()
        .regex(/^[a-z-]+$/)
        .optional(),
      ...TIME,
    })
    .superRefine(checkRelationTime),
  /** Membership of a body, e.g. academician ("member", "scholar") of an academy. */
  MEMBER_OF: z.object({ title: text.optional(), ...TIME }).superRefine(checkRelationTime),
  PARTICIPATED_IN: z
    .object({ role: z.enum(PARTICIPATION_ROLES), detail: text.optional(), ...TIME })
    .superRefine(checkRelationTime),
  ORGANIZED: z.object({ role: z.enum(ORGANIZER_ROLES), ...TIME }).superRefine(checkRelationTime),
  /** A body under a body, or an edition or session of an event. */
  PART_OF: z.object(TIME).superRefine(checkRelationTime),
  HELD_AT: z.object(TIME).superRefine(checkRelationTime),
  LOCATED_IN: z.object(TIME).superRefine(checkRelationTime),
  PRIORITIZES: z.object({ description: text.optional(), ...TIME }).superRefine(checkRelationTime),
  /** Derived by the loader from each entity's evidence: which source names which entity. */
  MENTIONED: z.object({}),
} as const satisfies Record<RelationType, z.ZodObject>;

export type RelationProperties<T extends RelationType> = z.infer<
  (typeof RELATION_PROPERTY_SCHEMAS)[T]
>;

type Endpoint = EntityKind | 'SOURCE';

export interface RelationTypeDefinition {
  /** Allowed [from, to] kind pairs. */
  ends: readonly (readonly [Endpoint, Endpoint])[];
  description: string;
  /** Whether an entity may be linked to itself this way; no type of ours allows it today. */
  selfLinks: boolean;
  /** A hierarchy (a body under a body, a place within a place) may hold no cycle. */
  hierarchy: boolean;
  /** Short edge label: the title or role where there is one. */
  label(properties: Record<string, unknown>): string;
  /** "Pei Gang is president of the Shanghai Association of Overseas Returnees". */
  sentence(from: string, to: string, properties: Record<string, unknown>): string;
}

const PARTICIPATION_PHRASES: Record<(typeof PARTICIPATION_ROLES)[number], string> = {
  host: 'hosted',
  'opening-remarks': 'gave the opening remarks at',
  speaker: 'spoke at',
  'closing-remarks': 'delivered the closing remarks at',
  participant: 'took part in',
};

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 ? value : undefined;

/**
 * Bodies and events read with "the" in running text ("president of the Shanghai Association
 * of Overseas Returnees"); names that already start with it are left alone.
 */
const the = (name: string): string => (/^the\s/i.test(name) ? name : `the ${name}`);

export const RELATION_TYPE_DEFINITIONS: Record<RelationType, RelationTypeDefinition> = {
  HOLDS_POSITION: {
    ends: [['PERSON', 'INSTITUTION']],
    description: 'A person holds an office in an institution.',
    selfLinks: false,
    hierarchy: false,
    label: (p) => str(p.title) ?? 'holds position',
    sentence: (from, to, p) => `${from} is ${str(p.title) ?? 'an office holder'} of ${the(to)}`,
  },
  MEMBER_OF: {
    ends: [['PERSON', 'INSTITUTION']],
    description: 'A person is a member (or academician) of an institution.',
    selfLinks: false,
    hierarchy: false,
    label: (p) => str(p.title) ?? 'member',
    sentence: (from, to, p) => `${from} is a ${str(p.title) ?? 'member'} of ${the(to)}`,
  },
  PARTICIPATED_IN: {
    ends: [['PERSON', 'EVENT']],
    description: 'A person took part in an event, in a stated role.',
    selfLinks: false,
    hierarchy: false,
    label: (p) => (str(p.role) ?? 'participant').replace(/-/g, ' '),
    sentence: (from, to, p) =>
      `${from} ${PARTICIPATION_PHRASES[p.role as keyof typeof PARTICIPATION_PHRASES] ?? 'took part in'} ${the(to)}`,
  },
  ORGANIZED: {
    ends: [['INSTITUTION', 'EVENT']],
    description: 'An institution led or co-organised an event.',
    selfLinks: false,
    hierarchy: false,
    label: (p) => (p.role === 'lead' ? 'led' : 'co-organised'),
    sentence: (from, to, p) => `${from} ${p.role === 'lead' ? 'led' : 'co-organised'} ${the(to)}`,
  },
  PART_OF: {
    ends: [
      ['INSTITUTION', 'INSTITUTION'],
      ['EVENT', 'EVENT'],
    ],
    description: 'A body sits under a parent body; an event is part of a larger event or series.',
    selfLinks: false,
    hierarchy: true,
    label: () => 'part of',
    sentence: (from, to) => `${from} is part of ${the(to)}`,
  },
  HELD_AT: {
    ends: [['EVENT', 'PLACE']],
    description: 'An event took place at a place.',
    selfLinks: false,
    hierarchy: false,
    label: () => 'held at',
    sentence: (from, to) => `${from} was held at ${to}`,
  },
  LOCATED_IN: {
    ends: [
      ['PLACE', 'PLACE'],
      ['INSTITUTION', 'PLACE'],
    ],
    description: 'A place or institution lies within a place.',
    selfLinks: false,
    hierarchy: true,
    label: () => 'located in',
    sentence: (from, to) => `${from} is located in ${to}`,
  },
  PRIORITIZES: {
    ends: [
      ['PLACE', 'INDUSTRY'],
      ['INSTITUTION', 'INDUSTRY'],
    ],
    description: 'A place or body gives an industry priority.',
    selfLinks: false,
    hierarchy: false,
    label: (p) => str(p.description) ?? 'prioritises',
    sentence: (from, to) => `${from} prioritises ${to}`,
  },
  MENTIONED: {
    ends: [
      ['SOURCE', 'PERSON'],
      ['SOURCE', 'INSTITUTION'],
      ['SOURCE', 'INDUSTRY'],
      ['SOURCE', 'EVENT'],
      ['SOURCE', 'PLACE'],
    ],
    description: 'A source document names an entity.',
    selfLinks: false,
    hierarchy: false,
    label: () => 'mentions',
    sentence: (from, to) => `${from} mentions ${to}`,
  },
};

/** Relationship types that join two entities, i.e. everything a person draws or traverses. */
export const ENTITY_RELATION_TYPES = RELATION_TYPES.filter((type) => type !== 'MENTIONED');

/** Types whose links must never close a cycle: writes of these check the path back first. */
export const HIERARCHY_RELATION_TYPES = RELATION_TYPES.filter(
  (type) => RELATION_TYPE_DEFINITIONS[type].hierarchy,
);

export const allowsEnds = (type: RelationType, from: Endpoint, to: Endpoint): boolean =>
  RELATION_TYPE_DEFINITIONS[type].ends.some(([f, t]) => f === from && t === to);

/** A stable, readable id for a relationship: its ends, type and distinguishing title or role. */
export function relationshipId(
  type: RelationType,
  from: string,
  to: string,
  properties: Record<string, unknown> = {},
): string {
  const qualifier = str(properties.title) ?? str(properties.role);
  const base = `${from}--${type.toLowerCase().replace(/_/g, '-')}--${to}`;
  return qualifier
    ? `${base}--${qualifier
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')}`
    : base;
}
