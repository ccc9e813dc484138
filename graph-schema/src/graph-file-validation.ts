import type { z } from 'zod';
import {
  type Entity,
  ENTITY_SCHEMA_OF_KIND,
  EntitySchema,
  type Source,
  SourceSchema,
} from './entities';
import type { EntityKind } from './entity-kinds';
import type { Evidence } from './evidence';
import { GRAPH_FILE_FORMAT, type RelationshipRecord, RelationshipRecordSchema } from './graph-file';
import { findHierarchyCycles } from './hierarchy-cycles';
import { nameKey } from './normalised-text';
import {
  allowsEnds,
  RELATION_PROPERTY_SCHEMAS,
  RELATION_TYPE_DEFINITIONS,
  relationshipId,
  type RelationType,
} from './relationship-types';

/** One thing wrong with a graph file: where (`relationships[4].to`) and what. */
export interface GraphFileProblem {
  path: string;
  message: string;
}

export const formatProblem = (problem: GraphFileProblem): string =>
  `${problem.path}: ${problem.message}`;

/** A source whose text is at hand, whether the file held it inline or named a text file. */
export type ResolvedSource = Omit<Source, 'text' | 'textFile'> & { text: string };
/** A relationship whose id is known, whether the file gave one or it was derived. */
export type ResolvedRelationship = RelationshipRecord & { id: string };

/** A graph file that passed every check: ready to load, every quote proven against its text. */
export interface ValidatedGraph {
  format: typeof GRAPH_FILE_FORMAT;
  description?: string;
  sources: ResolvedSource[];
  entities: Entity[];
  relationships: ResolvedRelationship[];
}

export type GraphFileValidation =
  { ok: true; graph: ValidatedGraph } | { ok: false; problems: GraphFileProblem[] };

/**
 * Returns the text of a source that names a `textFile`, or undefined when it cannot be read.
 * Passed in so that validation stays pure: the loader reads files, the client could fetch them.
 */
export type TextResolver = (textFile: string) => string | undefined;

type Path = readonly PropertyKey[];

/** Field names per entity kind, computed once: a large file has hundreds of thousands of records. */
const ENTITY_FIELDS = Object.fromEntries(
  Object.entries(ENTITY_SCHEMA_OF_KIND).map(([kind, schema]) => [kind, Object.keys(schema.shape)]),
) as Record<EntityKind, string[]>;

/**
 * Relationship properties a type does not declare are refused, not silently dropped. Built once:
 * creating a zod schema costs far more than running one.
 */
export const STRICT_RELATION_PROPERTY_SCHEMAS = Object.fromEntries(
  Object.entries(RELATION_PROPERTY_SCHEMAS).map(([type, schema]) => [type, schema.strict()]),
) as { [T in RelationType]: ReturnType<(typeof RELATION_PROPERTY_SCHEMAS)[T]['strict']> };

