import { entityIdFromName, type Evidence, withPublicationAsOf } from '@guanxi/graph-schema';
import type { TextSpan } from '@guanxi/ingest';
import type { Actor } from '../auth/tokens';
import type { Executor, QueryRunner } from '../db/executor';
import { conflict, notFound } from '../errors';
import type { EntityRecord } from '../repositories/entity-record';
import {
  createEntityNode,
  lockEntities,
  replaceEntityProperties,
} from '../repositories/entity-write-repository';
import { lockDraft, saveDraftState } from '../repositories/ingest-draft-repository';
import { readSourcesByIds } from '../repositories/source-repository';
import { lockHierarchies } from '../repositories/write-lock-repository';
import { audit } from './audit-service';
import { validateEntity } from './entity-write-service';
import { checkEvidenceAgainstSources } from './evidence-check';
import { unionEvidence } from './evidence-union';
import {
  type CommitResult,
  type EntityCandidateState,
  parseDraftState,
  serialiseDraftState,
  writableRelationships,
} from './ingest-draft';
import { isHierarchy, validateLink, writeLink } from './link-service';
import { refreshScoresAfterCommit } from './scores-service';

const withSource = (sourceId: string, spans: readonly TextSpan[]): Evidence[] =>
  spans.map(({ quote, start, end }) => ({ sourceId, quote, start, end }));

/** The first free id from the name: "li-wei", then "li-wei-2" …, never one already taken. */
async function freeEntityId(tx: QueryRunner, name: string, reserved: Set<string>): Promise<string> {
  const base = entityIdFromName(name);
  for (let suffix = 1; ; suffix += 1) {
    const id = suffix === 1 ? base : `${base}-${suffix}`;
    if (!reserved.has(id) && (await lockEntities(tx, [id])).size === 0) return id;
  }
}

/**
 * An accepted candidate written as an entity: added to its match, or created. `matched` holds the
 * matched entities, locked up front and kept current as candidates add to them.
 */
async function commitEntity(
  tx: QueryRunner,
  candidate: EntityCandidateState,
  sourceId: string,
  reserved: Set<string>,
  matched: Map<string, EntityRecord>,
): Promise<{ entity: EntityRecord; matched: boolean; before?: EntityRecord }> {
  const evidence = withSource(sourceId, candidate.evidence);
  if (candidate.match) {
    const { entityId } = candidate.match;
    const current = matched.get(entityId);
    if (!current) {
      throw conflict(
        `"${candidate.name}" was matched to "${entityId}", which no longer exists; point it at another entity or make it new.`,
      );
    }
    const names = [candidate.name, ...candidate.aliases].filter(
      (name) => name !== current.name && !current.aliases.includes(name),
    );
    const entity = validateEntity({
      ...current,
      aliases: [...current.aliases, ...names],
      evidence: unionEvidence(current.evidence, evidence),
    });
    await replaceEntityProperties(tx, entity);
    matched.set(entityId, entity as EntityRecord);
    return { entity: entity as EntityRecord, matched: true, before: current };
  }
  const id = await freeEntityId(tx, candidate.name, reserved);
  reserved.add(id);
  const entity = validateEntity({
    id,
    kind: candidate.kind,
    name: candidate.name,
    aliases: candidate.aliases,
    evidence,
    method: 'ingest',
    rule: candidate.rule,
    institutionKind: candidate.institutionKind,
    placeKind: candidate.placeKind,
    date: candidate.date,
  });
  await createEntityNode(tx, entity);
  return { entity: entity as EntityRecord, matched: false };
}

/** Writable relationships join accepted candidates, so both ends were written just before. */
function writtenEnd(written: ReadonlyMap<string, EntityRecord>, key: string): EntityRecord {
  const entity = written.get(key);
  if (!entity)
    throw new Error(`candidate ${key} is an end of an accepted relationship but was not written`);
  return entity;
}

