import { sha256Hex } from '@guanxi/graph-io';
import { entityIdFromName, type Evidence, NameSchema, SourceSchema } from '@guanxi/graph-schema';
import { type IngestText, propose, type TextSpan } from '@guanxi/ingest';
import type { Actor } from '../auth/tokens';
import type { Executor, QueryRunner } from '../db/executor';
import { badInput, conflict, invalidInput, notFound } from '../errors';
import type { EntityRecord } from '../repositories/entity-record';
import {
  createEntityNode,
  lockEntities,
  replaceEntityProperties,
} from '../repositories/entity-write-repository';
import { readGazetteer } from '../repositories/gazetteer-repository';
import { writeSources } from '../repositories/graph-import-repository';
import { findSourceIdByChecksum } from '../repositories/source-repository';
import {
  createDraft,
  lockDraft,
  readDraft,
  saveDraftState,
} from '../repositories/ingest-draft-repository';
import { lockHierarchies } from '../repositories/write-lock-repository';
import { audit } from './audit-service';
import { validateEntity } from './entity-write-service';
import { checkEvidenceAgainstSources } from './evidence-check';
import { unionEvidence } from './evidence-union';
import {
  type CandidateDecision,
  candidateKey,
  type CommitResult,
  type DraftState,
  draftStateOf,
  type EntityCandidateState,
  parseDraftState,
  serialiseDraftState,
  writableRelationships,
} from './ingest-draft';
import { checkArticleText } from './ingest-text';
import { isHierarchy, validateLink, writeLink } from './link-service';

export interface IngestDraft {
  id: string;
  sourceId: string;
  createdAt: string;
  createdBy: string;
  state: DraftState;
}

export interface IngestInput {
  text: string;
  title?: string | null;
  url?: string | null;
  publishedAt?: string | null;
}

/** The same text is the same source, however often it is proposed. */
const sourceIdOf = (checksum: string): string => `source-${checksum.slice(0, 16)}`;

/** A title when none is given: the article's first line, as a reader would cite it. */
const titleOf = (text: string): string => {
  const firstLine = text.split('\n').find((line) => line.trim() !== '') ?? 'Untitled article';
  const line = firstLine.trim();
  return line.length <= 120 ? line : `${line.slice(0, line.lastIndexOf(' ', 117))}…`;
};

/**
 * Runs the pipeline on a text and stores the text as a Source with the proposal as a draft.
 * No entity or relationship is written: that waits for review and commit.
 */
export async function proposeIngest(
  executor: Executor,
  actor: Actor,
  input: IngestInput,
): Promise<string> {
  checkArticleText(input.text);
  const checksum = sha256Hex(input.text);
  const parsedSource = SourceSchema.safeParse({
    id: sourceIdOf(checksum),
    title: input.title ?? titleOf(input.text),
    url: input.url ?? undefined,
    publishedAt: input.publishedAt ?? undefined,
    text: input.text,
    checksum,
    method: 'ingest',
  });
  if (!parsedSource.success) throw invalidInput('article', parsedSource.error.issues);
  // An article already stored (the curated one, or one proposed before) keeps its source.
  const storedSourceId = await findSourceIdByChecksum(executor, checksum);
  const source = {
    ...parsedSource.data,
    id: storedSourceId ?? parsedSource.data.id,
    text: input.text,
    checksum,
  };
  const article: IngestText = {
    text: input.text,
    title: source.title,
    url: source.url,
    publishedAt: source.publishedAt,
  };
  const proposal = propose(article, await readGazetteer(executor));
  return executor.writeTransaction('proposeIngest', async (tx) => {
    if (!storedSourceId) await writeSources(tx, [source]);
    const draft = await createDraft(tx, {
      sourceId: source.id,
      createdBy: actor.label,
      state: serialiseDraftState(draftStateOf(proposal)),
    });
    await audit(tx, actor, 'proposeIngest', [source.id, draft.id], {
      before: null,
      after: { draftId: draft.id, sourceId: source.id, candidates: proposal.entities.length },
    });
    return draft.id;
  });
}

/** A draft that must exist: the caller just created or decided it. */
export async function mustReadIngestDraft(runner: QueryRunner, id: string): Promise<IngestDraft> {
  const draft = await readIngestDraft(runner, id);
  if (!draft) throw notFound('ingest draft', id);
  return draft;
}

export async function readIngestDraft(
  runner: QueryRunner,
  id: string,
): Promise<IngestDraft | undefined> {
  const stored = await readDraft(runner, id);
  return stored && { ...stored, state: parseDraftState(stored.state) };
}

