import { API_LIMITS } from '@guanxi/graph-schema';
import neo4j from 'neo4j-driver';
import type { QueryRunner } from '../db/executor';
import type { EntityPlan, SourcePlan } from '../selection/entity-plan';
import { CypherStatement } from './cypher-statement';
import {
  type PlannedEntity,
  parsePlannedEntity,
  plannedEntityProjection,
} from './planned-entity-repository';
import { parseRelation, type RelationRecord, relationProjection } from './relation-record';
import { relationHeldDuring, type TimeFilter } from './relation-time-predicate';
import { parseSource, type SourceWithText, sourceProjection } from './source-repository';

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

/**
 * The longest PART_OF chain above `i`, nearest parent first, as a list of nodes `parents`;
 * `held` is a predicate on its links `link`.
 */
const parentChainSubquery = (variable: string, depth: number, held: string) => `CALL (${variable}) {
       OPTIONAL MATCH chain = (${variable}:Institution)-[:PART_OF*1..${depthLiteral(depth)}]->(:Institution)
       WHERE all(link IN relationships(chain) WHERE ${held})
       WITH chain ORDER BY length(chain) DESC LIMIT 1
       RETURN CASE WHEN chain IS NULL THEN [] ELSE nodes(chain)[1..] END AS parents
     }`;

export interface PlannedTie {
  relation: RelationRecord;
  /** Sources of the tie's evidence, when the selection reads them. */
  sources: SourceWithText[];
}

export interface PersonAffiliationRow extends PlannedTie {
  institution: PlannedEntity;
  parents: PlannedEntity[];
}

export interface SubBodyRow {
  body: PlannedEntity;
  parent: PlannedEntity;
  depth: number;
}

export interface PersonUnderRow extends PlannedTie {
  person: PlannedEntity;
  institution: PlannedEntity;
}

export interface AffiliationRows {
  entity: PlannedEntity;
  /** A person's offices and memberships, each with the chain of bodies above the institution. */
  institutions: PersonAffiliationRow[];
  /** An institution's chain of bodies above it, nearest first. */
  parentChain: PlannedEntity[];
  /** Bodies under an institution, each with its direct parent and how far down it sits. */
  subBodies: SubBodyRow[];
  /** Everyone in an institution or a body under it, at most `peopleCap`. */
  people: PersonUnderRow[];
}

export interface AffiliationQuery {
  id: string;
  depth: number;
  peopleCap: number;
  /** Only ties and bodies' links that held then. */
  time?: TimeFilter;
}

/**
 * A person's or an institution's ties, in one statement: every part is computed for the kind
 * it applies to and is empty for the other. Undefined when no entity has the id.
 */
export async function readAffiliationRows(
  runner: QueryRunner,
  query: AffiliationQuery,
  plan: EntityPlan,
  tieSources: SourcePlan | null,
): Promise<AffiliationRows | undefined> {
  const statement = new CypherStatement();
  const entity = (variable: string) => plannedEntityProjection(statement, variable, plan);
  const sources = (variable: string) => {
    if (!tieSources) return '';
    const source = statement.variable('s');
    return `, sources: COLLECT { MATCH (${source}:Source) WHERE ${source}.id IN ${variable}.evidenceSourceIds RETURN ${sourceProjection(source, tieSources.text)} }`;
  };
  const depth = depthLiteral(query.depth);
  const heldTie = relationHeldDuring(statement, 'r', query.time);
  const heldLink = relationHeldDuring(statement, 'link', query.time);
  const [row] = await runner.run(
    'affiliations',
    `MATCH (e:Entity {id: $id})
     CALL (e) {
       MATCH (e:Person)-[r:HOLDS_POSITION|MEMBER_OF]->(i:Institution)
       WHERE ${heldTie}
       ${parentChainSubquery('i', depth, heldLink)}
       WITH r, i, parents ORDER BY i.name, r.id
       RETURN collect({
         relation: ${relationProjection('r')}${sources('r')},
         institution: ${entity('i')},
         parents: COLLECT { UNWIND parents AS p RETURN ${entity('p')} }
       }) AS institutions
     }
     ${parentChainSubquery('e', depth, heldLink)}
     CALL (e) {
       MATCH path = (sub:Institution)-[:PART_OF*1..${depth}]->(e:Institution)
       WHERE all(link IN relationships(path) WHERE ${heldLink})
       WITH sub, path ORDER BY length(path)
       WITH sub, head(collect(path)) AS nearest
       WITH sub, nodes(nearest)[1] AS parent, length(nearest) AS depth
       ORDER BY depth, sub.name
       RETURN collect({ body: ${entity('sub')}, parent: ${entity('parent')}, depth: depth }) AS subBodies
     }
     CALL (e) {
       MATCH under = (body:Institution)-[:PART_OF*0..${depth}]->(e:Institution)
       WHERE all(link IN relationships(under) WHERE ${heldLink})
       WITH DISTINCT body
       MATCH (person:Person)-[r:HOLDS_POSITION|MEMBER_OF]->(body)
       WHERE ${heldTie}
       WITH person, body, r ORDER BY body.name, person.name, r.id
       LIMIT $cap
       RETURN collect({
         person: ${entity('person')},
         institution: ${entity('body')},
         relation: ${relationProjection('r')}${sources('r')}
       }) AS people
     }
     RETURN ${entity('e')} AS entity, institutions,
            COLLECT { UNWIND parents AS p RETURN ${entity('p')} } AS parentChain,
            subBodies, people`,
    { ...statement.params, id: query.id, cap: neo4j.int(query.peopleCap) },
  );
  if (!row) return undefined;
  const planned = (value: unknown) => parsePlannedEntity(value, plan);
  const tie = (value: { relation: unknown; sources?: unknown }): PlannedTie => ({
    relation: parseRelation(value.relation),
    sources: Array.isArray(value.sources) ? value.sources.map(parseSource) : [],
  });
  type Row = Record<string, unknown>;
  return {
    entity: planned(row.get('entity')),
    institutions: (row.get('institutions') as Row[]).map((value) => ({
      ...tie(value as { relation: unknown }),
      institution: planned(value.institution),
      parents: (value.parents as unknown[]).map(planned),
    })),
    parentChain: (row.get('parentChain') as unknown[]).map(planned),
    subBodies: (row.get('subBodies') as Row[]).map((value) => ({
      body: planned(value.body),
      parent: planned(value.parent),
      depth: Number(value.depth),
    })),
    people: (row.get('people') as Row[]).map((value) => ({
      ...tie(value as { relation: unknown }),
      person: planned(value.person),
      institution: planned(value.institution),
    })),
  };
}
