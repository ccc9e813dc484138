import { API_LIMITS, type RelationType } from '@guanxi/graph-schema';
import neo4j from 'neo4j-driver';
import type { QueryRunner } from '../db/executor';
import type { EntityPlan } from '../selection/entity-plan';
import { CypherStatement } from './cypher-statement';
import {
  type PlannedEntity,
  parsePlannedEntity,
  plannedEntityProjection,
} from './planned-entity-repository';
import { parseRelation, type RelationRecord, relationProjection } from './relation-record';
import { relationHeldDuring, type TimeFilter } from './relation-time-predicate';

export interface SubgraphRows {
  /** In the order they were reached (rings by name), or by name for the whole graph. */
  entities: PlannedEntity[];
  /** The first relationships among them by id, at most `edgesPerNode` per entity plus one. */
  relations: RelationRecord[];
}

/**
 * `relations`: the relationships of the allowed types among `entities` (a list of nodes), each
 * entity's own by id and the entities in their order (nearest the centre first), at most
 * `edgesPerNode` per entity plus one in all, so the caller can tell when the cap cut them.
 * Sorting per entity keeps each sort small: a sort over all of them would hold the whole
 * `entities` list with every row, which at 1,000 entities exceeds Neo4j's transaction memory.
 * `maxEntities` bounds the list, so the LIMIT is a parameter the planner pushes down.
 * `carried` are the other variables the statement goes on with; `read.time` keeps only the
 * relationships that held then, and their quotes are read only with `read.evidence`.
 */
export function edgesAmongSubquery(
  statement: CypherStatement,
  types: readonly RelationType[],
  edgesPerNode: number,
  maxEntities: number,
  carried: readonly string[],
  read: { evidence: boolean; time?: TimeFilter },
): string {
  const from = statement.variable('a');
  const to = statement.variable('b');
  const relation = statement.variable('r');
  return `CALL (entities) {
       UNWIND entities AS ${from}
       CALL (${from}, entities) {
         MATCH (${from})-[${relation}]->(${to}:Entity)
         WHERE type(${relation}) IN ${statement.param(types)} AND ${to} IN entities
           AND ${relationHeldDuring(statement, relation, read.time)}
         WITH ${relation} ORDER BY ${relation}.id
         RETURN ${relation}
       }
       WITH ${relation} LIMIT ${statement.param(neo4j.int(maxEntities * edgesPerNode + 1))}
       RETURN collect(${relationProjection(relation, read)}) AS found
     }
     WITH ${[...carried, 'entities'].join(', ')},
          found[0..(size(entities) * ${statement.param(neo4j.int(edgesPerNode))} + 1)] AS relations`;
}

export interface NeighborhoodQuery {
  id: string;
  depth: number;
  limit: number;
  types: readonly RelationType[];
  /** Labels the entities reached must carry one of; null: any. */
  labels: readonly string[] | null;
  edgesPerNode: number;
  /** Only relationships that held then are walked and drawn. */
  time?: TimeFilter;
  /** Whether the relationships' quotes are read. */
  edgeEvidence: boolean;
}

/**
 * One ring of the walk: entities one hop from the frontier, not yet seen, of the allowed
 * labels, ordered by name so that a cut is the same on every run. The ring is skipped past
 * `depth` and once a cut has happened. Written out once per possible ring: depth is bounded.
 */
function ringClauses(statement: CypherStatement, ring: number, query: NeighborhoodQuery): string {
  const from = statement.variable('f');
  const link = statement.variable('r');
  const reached = statement.variable('n');
  const labels = statement.param(query.labels);
  return `CALL (entities, frontier, truncated) {
       UNWIND CASE WHEN truncated OR ${statement.param(neo4j.int(ring))} > $depth THEN [] ELSE frontier END AS ${from}
       MATCH (${from})-[${link}]-(${reached}:Entity)
       WHERE type(${link}) IN $types
         AND NOT ${reached} IN entities
         AND ${relationHeldDuring(statement, link, query.time)}
         AND (${labels} IS NULL OR any(label IN labels(${reached}) WHERE label IN ${labels}))
       WITH DISTINCT ${reached} ORDER BY ${reached}.name, ${reached}.id
       LIMIT $limit
       RETURN collect(${reached}) AS next
     }
     WITH entities, next, $limit - size(entities) AS room, truncated
     WITH entities + next[0..room] AS entities, next[0..room] AS frontier,
          truncated OR size(next) > room AS truncated`;
}

/**
 * The entities within `depth` hops of one, ring by ring, and the relationships among them, in
 * one statement; undefined when no entity has the id. `truncated` says a ring was cut.
 */
export async function readNeighborhoodRows(
  runner: QueryRunner,
  query: NeighborhoodQuery,
  plan: EntityPlan,
): Promise<(SubgraphRows & { truncated: boolean }) | undefined> {
  const statement = new CypherStatement();
  const rings = Array.from({ length: API_LIMITS.neighborhood.depth.max }, (_, index) =>
    ringClauses(statement, index + 1, query),
  );
  const entity = statement.variable('e');
  const [row] = await runner.run(
    'neighborhood',
    `MATCH (start:Entity {id: $id})
     WITH [start] AS entities, [start] AS frontier, false AS truncated
     ${rings.join('\n     ')}
     CALL (entities) {
       UNWIND entities AS ${entity}
       RETURN collect(${plannedEntityProjection(statement, entity, plan)}) AS projected
     }
     WITH entities, projected, truncated
     ${edgesAmongSubquery(statement, query.types, query.edgesPerNode, query.limit, ['projected', 'truncated'], { evidence: query.edgeEvidence, time: query.time })}
     RETURN projected, relations, truncated`,
    {
      ...statement.params,
      id: query.id,
      depth: neo4j.int(query.depth),
      limit: neo4j.int(query.limit),
      types: query.types,
    },
  );
  if (!row) return undefined;
  return {
    entities: (row.get('projected') as unknown[]).map((value) => parsePlannedEntity(value, plan)),
    relations: (row.get('relations') as unknown[]).map(parseRelation),
    truncated: row.get('truncated') as boolean,
  };
}
