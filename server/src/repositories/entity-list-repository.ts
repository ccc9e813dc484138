import {
  ENTITY_LABEL,
  ENTITY_RELATION_TYPES,
  type EntityKind,
  LABEL_OF_KIND,
  type OrderableScore,
  SCORE_PROPERTIES,
  SEARCH_KEYS_PROPERTY,
  searchFormsOf,
} from '@guanxi/graph-schema';
import neo4j from 'neo4j-driver';
import type { QueryRunner } from '../db/executor';
import type { EntityPlan } from '../selection/entity-plan';
import { CypherStatement } from './cypher-statement';
import {
  type PlannedEntity,
  parsePlannedEntity,
  plannedEntityProjection,
} from './planned-entity-repository';
import { relationHeldDuring, type TimeFilter } from './relation-time-predicate';

export interface EntityListFilter {
  /** Matches any form of the name or an alias, as search does: pinyin, abbreviations, … */
  nameContains?: string;
  /** Stored `kind` of an institution or place. */
  storedKind?: string;
  /** Id of an industry the entity (or a body the person serves) prioritises. */
  industry?: string;
  /** Id of any entity directly linked to this one. */
  relatedTo?: string;
  /**
   * Only entities with a relationship that held then: to `relatedTo` when given, else to any
   * entity.
   */
  time?: TimeFilter;
}

export type EntityOrderField = 'NAME' | 'ID' | ScoreOrderField;
export type SortDirection = 'ASC' | 'DESC';

/** The stored graph-wide score each score order reads. */
const SCORE_OF_ORDER = {
  DEGREE: 'degree',
  BETWEENNESS: 'betweenness',
  PAGE_RANK: 'pageRank',
} as const satisfies Record<string, OrderableScore>;
export type ScoreOrderField = keyof typeof SCORE_OF_ORDER;

export const isScoreOrder = (field: EntityOrderField): field is ScoreOrderField =>
  field in SCORE_OF_ORDER;

export interface EntityListOrder {
  field: EntityOrderField;
  direction: SortDirection;
}

/**
 * Where a page starts: after the entity with this sort key (`name` only in name order, `score`
 * only in a score order, null for an entity without scores).
 */
export interface ListKey {
  name: string;
  id: string;
  score?: number | null;
}

export interface EntityListQuery {
  kind: EntityKind;
  filter: EntityListFilter;
  order: EntityListOrder;
  after: ListKey | null;
  limit: number;
  /** Counting every match costs a pass over them: only when the selection reads the total. */
  withTotal: boolean;
}

export interface EntityListPage {
  items: PlannedEntity[];
  /** Parallel to `items` in a score order: the score each was ordered by. */
  scores: (number | null)[];
  /** Undefined when not asked for. */
  total: number | undefined;
  hasMore: boolean;
}

/**
 * Where the candidates come from: the related entity or the industry when the filter names
 * one (a handful of neighbours, not the whole label), else the label, whose name and id indexes
 * give the order (`labelHint` names the index to walk there). Labels and types are graph-schema
 * constants; the ids are parameters.
 */
function candidates(
  statement: CypherStatement,
  kind: EntityKind,
  filter: EntityListFilter,
  labelHint = '',
) {
  const label = LABEL_OF_KIND[kind];
  if (filter.relatedTo) {
    return `MATCH (:${ENTITY_LABEL} {id: ${statement.param(filter.relatedTo)}})-[link]-(n:${label})
       WHERE type(link) <> 'MENTIONED' AND ${relationHeldDuring(statement, 'link', filter.time)}
       WITH DISTINCT n`;
  }
  if (filter.industry) {
    return `MATCH (industry:Industry {id: ${statement.param(filter.industry)}})
       CALL (industry) {
         MATCH (n:${label})-[:PRIORITIZES]->(industry) RETURN n
         UNION
         MATCH (n:${label})-[:HOLDS_POSITION|MEMBER_OF]->(:Institution)-[:PRIORITIZES]->(industry) RETURN n
       }
       WITH DISTINCT n`;
  }
  // Both labels: the name index is on every entity's :Entity label.
  return `MATCH (n:${ENTITY_LABEL}:${label}) ${labelHint}`;
}

