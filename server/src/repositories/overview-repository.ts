import { ENTITY_RELATION_TYPES } from '@guanxi/graph-schema';
import neo4j from 'neo4j-driver';
import type { QueryRunner } from '../db/executor';
import type { EntityPlan } from '../selection/entity-plan';
import { CypherStatement } from './cypher-statement';
import { edgesAmongSubquery, type SubgraphRows } from './neighborhood-repository';
import { parsePlannedEntity, plannedEntityProjection } from './planned-entity-repository';
import { parseRelation } from './relation-record';
import type { TimeFilter } from './relation-time-predicate';

/**
 * How many entities the graph holds and, when that is at most `cap`, all of them ordered by
 * name with the relationships among them (those that held at `time`, when given): one
 * statement, answered from the count store when the graph is too large to draw.
 */
export async function readOverviewRows(
  runner: QueryRunner,
  cap: number,
  edgesPerNode: number,
  plan: EntityPlan,
  read: { evidence: boolean; time?: TimeFilter },
): Promise<{ total: number; subgraph: SubgraphRows | null }> {
  const statement = new CypherStatement();
  const entity = statement.variable('e');
  const [row] = await runner.run(
    'overview',
    `WITH COUNT { (:Entity) } AS total
     CALL (total) {
       MATCH (n:Entity) WHERE total <= $cap
       WITH n ORDER BY n.name, n.id
       RETURN collect(n) AS entities
     }
     CALL (entities) {
       UNWIND entities AS ${entity}
       RETURN collect(${plannedEntityProjection(statement, entity, plan)}) AS projected
     }
     ${edgesAmongSubquery(statement, ENTITY_RELATION_TYPES, edgesPerNode, cap, ['total', 'projected'], read)}
     RETURN total, projected, relations`,
    { ...statement.params, cap: neo4j.int(cap) },
  );
  const total = Number(row?.get('total') ?? 0);
  if (!row || total > cap) return { total, subgraph: null };
  return {
    total,
    subgraph: {
      entities: (row.get('projected') as unknown[]).map((value) => parsePlannedEntity(value, plan)),
      relations: (row.get('relations') as unknown[]).map(parseRelation),
    },
  };
}
