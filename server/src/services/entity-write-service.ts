import {
  type Entity,
  type EntityKind,
  EntitySchema,
  type Evidence,
  entityIdFromName,
} from '@guanxi/graph-schema';
import type { Actor } from '../auth/tokens';
import type { Executor } from '../db/executor';
import { badInput, invalidInput, notFound } from '../errors';
import {
  createEntityNode,
  lockEntities,
  replaceEntityProperties,
} from '../repositories/entity-write-repository';
import { withoutAbsent } from '../repositories/stored-value';
import { audit } from './audit-service';
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

/** Validates with graph-schema's model of the kind; failures name each field's path. */
export function validateEntity(candidate: object): Entity {
  const parsed = EntitySchema.safeParse(candidate);
  if (!parsed.success) throw invalidInput('entity', parsed.error.issues);
  return parsed.data;
}

/** Creates an entity; its evidence must quote existing sources exactly. */
export async function createEntity(
  executor: Executor,
  actor: Actor,
  input: CreateEntityInput,
): Promise<string> {
  const entity = validateEntity(
    withoutAbsent({ ...input, id: input.id ?? entityIdFromName(input.name), method: 'curated' }),
  );
  await executor.writeTransaction('createEntity', async (tx) => {
    if ((await lockEntities(tx, [entity.id])).size > 0) {
      throw badInput(`The id "${entity.id}" is already taken; choose another with \`id\`.`, {
        fields: [{ path: 'id', message: 'already taken' }],
      });
    }
    await checkEvidenceAgainstSources(tx, entity.evidence);
    await createEntityNode(tx, entity);
    await audit(tx, actor, 'createEntity', [entity.id], { before: null, after: entity });
  });
  return entity.id;
}

/**
 * Changes the given fields of an entity and adds quotes; the result is revalidated whole. The
 * entity is read under its write lock, so concurrent updates queue and none is lost.
 */
export async function updateEntity(
  executor: Executor,
  actor: Actor,
  id: string,
  input: UpdateEntityInput,
): Promise<string> {
  await executor.writeTransaction('updateEntity', async (tx) => {
    const current = (await lockEntities(tx, [id])).get(id);
    if (!current) throw notFound('entity', id);
    const { addEvidence, ...fields } = input;
    const added = addEvidence ?? [];
    const entity = validateEntity({
      ...current,
      ...withoutAbsent(fields),
      evidence: [...current.evidence, ...added],
    });
    await checkEvidenceAgainstSources(tx, added, ['addEvidence']);
    await replaceEntityProperties(tx, entity);
    await audit(tx, actor, 'updateEntity', [id], { before: current, after: entity });
  });
  return id;
}
