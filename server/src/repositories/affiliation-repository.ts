import { API_LIMITS } from '@guanxi/graph-schema';
import neo4j from 'neo4j-driver';
import type { QueryRunner } from '../db/executor';
import { type EntityRecord, entityProjection, parseEntity } from './entity-record';
import { parseRelation, type RelationRecord, relationProjection } from './relation-record';

/**
 * How many PART_OF steps a chain or tree may span, written into the statement: a literal bound
 * keeps variable-length expansion finite.
 */
const depthLiteral = (depth: number): number => {
  const max = API_LIMITS.affiliations.bodyDepth;
  if (!Number.isInteger(depth) || depth < 1 || depth > max) {
    throw new Error(`body depth must be a whole number from 1 to ${max}, got ${depth}`);
  }
  return depth;
};

/** The longest PART_OF chain above `i`, nearest parent first, as `parents`. */
const parentChainSubquery = (variable: string, depth: number) => `CALL (${variable}) {
       OPTIONAL MATCH chain = (${variable})-[:PART_OF*1..${depthLiteral(depth)}]->(:Institution)
       WITH chain ORDER BY length(chain) DESC LIMIT 1
       RETURN CASE WHEN chain IS NULL THEN [] ELSE [n IN nodes(chain)[1..] | ${entityProjection('n')}] END AS parents
     }`;

export interface PersonAffiliationRow {
  relation: RelationRecord;
  institution: EntityRecord;
  parents: EntityRecord[];
}

/** A person's offices and memberships, each with the chain of bodies above the institution. */
export async function readPersonAffiliations(
  runner: QueryRunner,
  personId: string,
  depth: number,
): Promise<PersonAffiliationRow[]> {
  const rows = await runner.run(
    'personAffiliations',
    `MATCH (:Person {id: $id})-[r:HOLDS_POSITION|MEMBER_OF]->(i:Institution)
     ${parentChainSubquery('i', depth)}
     RETURN ${relationProjection('r')} AS relation, ${entityProjection('i')} AS institution, parents
     ORDER BY i.name, r.id`,
    { id: personId },
  );
  return rows.map((row) => ({
    relation: parseRelation(row.get('relation')),
    institution: parseEntity(row.get('institution')),
    parents: (row.get('parents') as unknown[]).map(parseEntity),
  }));
}

/** The chain of bodies above an institution, nearest first. */
export async function readParentChain(
  runner: QueryRunner,
  institutionId: string,
  depth: number,
): Promise<EntityRecord[]> {
  const [row] = await runner.run(
    'institutionParentChain',
    `MATCH (i:Institution {id: $id})
     ${parentChainSubquery('i', depth)}
     RETURN parents`,
    { id: institutionId },
  );
  return ((row?.get('parents') ?? []) as unknown[]).map(parseEntity);
}

export interface SubBodyRow {
  body: EntityRecord;
  parentId: string;
  depth: number;
}

/** Bodies under an institution, each with its direct parent and how far down it sits. */
export async function readSubBodies(
  runner: QueryRunner,
  institutionId: string,
  depth: number,
): Promise<SubBodyRow[]> {
  const rows = await runner.run(
    'institutionSubBodies',
    `MATCH path = (sub:Institution)-[:PART_OF*1..${depthLiteral(depth)}]->(:Institution {id: $id})
     WITH sub, path ORDER BY length(path)
     WITH sub, head(collect(path)) AS nearest
     RETURN ${entityProjection('sub')} AS body, nodes(nearest)[1].id AS parentId, length(nearest) AS depth
     ORDER BY depth, sub.name`,
    { id: institutionId },
  );
  return rows.map((row) => ({
    body: parseEntity(row.get('body')),
    parentId: String(row.get('parentId')),
    depth: Number(row.get('depth')),
  }));
}

export interface PersonUnderRow {
  person: EntityRecord;
  institution: EntityRecord;
  relation: RelationRecord;
}

/** Everyone who holds an office in or belongs to an institution or a body under it, at most `cap`. */
export async function readPeopleUnder(
  runner: QueryRunner,
  institutionId: string,
  depth: number,
  cap: number,
): Promise<PersonUnderRow[]> {
  const rows = await runner.run(
    'institutionPeopleUnder',
    `MATCH (body:Institution)-[:PART_OF*0..${depthLiteral(depth)}]->(:Institution {id: $id})
     WITH DISTINCT body
     MATCH (person:Person)-[r:HOLDS_POSITION|MEMBER_OF]->(body)
     RETURN ${entityProjection('person')} AS person, ${entityProjection('body')} AS institution,
            ${relationProjection('r')} AS relation
     ORDER BY body.name, person.name, r.id
     LIMIT $cap`,
    { id: institutionId, cap: neo4j.int(cap) },
  );
  return rows.map((row) => ({
    person: parseEntity(row.get('person')),
    institution: parseEntity(row.get('institution')),
    relation: parseRelation(row.get('relation')),
  }));
}
