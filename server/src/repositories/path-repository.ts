import { API_LIMITS, ENTITY_RELATION_TYPES, type RelationType } from '@guanxi/graph-schema';
import { int } from 'neo4j-driver';
import { z } from 'zod';
import type { QueryRunner } from '../db/executor';
import { CypherStatement } from './cypher-statement';
import { type EntityRecord, entityProjection, parseEntity } from './entity-record';
import { parseRelation, type RelationRecord, relationProjection } from './relation-record';
import { relationHeldDuring, type TimeFilter } from './relation-time-predicate';

/** One bounded shortest-path search towards the common target. */
export interface PathSearch {
  from: string;
  maxHops: number;
  /** Entities the path may not pass through. */
  avoid: readonly string[];
  /** Entities the path may not step to straight from `from`: the ways already taken from it. */
  notFirst: readonly string[];
}

export interface FoundPath {
  /** Index of the search in the list asked for. */
  search: number;
  /** From the search's `from` to the target. */
  nodes: EntityRecord[];
  /** In travel order; each in its natural direction. */
  relations: RelationRecord[];
}

export interface PathSearchQuery {
  to: string;
  types: readonly RelationType[];
  searches: readonly PathSearch[];
  /** How many paths each search answers at most: its best-ranked ones. */
  best: number;
  /** How many equally short paths one search lists before ranking them; bounds its memory. */
  listedPerSearch: number;
  /** Only relationships that held then are walked. */
  time?: TimeFilter;
}

const TRAVERSABLE = new Set<RelationType>(ENTITY_RELATION_TYPES);
const MAX_HOPS = API_LIMITS.connections.hops.max;

const FoundPathRowSchema = z.object({
  search: z.number(),
  nodes: z.array(z.unknown()),
  relations: z.array(z.unknown()),
});

const assertCount = (name: string, value: number, max: number): number => {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(`${name} must be a whole number from 1 to ${max}, got ${value}`);
  }
  return value;
};

/**
 * Neo4j's `allShortestPaths` is a bidirectional breadth-first search, cheap even through hubs of
 * thousands of ties; its per-node and per-relationship predicates are checked during the search.
 * (The steps not to take again are excluded as relationships: comparing each relationship's ends
 * with the start during the search costs more.) Its bound must be a literal, so each possible
 * bound gets its own branch and every search runs only the branch of its own bound: one
 * statement text per set of types (and whether a date is asked), planned once.
 */
const boundedSearchBranch = (hops: number, pattern: string, held: string): string =>
  `WITH search, avoided, takenSteps WHERE search.maxHops = ${hops}
       MATCH (start:Entity {id: search.from}), (target:Entity {id: $to})
       MATCH p = allShortestPaths((start)-[${pattern}*..${hops}]-(target))
       WHERE none(n IN nodes(p) WHERE n IN avoided) AND none(r IN relationships(p) WHERE r IN takenSteps)
         AND all(r IN relationships(p) WHERE ${held})
       RETURN p LIMIT $listedPerSearch`;

/**
 * For each search, its `best` shortest paths from its start to `to` within its bound, over the
 * allowed entity-to-entity types only (so never through a Source): distinct entity sequences,
 * ranked by the ids along them, each by its relationships of the lowest ids. Ranking in the
 * statement keeps the answer small however many equally short paths run through a hub. All
 * searches run in one statement, which also reads what the answered paths pass (entities, and
 * relationships with their evidence), so no second round trip is needed to tell them.
 */
export async function readShortestPathsTo(
  runner: QueryRunner,
  query: PathSearchQuery,
): Promise<FoundPath[]> {
  const types = query.types.filter((type) => TRAVERSABLE.has(type));
  if (types.length === 0 || query.searches.length === 0) return [];
  for (const search of query.searches) assertCount('a search bound', search.maxHops, MAX_HOPS);
  const pattern = `:${[...new Set(types)].sort().join('|')}`;
  const statement = new CypherStatement();
  const held = relationHeldDuring(statement, 'r', query.time);
  const branches = Array.from({ length: MAX_HOPS }, (_, index) =>
    boundedSearchBranch(index + 1, pattern, held),
  );
  const rows = await runner.run(
    'shortestPathsTo',
    `UNWIND range(0, size($searches) - 1) AS index
     WITH index, $searches[index] AS search
     CALL (search) {
       OPTIONAL MATCH (a:Entity) WHERE a.id IN search.avoid
       RETURN collect(a) AS avoided
     }
     CALL (search) {
       UNWIND search.notFirst AS next
       MATCH (start:Entity {id: search.from}), (taken:Entity {id: next})
       MATCH (start)-[step]-(taken)
       RETURN collect(step) AS takenSteps
     }
     CALL (search, avoided, takenSteps) {
       ${branches.join('\n       UNION ALL\n       ')}
     }
     WITH index, p, [n IN nodes(p) | n.id] AS nodeIds
     ORDER BY index, nodeIds, [r IN relationships(p) | r.id]
     WITH index, nodeIds, collect(p)[0] AS p
     ORDER BY index, nodeIds
     WITH index, collect({nodeIds: nodeIds, p: p})[..$best] AS ranked
     UNWIND ranked AS path
     RETURN index AS search, [n IN nodes(path.p) | ${entityProjection('n')}] AS nodes,
            [r IN relationships(path.p) | ${relationProjection('r')}] AS relations`,
    {
      ...statement.params,
      to: query.to,
      searches: query.searches.map((search) => ({
        from: search.from,
        maxHops: search.maxHops,
        avoid: search.avoid,
        notFirst: search.notFirst,
      })),
      best: int(assertCount('best', query.best, API_LIMITS.connections.paths.max)),
      listedPerSearch: int(assertCount('listedPerSearch', query.listedPerSearch, 100_000)),
    },
  );
  return rows.map((row) => {
    const parsed = FoundPathRowSchema.parse({
      search: Number(row.get('search')),
      nodes: row.get('nodes'),
      relations: row.get('relations'),
    });
    return {
      search: parsed.search,
      nodes: parsed.nodes.map(parseEntity),
      relations: parsed.relations.map(parseRelation),
    };
  });
}

/** Which of `ids` name an entity: tells an unknown end from two ends no path joins. */
export async function readExistingEntityIds(
  runner: QueryRunner,
  ids: readonly string[],
): Promise<Set<string>> {
  const rows = await runner.run(
    'existingEntityIds',
    'MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id',
    { ids },
  );
  return new Set(rows.map((row) => z.string().parse(row.get('id'))));
}
