import { API_LIMITS, RELATION_TYPE_DEFINITIONS } from '@guanxi/graph-schema';
import type { Executor } from '../db/executor';
import { badInput, notFound } from '../errors';
import { type PlannedTie, readAffiliationRows } from '../repositories/affiliation-repository';
import type { EntityRecord } from '../repositories/entity-record';
import type { RelationRecord } from '../repositories/relation-record';
import type { TimeFilter } from '../repositories/relation-time-predicate';
import type { SourceWithText } from '../repositories/source-repository';
import type { SourcePlan } from '../selection/entity-plan';
import { boundedCount } from './bounded-count';
import type { PlannedReading } from '../selection/entity-plan';

/** A tie between a person and an institution: an office (with its title) or a membership. */
export interface Tie {
  person: EntityRecord;
  institution: EntityRecord;
  relation: RelationRecord;
  /** "president", "member" … */
  label: string;
}

export interface PersonAffiliation extends Tie {
  /** Bodies above the institution, nearest first. */
  parentChain: EntityRecord[];
}

export interface SubBody {
  institution: EntityRecord;
  parent: EntityRecord;
  depth: number;
}

export interface Affiliations {
  entity: EntityRecord;
  institutions: PersonAffiliation[];
  parentChain: EntityRecord[];
  subBodies: SubBody[];
  people: Tie[];
  /** True when `peopleLimit` cut the list of people. */
  peopleTruncated: boolean;
}

const tie = (person: EntityRecord, institution: EntityRecord, relation: RelationRecord): Tie => ({
  person,
  institution,
  relation,
  label: RELATION_TYPE_DEFINITIONS[relation.type].label(relation.properties),
});

/** What the selection reads of every entity in the answer and of the ties' evidence sources. */
export interface AffiliationsReading extends PlannedReading {
  tieSources: SourcePlan | null;
  primeSources: (sources: readonly SourceWithText[]) => void;
}

/**
 * For a person: the institutions they belong to, each with its chain of parent bodies. For an
 * institution: its parent chain, its sub-bodies and everyone under it with the role that ties
 * them. `transitive: false` stops every chain and tree at one step. One statement.
 */
export async function readAffiliations(
  executor: Executor,
  id: string,
  /** Only an explicit false stops at one step. */
  transitive: boolean | null | undefined,
  peopleLimit: number | null | undefined,
  /** Only ties and bodies' links that held then. */
  time: TimeFilter | undefined,
  reading: AffiliationsReading,
): Promise<Affiliations> {
  const cap = boundedCount(peopleLimit, {
    argument: 'peopleLimit',
    min: 0,
    max: API_LIMITS.affiliations.people.max,
    limit: 'People',
  });
  const depth = transitive === false ? 1 : API_LIMITS.affiliations.bodyDepth;
  const rows = await readAffiliationRows(
    executor,
    { id, depth, peopleCap: cap + 1, time },
    reading.plan,
    reading.tieSources,
  );
  if (!rows) throw notFound('entity', id);
  const { prime } = reading;
  const entity = prime(rows.entity);
  const primedTie = (person: EntityRecord, institution: EntityRecord, row: PlannedTie): Tie => {
    reading.primeSources(row.sources);
    return tie(person, institution, row.relation);
  };
  if (entity.kind === 'PERSON') {
    return {
      entity,
      institutions: rows.institutions.map((row) => ({
        ...primedTie(entity, prime(row.institution), row),
        parentChain: row.parents.map(prime),
      })),
      parentChain: [],
      subBodies: [],
      people: [],
      peopleTruncated: false,
    };
  }
  if (entity.kind === 'INSTITUTION') {
    return {
      entity,
      institutions: [],
      parentChain: rows.parentChain.map(prime),
      subBodies: rows.subBodies.map((row) => ({
        institution: prime(row.body),
        parent: prime(row.parent),
        depth: row.depth,
      })),
      people: rows.people
        .slice(0, cap)
        .map((row) => primedTie(prime(row.person), prime(row.institution), row)),
      peopleTruncated: rows.people.length > cap,
    };
  }
  throw badInput(
    `Affiliations are defined for people and institutions; "${id}" is ${entity.kind.toLowerCase()}.`,
    { argument: 'id' },
  );
}