/** The filter's conditions that the candidates do not already guarantee. */
function conditions(statement: CypherStatement, filter: EntityListFilter): string[] {
  const where: string[] = [];
  if (filter.nameContains) {
    const forms = statement.param(searchFormsOf(filter.nameContains));
    where.push(`any(key IN coalesce(n.${SEARCH_KEYS_PROPERTY}, [])
       WHERE any(form IN ${forms} WHERE key CONTAINS form))`);
  }
  if (filter.storedKind) where.push(`n.kind = ${statement.param(filter.storedKind)}`);
  if (filter.time && !filter.relatedTo) {
    const link = statement.variable('link');
    where.push(`EXISTS { (n)-[${link}:${ENTITY_RELATION_TYPES.join('|')}]-(:${ENTITY_LABEL})
       WHERE ${relationHeldDuring(statement, link, filter.time)} }`);
  }
  if (filter.industry && filter.relatedTo) {
    const industry = statement.param(filter.industry);
    where.push(`(EXISTS { (n)-[:PRIORITIZES]->(:Industry {id: ${industry}}) }
       OR EXISTS { (n)-[:HOLDS_POSITION|MEMBER_OF]->(:Institution)-[:PRIORITIZES]->(:Industry {id: ${industry}}) })`);
  }
  return where;
}

/**
 * Past the key of the previous page in name or id order, as an index range: `n.name >= $name`
 * lets the planner seek the name index, the rest breaks ties by id. Without a key, `IS NOT NULL`
 * lets it scan the index in order.
 */
function keyset(statement: CypherStatement, order: EntityListOrder, after: ListKey | null) {
  const [beyond, atOrBeyond] = order.direction === 'ASC' ? ['>', '>='] : ['<', '<='];
  if (order.field === 'ID') {
    return after ? `n.id ${beyond} ${statement.param(after.id)}` : 'n.id IS NOT NULL';
  }
  if (!after) return 'n.name IS NOT NULL';
  const name = statement.param(after.name);
  return `n.name ${atOrBeyond} ${name} AND (n.name ${beyond} ${name} OR n.id ${beyond} ${statement.param(after.id)})`;
}

/** The stored score a score order sorts by, or null in the other orders. */
const sortScore = ({ field }: EntityListOrder): string =>
  isScoreOrder(field) ? `n.${SCORE_PROPERTIES[SCORE_OF_ORDER[field]]}` : 'null';

/**
 * Walk the label's score index: from the top on a first page, from the key (a seek) after one.
 * Left to itself, the planner sometimes scans from the top down to a deep key instead (seen on
 * a freshly scored graph), which makes a page cost its depth.
 */
function scoreIndexHint({ kind, order, after }: EntityListQuery): string {
  if (!isScoreOrder(order.field)) return '';
  if (after && (after.score === null || after.score === undefined)) return '';
  const index = `n:${LABEL_OF_KIND[kind]}(${SCORE_PROPERTIES[SCORE_OF_ORDER[order.field]]})`;
  return `USING INDEX ${after ? 'SEEK ' : ''}${index}`;
}

/**
 * Past the key of the previous page among the scored entities, as a range on the score alone
 * (`<= $score`, or `IS NOT NULL` on the first page) so that the planner walks the score index
 * in order and only breaks ties by id; a key without a score lies past every scored entity.
 */
function scoredKeyset(statement: CypherStatement, order: EntityListOrder, after: ListKey | null) {
  const score = sortScore(order);
  if (!after) return `${score} IS NOT NULL`;
  if (after.score === null || after.score === undefined) return 'false';
  const [beyond, atOrBeyond] = order.direction === 'ASC' ? ['>', '>='] : ['<', '<='];
  const value = statement.param(after.score);
  return `${score} ${atOrBeyond} ${value} AND (${score} ${beyond} ${value} OR n.id ${beyond} ${statement.param(after.id)})`;
}

/**
 * Past the key of the previous page among the entities without the score, as an id range that
 * starts nowhere (null) while the scored entities still fill the page: the planner cannot run
 * the range before that is known, so a page of scored entities never reads the others.
 */
function unscoredKeyset(
  statement: CypherStatement,
  order: EntityListOrder,
  after: ListKey | null,
  needed: string,
) {
  const inUnscored = after !== null && (after.score === null || after.score === undefined);
  const from = statement.param(inUnscored ? after.id : '');
  const beyond = order.direction === 'ASC' ? '>' : '<';
  return `n.id ${inUnscored ? beyond : '>='} CASE WHEN ${needed} THEN ${from} END`;
}

