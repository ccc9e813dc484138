import {
  type Entity,
  type EntityKind,
  EntitySchema,
  type Evidence,
  slugify,
} from '@guanxi/graph-schema';
import type { Executor } from '../db/executor';
import { badInput, invalidInput, notFound } from '../errors';
import type { EntityRecord } from '../repositories/entity-record';
import {
  createEntityNode,
  readEntitiesForWrite,
  replaceEntityProperties,
} from '../repositories/entity-write-repository';
import { checkEvidenceAgainstSources } from './evidence-check';

/** Kind-specific and shared fields a person may set; absent means "leave as it is". */
export interface EntityFields {
  name?: string | null;
  aliases?: readonly string[] | null;
  note?: string | null;
  honorific?: string | null;
  institutionKind?: string | null;
  placeKind?: string | null;
  date?: string | null;
  edition?: number | null;
  theme?: string | null;
}

export interface CreateEntityInput extends EntityFields {
  kind: EntityKind;
  id?: string | null;
  name: string;
  evidence: readonly Evidence[];
}

export interface UpdateEntityInput extends EntityFields {
  /** Quotes to add to the entity's evidence. */
  addEvidence?: readonly Evidence[] | null;
}

const defined = <T extends object>(record: T): Partial<T> =>
  Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== undefined && value !== null),
  ) as Partial<T>;

/** Validates with graph-schema's model of the kind; failures name each field's path. */
export function validateEntity(candidate: Record<string, unknown>): Entity {
  const parsed = EntitySchema.safeParse(candidate);
  if (!parsed.success) throw invalidInput('entity', parsed.error.issues);
  return parsed.data;
}

/** The API's view of an entity back in graph-schema's input shape, for revalidation. */
export const entityFromRecord = (record: EntityRecord): Record<string, unknown> =>
  defined({
    id: record.id,
    kind: record.kind,
    name: record.name,
    aliases: record.aliases,
    note: record.note,
    method: record.method,
    evidence: record.evidence,
    honorific: record.honorific,
    institutionKind: record.institutionKind,
    placeKind: record.placeKind,
    date: record.date,
    edition: record.edition,
    theme: record.theme,
  });

/** Creates an entity; its evidence must quote existing sources exactly. */
export async function createEntity(executor: Executor, input: CreateEntityInput): Promise<string> {
  const entity = validateEntity(
    defined({ ...input, id: input.id ?? slugify(input.name), method: 'curated' }),
  );
  await executor.writeTransaction('createEntity', async (tx) => {
    const existing = await readEntitiesForWrite(tx, [entity.id]);
    if (existing.size > 0) {
      throw badInput(`The id "${entity.id}" is already taken; choose another with \`id\`.`, {
        fields: [{ path: 'id', message: 'already taken' }],
      });
    }
    await checkEvidenceAgainstSources(tx, entity.evidence);
    await createEntityNode(tx, entity);
  });
  return entity.id;
}

/** Changes the given fields of an entity and adds quotes; the result is revalidated whole. */
export async function updateEntity(
  executor: Executor,
  id: string,
  input: UpdateEntityInput,
): Promise<string> {
  await executor.writeTransaction('updateEntity', async (tx) => {
    const current = (await readEntitiesForWrite(tx, [id])).get(id);
    if (!current) throw notFound('entity', id);
    const { addEvidence, ...fields } = input;
    const added = addEvidence ?? [];
    const entity = validateEntity({
      ...entityFromRecord(current),
      ...defined(fields),
      evidence: [...current.evidence, ...added],
    });
    await checkEvidenceAgainstSources(tx, added, ['addEvidence']);
    await replaceEntityProperties(tx, entity);
  });
  return id;
}