function pathToString(prefix: string, path: Path): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}.${String(key)}`),
    prefix,
  );
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Collects problems while checks run, so that a file is reported whole, not first-error-only. */
class ProblemList {
  readonly problems: GraphFileProblem[] = [];

  add(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  addZodIssues(prefix: string, error: z.ZodError): void {
    for (const issue of error.issues) this.add(pathToString(prefix, issue.path), issue.message);
  }

  /** Fields a schema does not know are almost always typos of fields it does. */
  addUnknownFields(
    prefix: string,
    record: Record<string, unknown>,
    known: readonly string[],
  ): void {
    for (const field of Object.keys(record)) {
      if (!known.includes(field)) this.add(prefix ? `${prefix}.${field}` : field, 'unknown field');
    }
  }
}

function recordsAt(
  input: Record<string, unknown>,
  field: 'sources' | 'entities' | 'relationships',
  problems: ProblemList,
): unknown[] {
  const value = input[field];
  if (Array.isArray(value)) return value;
  problems.add(field, value === undefined ? 'missing: expected a list' : 'expected a list');
  return [];
}

function checkSources(
  records: unknown[],
  resolveText: TextResolver,
  problems: ProblemList,
): Map<string, ResolvedSource> {
  const sources = new Map<string, ResolvedSource>();
  const known = Object.keys(SourceSchema.shape);
  records.forEach((record, index) => {
    const at = `sources[${index}]`;
    if (isRecord(record)) problems.addUnknownFields(at, record, known);
    const parsed = SourceSchema.safeParse(record);
    if (!parsed.success) return problems.addZodIssues(at, parsed.error);
    const { text, textFile, ...source } = parsed.data;
    if (text !== undefined && textFile !== undefined) {
      return problems.add(at, 'give the text inline or as textFile, not both');
    }
    // The source schema guarantees one of the two.
    const resolved = text ?? (textFile === undefined ? undefined : resolveText(textFile));
    if (resolved === undefined) {
      return problems.add(
        `${at}.textFile`,
        `cannot read "${textFile}" (relative to the data file)`,
      );
    }
    if (sources.has(source.id)) {
      return problems.add(`${at}.id`, `"${source.id}" is the id of an earlier source`);
    }
    sources.set(source.id, { ...source, text: resolved });
  });
  return sources;
}

interface NameOwner {
  index: number;
  id: string;
}

function checkEntities(
  records: unknown[],
  sources: ReadonlyMap<string, ResolvedSource>,
  problems: ProblemList,
): { entities: Entity[]; kindOfId: Map<string, EntityKind | undefined> } {
  const entities: Entity[] = [];
  /** Every id a record claims, even one that failed its shape: so its relationships still resolve. */
  const kindOfId = new Map<string, EntityKind | undefined>();
  const firstIndexOfId = new Map<string, number>();
  const ownerOfName = new Map<string, NameOwner>();

  records.forEach((record, index) => {
    const path = `entities[${index}]`;
    const claimedId = isRecord(record) && typeof record.id === 'string' ? record.id : undefined;
    if (claimedId !== undefined) {
      const earlier = firstIndexOfId.get(claimedId);
      if (earlier !== undefined) {
        problems.add(`${path}.id`, `"${claimedId}" is already the id of entities[${earlier}]`);
      } else if (sources.has(claimedId)) {
        problems.add(`${path}.id`, `"${claimedId}" is already the id of a source`);
      } else {
        firstIndexOfId.set(claimedId, index);
        kindOfId.set(claimedId, undefined);
      }
    }
    if (
      isRecord(record) &&
      typeof record.kind === 'string' &&
      Object.hasOwn(ENTITY_SCHEMA_OF_KIND, record.kind)
    ) {
      problems.addUnknownFields(path, record, ENTITY_FIELDS[record.kind as EntityKind]);
    }
    const parsed = EntitySchema.safeParse(record);
    if (!parsed.success) return problems.addZodIssues(path, parsed.error);
    const entity = parsed.data;
    checkEvidence(path, entity.evidence, sources, problems);
    if (firstIndexOfId.get(entity.id) === index) kindOfId.set(entity.id, entity.kind);

    // The model folded repeats among the entity's own names; here no two entities share one.
    const names: [string, string][] = [
      [`${path}.name`, entity.name],
      ...entity.aliases.map((alias, i): [string, string] => [`${path}.aliases[${i}]`, alias]),
    ];
    for (const [namePath, name] of names) {
      const key = nameKey(name);
      const owner = ownerOfName.get(key);
      if (owner) {
        problems.add(
          namePath,
          `"${name}" already names entities[${owner.index}] ("${owner.id}"): an entity named two ways must be one node with an alias`,
        );
      } else {
        ownerOfName.set(key, { index, id: entity.id });
      }
    }
    entities.push(entity);
  });
  return { entities, kindOfId };
}

function checkEvidence(
  path: string,
  evidence: readonly Evidence[],
  sources: ReadonlyMap<string, ResolvedSource>,
  problems: ProblemList,
): void {
  evidence.forEach(({ sourceId, quote, start, end }, index) => {
    const at = `${path}.evidence[${index}]`;
    const source = sources.get(sourceId);
    if (!source) return problems.add(`${at}.sourceId`, `no source has id "${sourceId}"`);
    if (source.text.slice(start, end) === quote) return;
    const found = source.text.indexOf(quote);
    const where =
      found === -1
        ? 'the quote is nowhere in the text'
        : `found at ${found}–${found + quote.length}`;
    problems.add(at, `quote does not match the text at ${start}–${end} (${where})`);
  });
}

function checkRelationships(
  records: unknown[],
  kindOfId: ReadonlyMap<string, EntityKind | undefined>,
  sources: ReadonlyMap<string, ResolvedSource>,
  problems: ProblemList,
): ResolvedRelationship[] {
  const relationships: ResolvedRelationship[] = [];
  const firstIndexOfId = new Map<string, number>();
  /** Where each accepted relationship stands in the file, for problems found across them. */
  const recordIndexes: number[] = [];
  const known = Object.keys(RelationshipRecordSchema.shape);

  records.forEach((record, index) => {
    const path = `relationships[${index}]`;
    if (isRecord(record)) problems.addUnknownFields(path, record, known);
    const parsed = RelationshipRecordSchema.safeParse(record);
    if (!parsed.success) return problems.addZodIssues(path, parsed.error);
    const relationship = parsed.data;
    const { type, from, to } = relationship;
    checkEvidence(path, relationship.evidence, sources, problems);

    const fromKnown = kindOfId.has(from);
    const toKnown = kindOfId.has(to);
    if (!fromKnown) problems.add(`${path}.from`, `no entity has id "${from}"`);
    if (!toKnown) problems.add(`${path}.to`, `no entity has id "${to}"`);
    const fromKind = kindOfId.get(from);
    const toKind = kindOfId.get(to);
    if (fromKind && toKind && !allowsEnds(type, fromKind, toKind)) {
      const allowed = RELATION_TYPE_DEFINITIONS[type].ends;
      const fromAllowed = allowed.some(([f]) => f === fromKind);
      problems.add(
        fromAllowed ? `${path}.to` : `${path}.from`,
        `${type} cannot join ${fromKind} "${from}" to ${toKind} "${to}"; it joins ${allowed
          .map(([f, t]) => `${f} → ${t}`)
          .join(' or ')}`,
      );
    }

    const properties = STRICT_RELATION_PROPERTY_SCHEMAS[type].safeParse(relationship.properties);
    if (!properties.success) {
      problems.addZodIssues(`${path}.properties`, properties.error);
      return;
    }
    const dateEvidence =
      'dateEvidence' in properties.data ? properties.data.dateEvidence : undefined;
    if (dateEvidence && !relationship.evidence.some((e) => e.quote.includes(dateEvidence))) {
      problems.add(
        `${path}.properties.dateEvidence`,
        'must be words of one of its evidence quotes',
      );
    }
    const id = relationship.id ?? relationshipId(type, from, to, properties.data);
    const earlier = firstIndexOfId.get(id);
    if (earlier !== undefined) {
      problems.add(
        relationship.id ? `${path}.id` : path,
        `relationship id "${id}" is already taken by relationships[${earlier}]`,
      );
      return;
    }
    firstIndexOfId.set(id, index);
    relationships.push({ ...relationship, id, properties: properties.data });
    recordIndexes.push(index);
  });
  for (const cycle of findHierarchyCycles(relationships)) {
    problems.add(
      `relationships[${recordIndexes[cycle.index]}]`,
      `${cycle.type} would close a cycle: ${cycle.ids.join(' → ')}`,
    );
  }
  return relationships;
}

/**
 * Checks a whole graph file and reports every problem, each with its path and field: the shape
 * of every record, unique ids, one node per named entity, relationship ends that exist and have
 * kinds the type allows, typed relationship properties, no cycle in a hierarchy, known evidence
 * sources and quotes that equal the source text at their offsets. Only a file without a single
 * problem is returned.
 */
export function validateGraphFile(input: unknown, resolveText: TextResolver): GraphFileValidation {
  const problems = new ProblemList();
  if (!isRecord(input)) {
    return { ok: false, problems: [{ path: '(file)', message: 'expected a JSON object' }] };
  }
  if (input.format !== GRAPH_FILE_FORMAT) {
    problems.add('format', `expected "${GRAPH_FILE_FORMAT}", got ${JSON.stringify(input.format)}`);
  }
  if (input.description !== undefined && typeof input.description !== 'string') {
    problems.add('description', 'expected text');
  }
  problems.addUnknownFields('', input, [
    'format',
    'description',
    'sources',
    'entities',
    'relationships',
  ]);

  const sources = checkSources(recordsAt(input, 'sources', problems), resolveText, problems);
  const { entities, kindOfId } = checkEntities(
    recordsAt(input, 'entities', problems),
    sources,
    problems,
  );
  const relationships = checkRelationships(
    recordsAt(input, 'relationships', problems),
    kindOfId,
    sources,
    problems,
  );

  if (problems.problems.length > 0) return { ok: false, problems: problems.problems };
  const graph: ValidatedGraph = {
    format: GRAPH_FILE_FORMAT,
    ...(typeof input.description === 'string' ? { description: input.description } : {}),
    sources: [...sources.values()],
    entities,
    relationships,
  };
  return { ok: true, graph };
}