/** Name or id order: one more than a page of candidates past the key, in index order. */
function keyOrderedNodes(statement: CypherStatement, query: EntityListQuery, limit: string) {
  const { direction } = query.order;
  const where = [
    ...conditions(statement, query.filter),
    keyset(statement, query.order, query.after),
  ];
  const order =
    query.order.field === 'NAME' ? `n.name ${direction}, n.id ${direction}` : `n.id ${direction}`;
  return `CALL () {
       ${candidates(statement, query.kind, query.filter)}
       WHERE ${where.join(' AND ')}
       WITH n ORDER BY ${order} LIMIT ${limit}
       RETURN collect(n) AS nodes
     }`;
}

/**
 * Score order: the scored entities past the key, walked in score-index order, then, only when
 * they do not fill the page, those without the score (never analysed, or written since) in
 * id-index order, so every entity is listed exactly once. A sort over both (`n.score IS NULL`
 * first) would read every entity of the label for each page.
 */
function scoreOrderedNodes(statement: CypherStatement, query: EntityListQuery, limit: string) {
  const { order, after } = query;
  const score = sortScore(order);
  const scored = [...conditions(statement, query.filter), scoredKeyset(statement, order, after)];
  const unscored = [
    unscoredKeyset(statement, order, after, `size(scored) < ${limit}`),
    `${score} IS NULL`,
    ...conditions(statement, query.filter),
  ];
  return `CALL () {
       ${candidates(statement, query.kind, query.filter, scoreIndexHint(query))}
       WHERE ${scored.join(' AND ')}
       WITH n ORDER BY ${score} ${order.direction}, n.id ${order.direction} LIMIT ${limit}
       RETURN collect(n) AS scored
     }
     CALL (scored) {
       ${candidates(statement, query.kind, query.filter)}
       WHERE ${unscored.join(' AND ')}
       WITH n ORDER BY n.id ${order.direction} LIMIT ${limit}
       RETURN collect(n) AS unscored
     }
     WITH (scored + unscored)[0..${limit}] AS nodes`;
}

const isUnfiltered = (filter: EntityListFilter): boolean =>
  !filter.nameContains &&
  !filter.storedKind &&
  !filter.industry &&
  !filter.relatedTo &&
  !filter.time;

/** The total of matches: from the count store for a bare label, else counted. */
function totalSubquery(statement: CypherStatement, query: EntityListQuery): string {
  if (isUnfiltered(query.filter)) {
    return `RETURN COUNT { (:${LABEL_OF_KIND[query.kind]}) } AS total`;
  }
  const where = conditions(statement, query.filter);
  return `${candidates(statement, query.kind, query.filter)}
     ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     RETURN count(n) AS total`;
}

/**
 * One page of entities of a kind, with what the selection reads of each, after a keyset: the
 * index gives the order and the page stops after `limit + 1` rows, so a page costs the same
 * however many entities the label holds. The total is counted only when asked for.
 */
export async function readEntityPage(
  runner: QueryRunner,
  query: EntityListQuery,
  plan: EntityPlan,
): Promise<EntityListPage> {
  const statement = new CypherStatement();
  const limit = statement.param(neo4j.int(query.limit + 1));
  const nodes = isScoreOrder(query.order.field)
    ? scoreOrderedNodes(statement, query, limit)
    : keyOrderedNodes(statement, query, limit);
  const total = query.withTotal
    ? `CALL () {
     ${totalSubquery(statement, query)}
   }`
    : 'WITH page, null AS total';
  const [row] = await runner.run(
    `entityList:${query.kind}`,
    `CALL () {
       ${nodes}
       UNWIND nodes AS n
       RETURN collect({ node: ${plannedEntityProjection(statement, 'n', plan)}, score: ${sortScore(query.order)} }) AS page
     }
     ${total}
     RETURN page, total`,
    statement.params,
  );
  const page = (row?.get('page') ?? []) as { node: unknown; score: number | null }[];
  const items = page.slice(0, query.limit);
  const counted = row?.get('total') as unknown;
  return {
    items: items.map(({ node }) => parsePlannedEntity(node, plan)),
    scores: items.map(({ score }) => score),
    total: counted === null || counted === undefined ? undefined : Number(counted),
    hasMore: page.length > query.limit,
  };
}