export interface IngestDecision {
  candidateId: string;
  decision: CandidateDecision;
  /** Entity candidates: the existing entity it is (instead of the proposed match). */
  matchId?: string | null;
  /** Entity candidates: make it a new entity even though a match was proposed. */
  makeNew?: boolean | null;
  /** Entity candidates: the name it gets; the text's name stays as an alias. */
  name?: string | null;
}

async function applyEntityDecision(
  tx: QueryRunner,
  candidate: EntityCandidateState,
  decision: IngestDecision,
): Promise<void> {
  if (decision.name !== undefined && decision.name !== null) {
    const name = NameSchema.safeParse(decision.name);
    if (!name.success) throw invalidInput('name', name.error.issues);
    if (name.data !== candidate.name) {
      candidate.aliases = [...new Set([candidate.name, ...candidate.aliases])].filter(
        (alias) => alias !== name.data,
      );
      candidate.name = name.data;
    }
  }
  if (decision.makeNew) delete candidate.match;
  if (decision.matchId) {
    const entity = (await lockEntities(tx, [decision.matchId])).get(decision.matchId);
    if (!entity) throw notFound('entity', decision.matchId);
    if (entity.kind !== candidate.kind) {
      throw badInput(
        `"${candidate.name}" is a ${candidate.kind} candidate; "${entity.name}" is a ${entity.kind}.`,
      );
    }
    candidate.match = { entityId: entity.id, reasons: ['chosen by the reviewer'] };
  }
}

/** Records review decisions; they stay with the draft, with who decided and when. */
export async function decideIngest(
  executor: Executor,
  actor: Actor,
  draftId: string,
  decisions: readonly IngestDecision[],
): Promise<void> {
  await executor.writeTransaction('decideIngest', async (tx) => {
    const stored = await lockDraft(tx, draftId);
    if (!stored) throw notFound('ingest draft', draftId);
    const state = parseDraftState(stored.state);
    if (state.commit)
      throw conflict('This draft is committed; propose the article again to review it anew.');
    const decidedAt = new Date().toISOString();
    for (const decision of decisions) {
      const key = candidateKey(draftId, decision.candidateId) ?? decision.candidateId;
      const entity = state.entities.find((candidate) => candidate.key === key);
      const relation = state.relationships.find((candidate) => candidate.key === key);
      const candidate = entity ?? relation;
      if (!candidate) throw notFound('candidate in this draft', decision.candidateId);
      if (entity) await applyEntityDecision(tx, entity, decision);
      else if (decision.matchId || decision.makeNew || decision.name) {
        throw badInput(
          'Only entity candidates take a name or a match; relationships take a decision.',
        );
      }
      Object.assign(candidate, { decision: decision.decision, decidedAt, decidedBy: actor.label });
    }
    await saveDraftState(tx, draftId, serialiseDraftState(state));
  });
}

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

/** An accepted candidate written as an entity: added to its match, or created. */
async function commitEntity(
  tx: QueryRunner,
  candidate: EntityCandidateState,
  sourceId: string,
  reserved: Set<string>,
): Promise<{ entity: EntityRecord; matched: boolean; before?: EntityRecord }> {
  const evidence = withSource(sourceId, candidate.evidence);
  await checkEvidenceAgainstSources(tx, evidence);
  if (candidate.match) {
    const { entityId } = candidate.match;
    const current = (await lockEntities(tx, [entityId])).get(entityId);
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
): Promise<CommitResult> {
  return executor.writeTransaction('commitIngest', async (tx) => {
    const stored = await lockDraft(tx, draftId);
    if (!stored) throw notFound('ingest draft', draftId);
    const state = parseDraftState(stored.state);
    if (state.commit) return state.commit;
    const relationships = writableRelationships(state);
    const hierarchies = [...new Set(relationships.map((r) => r.type).filter(isHierarchy))];
    if (hierarchies.length > 0) await lockHierarchies(tx, hierarchies);

    const written = new Map<string, EntityRecord>();
    const before: EntityRecord[] = [];
    const reserved = new Set<string>();
    let entitiesMatched = 0;
    for (const candidate of state.entities.filter((c) => c.decision === 'ACCEPTED')) {
      const result = await commitEntity(tx, candidate, stored.sourceId, reserved);
      written.set(candidate.key, result.entity);
      if (result.matched) entitiesMatched += 1;
      if (result.before) before.push(result.before);
    }

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
          properties: candidate.properties,
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
    return commit;
  });
}
