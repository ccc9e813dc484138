import { API_LIMITS, RELATION_TYPE_DEFINITIONS } from '@guanxi/graph-schema';
import type { Executor } from '../db/executor';
import { badInput, notFound } from '../errors';
import {
  readParentChain,
  readPeopleUnder,
  readPersonAffiliations,
  readSubBodies,
} from '../repositories/affiliation-repository';
import type { EntityRecord } from '../repositories/entity-record';
import { readEntitiesByIds } from '../repositories/entity-repository';
import type { RelationRecord } from '../repositories/relation-record';
import { boundedCount } from './bounded-count';

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

/**
 * For a person: the institutions they belong to, each with its chain of parent bodies. For an
 * institution: its parent chain, its sub-bodies and everyone under it with the role that ties
 * them. `transitive: false` stops every chain and tree at one step.
 */
export async function readAffiliations(
  executor: Executor,
  id: string,
  /** Only an explicit false stops at one step. */
  transitive: boolean | null | undefined,
  peopleLimit: number | null | undefined,
): Promise<Affiliations> {
  const cap = boundedCount(peopleLimit, {
    argument: 'peopleLimit',
    min: 0,
    max: API_LIMITS.affiliations.people.max,
    limit: 'People',
  });
  const [entity] = await readEntitiesByIds(executor, [id]);
  if (!entity) throw notFound('entity', id);
  const depth = transitive === false ? 1 : API_LIMITS.affiliations.bodyDepth;
  if (entity.kind === 'PERSON') {
    const rows = await readPersonAffiliations(executor, id, depth);
    return {
      entity,
      institutions: rows.map((row) => ({
        ...tie(entity, row.institution, row.relation),
        parentChain: row.parents,
      })),
      parentChain: [],
      subBodies: [],
      people: [],
      peopleTruncated: false,
    };
  }
  if (entity.kind === 'INSTITUTION') {
    const [parentChain, subBodies, people] = await Promise.all([
      readParentChain(executor, id, depth),
      readSubBodies(executor, id, depth),
      readPeopleUnder(executor, id, depth, cap + 1),
    ]);
    const bodies = new Map([entity, ...subBodies.map((row) => row.body)].map((b) => [b.id, b]));
    return {
      entity,
      institutions: [],
      parentChain,
      subBodies: subBodies.map((row) => ({
        institution: row.body,
        parent: bodies.get(row.parentId) ?? entity,
        depth: row.depth,
      })),
      people: people.slice(0, cap).map((row) => tie(row.person, row.institution, row.relation)),
      peopleTruncated: people.length > cap,
    };
  }
  throw badInput(
    `Affiliations are defined for people and institutions; "${id}" is ${entity.kind.toLowerCase()}.`,
    { argument: 'id' },
  );
}
