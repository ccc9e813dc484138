import {
  ENTITY_LABEL,
  LABEL_OF_KIND,
  RELATION_TYPES,
  type RelationType,
} from '@guanxi/graph-schema';
import neo4j from 'neo4j-driver';
import type { QueryRunner } from '../db/executor';
import type { EntityPlan, SourcePlan } from '../selection/entity-plan';
import type { PlannedTie } from './affiliation-repository';
import { parsePlannedTie, plannedTieProjection } from './analysis-tie-projection';
import { CypherStatement } from './cypher-statement';
import {
  type PlannedEntity,
  parsePlannedEntity,
  plannedEntityProjection,
} from './planned-entity-repository';

export interface CommonConnectionsQuery {
  /** The given entities, distinct. */
  ids: readonly string[];
  /** The types a given entity's own tie may have: graph-schema constants, written in. */
  types: readonly RelationType[];
  direct: boolean;
  throughBody: boolean;
  first: number;
  tiesPerEntity: number;
}

/** How one given entity reaches a connection: one relationship, or two through `body`. */
export interface CommonRouteRow {
  givenId: string;
  body: PlannedEntity | null;
  /** In travel order, from the given entity to the connection. */
  steps: PlannedTie[];
}

export interface CommonConnectionRow {
  connection: PlannedEntity;
  /** Given entities tied to it. */
  shared: number;
  /** Given entities tied to it directly. */
  direct: number;
  routes: CommonRouteRow[];
}

export interface CommonConnectionRows {
  /** The given entities the graph holds; an id missing here names no entity. */
  given: PlannedEntity[];
  /** Ranked: shared, then direct (both descending), then tie type, name and id. */
  connections: CommonConnectionRow[];
}

/** What PART_OF joins: checked before expanding it from each of a hub's thousands of members. */
const BODY_LABELS = `${LABEL_OF_KIND.INSTITUTION}|${LABEL_OF_KIND.EVENT}`;

/**
 * Where a given entity's routes to a connection start: its own ties, and the hierarchy step from
 * the body they pass (the body sits under the connection, or under the given entity).
 */
function routeBranches(query: CommonConnectionsQuery): string[] {
  const ties = query.types.join('|');
  const branches: string[] = [];
  if (query.direct) {
    branches.push(`MATCH (given)-[tie:${ties}]-(connection:${ENTITY_LABEL})
       RETURN connection, null AS body, [tie] AS steps, type(tie) AS tieType`);
  }
  if (query.throughBody) {
    branches.push(
      `MATCH (given)-[tie:${ties}]-(body:${BODY_LABELS})-[up:PART_OF]->(connection:${ENTITY_LABEL})
       RETURN connection, body, [tie, up] AS steps, type(tie) AS tieType`,
      `MATCH (given)<-[down:PART_OF]-(body)-[tie:${ties}]-(connection:${ENTITY_LABEL})
       RETURN connection, body, [down, tie] AS steps, type(tie) AS tieType`,
    );
  }
  return branches;
}

/**
 * The entities tied to at least two of the given ones, ranked, with their routes (at most
 * `tiesPerEntity` per given entity, direct ones first), and the given entities themselves: one
 * statement. UNION drops the route both body branches find when its two steps are PART_OF. Routes
 * are ordered only for the connections kept: a hub yields tens of thousands of candidates.
 */
export async function readCommonConnectionRows(
  runner: QueryRunner,
  query: CommonConnectionsQuery,
  plan: EntityPlan,
  tieSources: SourcePlan | null,
): Promise<CommonConnectionRows> {
  const statement = new CypherStatement();
  const entity = (variable: string) => plannedEntityProjection(statement, variable, plan);
  const ids = statement.param(query.ids);
  const typeRank = statement.param(Object.fromEntries(RELATION_TYPES.map((type, i) => [type, i])));
  const [row] = await runner.run(
    'commonConnections',
    `CALL () {
       MATCH (given:${ENTITY_LABEL}) WHERE given.id IN ${ids}
       CALL (given) {
         ${routeBranches(query).join('\n         UNION\n         ')}
       }
       WITH given, connection, body, steps, tieType
       WHERE NOT connection.id IN ${ids}
       WITH connection, given, collect({ body: body, steps: steps }) AS routes,
            max(CASE WHEN body IS NULL THEN 1 ELSE 0 END) AS direct,
            min(${typeRank}[tieType]) AS typeRank
       WITH connection, count(given) AS shared, sum(direct) AS direct, min(typeRank) AS typeRank,
            collect({ given: given.id, routes: routes }) AS ties
       WHERE shared >= 2
       ORDER BY shared DESC, direct DESC, typeRank, connection.name, connection.id
       LIMIT ${statement.param(neo4j.int(query.first))}
       RETURN collect({ connection: connection, shared: shared, direct: direct, ties: ties }) AS ranked
     }
     RETURN COLLECT { MATCH (g:${ENTITY_LABEL}) WHERE g.id IN ${ids} RETURN ${entity('g')} } AS given,
       COLLECT {
         UNWIND ranked AS ranking
         WITH ranking.connection AS connection, ranking
         RETURN {
           connection: ${entity('connection')},
           shared: ranking.shared,
           direct: ranking.direct,
           routes: COLLECT {
             UNWIND ranking.ties AS tie
             CALL (tie) {
               UNWIND tie.routes AS route
               WITH route
               ORDER BY route.body IS NOT NULL, route.body.name, route.body.id, [step IN route.steps | step.id]
               LIMIT ${statement.param(neo4j.int(query.tiesPerEntity))}
               RETURN route
             }
             WITH tie.given AS givenId, route.body AS body, route.steps AS steps
             RETURN {
               givenId: givenId,
               body: CASE WHEN body IS NULL THEN null ELSE ${entity('body')} END,
               steps: COLLECT { UNWIND steps AS step RETURN ${plannedTieProjection(statement, 'step', tieSources)} }
             }
           }
         }
       } AS connections`,
    statement.params,
  );
  type Row = Record<string, unknown>;
  const planned = (value: unknown) => parsePlannedEntity(value, plan);
  return {
    given: ((row?.get('given') ?? []) as unknown[]).map(planned),
    connections: ((row?.get('connections') ?? []) as Row[]).map((value) => ({
      connection: planned(value.connection),
      shared: Number(value.shared),
      direct: Number(value.direct),
      routes: (value.routes as Row[]).map((route) => ({
        givenId: String(route.givenId),
        body: route.body === null ? null : planned(route.body),
        steps: (route.steps as unknown[]).map(parsePlannedTie),
      })),
    })),
  };
}
