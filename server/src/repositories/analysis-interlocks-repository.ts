import { ENTITY_LABEL, LABEL_OF_KIND } from '@guanxi/graph-schema';
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

export interface InterlocksQuery {
  /** Only pairs of these bodies, when given. */
  ids: readonly string[] | null;
  /** Only pairs of bodies of these stored kinds ("academy" …), when given. */
  kinds: readonly string[] | null;
  minShared: number;
  first: number;
  peopleCap: number;
}

export interface SharedPersonRow {
  person: PlannedEntity;
  /** The person's offices and memberships at either body of the pair. */
  ties: PlannedTie[];
}

export interface InterlockRow {
  /** The two bodies, in name order. */
  institutions: [PlannedEntity, PlannedEntity];
  shared: number;
  /** At most `peopleCap`, by name. */
  people: SharedPersonRow[];
}

export interface InterlockRows {
  /** What each of `ids` names in the graph: its labels; absent ids name nothing. */
  labelsById: Map<string, string[]>;
  /** Ranked: shared, descending, then the bodies' names and ids. */
  interlocks: InterlockRow[];
}

const INSTITUTION = LABEL_OF_KIND.INSTITUTION;
const PERSON = LABEL_OF_KIND.PERSON;
/** Offices and memberships: what makes a person part of a body. */
const BELONGS = 'HOLDS_POSITION|MEMBER_OF';

/**
 * Pairs of bodies that share at least `minShared` people, ranked by how many, each with the
 * first people by name and their ties to either body: one statement. Each pair is counted once,
 * its bodies in name order; its people are kept from the count, not found again (a hub body's
 * thousands of members would be expanded once per pair).
 */
export async function readInterlockRows(
  runner: QueryRunner,
  query: InterlocksQuery,
  plan: EntityPlan,
  tieSources: SourcePlan | null,
): Promise<InterlockRows> {
  const statement = new CypherStatement();
  const entity = (variable: string) => plannedEntityProjection(statement, variable, plan);
  const conditions = ['(a.name < b.name OR (a.name = b.name AND a.id < b.id))'];
  const ids = statement.param(query.ids ?? []);
  if (query.ids) conditions.push(`a.id IN ${ids} AND b.id IN ${ids}`);
  if (query.kinds) {
    const kinds = statement.param(query.kinds);
    conditions.push(`a.kind IN ${kinds} AND b.kind IN ${kinds}`);
  }
  const [row] = await runner.run(
    'interlocks',
    `CALL () {
       MATCH (a:${INSTITUTION})<-[:${BELONGS}]-(person:${PERSON})-[:${BELONGS}]->(b:${INSTITUTION})
       WHERE ${conditions.join(' AND ')}
       WITH a, b, collect(DISTINCT person) AS people
       WITH a, b, people, size(people) AS shared
       WHERE shared >= ${statement.param(neo4j.int(query.minShared))}
       ORDER BY shared DESC, a.name, b.name, a.id, b.id
       LIMIT ${statement.param(neo4j.int(query.first))}
       RETURN collect({ a: a, b: b, shared: shared, people: people }) AS ranked
     }
     RETURN COLLECT {
         MATCH (e:${ENTITY_LABEL}) WHERE e.id IN ${ids} RETURN { id: e.id, labels: labels(e) }
       } AS named,
       COLLECT {
         UNWIND ranked AS pair
         WITH pair.a AS a, pair.b AS b, pair.shared AS shared, pair.people AS people
         RETURN {
           institutions: [${entity('a')}, ${entity('b')}],
           shared: shared,
           people: COLLECT {
             UNWIND people AS person
             WITH person ORDER BY person.name, person.id
             LIMIT ${statement.param(neo4j.int(query.peopleCap))}
             RETURN {
               person: ${entity('person')},
               ties: COLLECT {
                 MATCH (person)-[tie:${BELONGS}]->(body:${INSTITUTION}) WHERE body IN [a, b]
                 WITH tie, body ORDER BY body.name, body.id, tie.id
                 RETURN ${plannedTieProjection(statement, 'tie', tieSources)}
               }
             }
           }
         }
       } AS interlocks`,
    statement.params,
  );
  type Row = Record<string, unknown>;
  const planned = (value: unknown) => parsePlannedEntity(value, plan);
  return {
    labelsById: new Map(
      ((row?.get('named') ?? []) as { id: string; labels: string[] }[]).map((named) => [
        named.id,
        named.labels,
      ]),
    ),
    interlocks: ((row?.get('interlocks') ?? []) as Row[]).map((value) => {
      const [a, b] = value.institutions as [unknown, unknown];
      return {
        institutions: [planned(a), planned(b)],
        shared: Number(value.shared),
        people: (value.people as Row[]).map((person) => ({
          person: planned(person.person),
          ties: (person.ties as unknown[]).map(parsePlannedTie),
        })),
      };
    }),
  };
}