/**
 * Writes the accepted candidates in one transaction, through the same locked, validated path as
 * the mutations, and records one audit entry. Committing a committed draft changes nothing and
 * answers what the first commit wrote; a failure anywhere writes nothing.
 */
export async function commitIngest(
  executor: Executor,
  actor: Actor,
  draftId: string,
  onScoresFailure: (error: unknown) => void,
): Promise<CommitResult> {
  const { commit, fresh } = await writeCommit(executor, actor, draftId);
  // After the transaction, so a slow or failed scoring never holds or undoes what was written;
  // a repeated commit wrote nothing, so there is nothing to score again.
  if (fresh)
    await refreshScoresAfterCommit(executor, Object.values(commit.entityIds), onScoresFailure);
  return commit;
}

function writeCommit(
  executor: Executor,
  actor: Actor,
  draftId: string,
): Promise<{ commit: CommitResult; fresh: boolean }> {
  return executor.writeTransaction('commitIngest', async (tx) => {
    const stored = await lockDraft(tx, draftId);
    if (!stored) throw notFound('ingest draft', draftId);
    const state = parseDraftState(stored.state);
    if (state.commit) return { commit: state.commit, fresh: false };
    const relationships = writableRelationships(state);
    const hierarchies = [...new Set(relationships.map((r) => r.type).filter(isHierarchy))];
    if (hierarchies.length > 0) await lockHierarchies(tx, hierarchies);

    const accepted = state.entities.filter((c) => c.decision === 'ACCEPTED');
    // One lock statement for every matched entity, in id order, as every other write takes them,
    // so a commit and a merge or another commit touching the same entities queue, never deadlock.
    const matched = await lockEntities(
      tx,
      accepted.flatMap((c) => (c.match ? [c.match.entityId] : [])),
    );
    await checkEvidenceAgainstSources(
      tx,
      accepted.flatMap((c) => withSource(stored.sourceId, c.evidence)),
    );

    const written = new Map<string, EntityRecord>();
    const before: EntityRecord[] = [];
    const reserved = new Set<string>();
    let entitiesMatched = 0;
    for (const candidate of accepted) {
      const result = await commitEntity(tx, candidate, stored.sourceId, reserved, matched);
      written.set(candidate.key, result.entity);
      if (result.matched) entitiesMatched += 1;
      if (result.before) before.push(result.before);
    }

    // What the source states, it states as of its publication day.
    const [source] = await readSourcesByIds(tx, [stored.sourceId]);
    let relationshipsMatched = 0;
    const relationIds: string[] = [];
    for (const candidate of relationships) {
      const from = writtenEnd(written, candidate.from);
      const to = writtenEnd(written, candidate.to);
      const record = validateLink(
        {
          type: candidate.type,
          from: from.id,
          to: to.id,
          properties: withPublicationAsOf(candidate.properties, source?.publishedAt),
          evidence: withSource(stored.sourceId, candidate.evidence),
        },
        { method: 'ingest', rule: candidate.rule },
      );
      const { relation, before: existed } = await writeLink(tx, record, from, to);
      relationIds.push(relation.id);
      if (existed) relationshipsMatched += 1;
    }

    const entityIds = Object.fromEntries([...written].map(([key, entity]) => [key, entity.id]));
    const entry = await audit(
      tx,
      actor,
      'commitIngest',
      [draftId, ...Object.values(entityIds), ...relationIds],
      { before: { entities: before }, after: { draftId, entityIds, relationIds } },
    );
    const commit: CommitResult = {
      at: entry.at,
      by: actor.label,
      auditId: entry.id,
      entitiesCreated: written.size - entitiesMatched,
      entitiesMatched,
      relationshipsCreated: relationIds.length - relationshipsMatched,
      relationshipsMatched,
      relationshipsSkipped:
        state.relationships.filter((r) => r.decision === 'ACCEPTED').length - relationships.length,
      entityIds,
    };
    await saveDraftState(tx, draftId, serialiseDraftState({ ...state, commit }));
    return { commit, fresh: true };
  });
}
