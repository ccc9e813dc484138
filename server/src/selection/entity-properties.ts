import { EVIDENCE_PROPERTY_NAMES, SCORE_PROPERTIES } from '@guanxi/graph-schema';

/*
 * Which stored node properties each GraphQL field of an entity reads, so that a planned statement
 * sends only those: evidence lists, aliases and search keys are most of a node's bytes, and
 * decoding them dominated a large answer. A field missing here reads everything, so a new field
 * is never answered from a node read in part.
 */

/** Read for every entity: its identity, what `parseEntity` requires, and `institutionKind`. */
const ALWAYS_READ = ['id', 'name', 'method', 'kind'] as const;

const PROPERTIES_OF_FIELD: Readonly<Record<string, readonly string[]>> = {
  __typename: [],
  id: [],
  kind: [],
  name: [],
  institutionKind: [],
  placeKind: [],
  aliases: ['aliases'],
  curatorAliases: ['curatorAliases'],
  note: ['note'],
  honorific: ['honorific'],
  date: ['date'],
  edition: ['edition'],
  theme: ['theme'],
  sources: EVIDENCE_PROPERTY_NAMES,
  scores: Object.values(SCORE_PROPERTIES),
};

/** Stored properties to read for these fields (relationship fields excluded); `all` if unknown. */
export function propertiesForFields(fieldNames: Iterable<string>): ReadonlySet<string> | 'all' {
  const properties = new Set<string>(ALWAYS_READ);
  for (const field of fieldNames) {
    const read = PROPERTIES_OF_FIELD[field];
    if (!read) return 'all';
    read.forEach((property) => properties.add(property));
  }
  return properties;
}

export const mergeProperties = (
  a: ReadonlySet<string> | 'all',
  b: ReadonlySet<string> | 'all',
): ReadonlySet<string> | 'all' => (a === 'all' || b === 'all' ? 'all' : new Set([...a, ...b]));

/** Names one reading of a node, so two readings of different properties never share a cache key. */
export const propertiesKey = (properties: ReadonlySet<string> | 'all'): string =>
  properties === 'all' ? 'all' : [...properties].sort().join(',');
