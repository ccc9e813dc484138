import {
  ENTITY_LABEL,
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

export interface EntityListFilter {
  /** Matches any form of the name or an alias, as search does: pinyin, abbreviations, … */
  nameContains?: string;
  /** Stored `kind` of an institution or place. */
  storedKind?: string;
  /** Id of an industry the entity (or a body the person serves) prioritises. */
  industry?: string;
  /** Id of any entity directly linked to this one. */
  relatedTo?: string;
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
 * give the order. Labels and types are graph-schema constants; the ids are parameters.
 */
function candidates(statement: CypherStatement, kind: EntityKind, filter: EntityListFilter) {
  const label = LABEL_OF_KIND[kind];
  if (filter.relatedTo) {
    return `MATCH (:${ENTITY_LABEL} {id: ${statement.param(filter.relatedTo)}})-[link]-(n:${label})
       WHERE type(link) <> 'MENTIONED'
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
  return `MATCH (n:${ENTITY_LABEL}:${label})`;
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
  if (filter.industry && filter.relatedTo) {
    const industry = statement.param(filter.industry);
    where.push(`(EXISTS { (n)-[:PRIORITIZES]->(:Industry {id: ${industry}}) }
       OR EXISTS { (n)-[:HOLDS_POSITION|MEMBER_OF]->(:Institution)-[:PRIORITIZES]->(:Industry {id: ${industry}}) })`);
  }
  return where;
}

/**
 * Past the key of the previous page, as an index range: `n.name >= $name` lets the planner seek
 * the name index, the rest breaks ties by id. Without a key, `IS NOT NULL` lets it scan the
 * index in order.
 */
function keyset(statement: CypherStatement, order: EntityListOrder, after: ListKey | null) {
  const [beyond, atOrBeyond] = order.direction === 'ASC' ? ['>', '>='] : ['<', '<='];
  if (isScoreOrder(order.field)) return scoreKeyset(statement, order, after);
  if (order.field === 'ID') {
    return after ? `n.id ${beyond} ${statement.param(after.id)}` : 'n.id IS NOT NULL';
  }
  if (!after) return 'n.name IS NOT NULL';
  const name = statement.param(after.name);
  return `n.name ${atOrBeyond} ${name} AND (n.name ${beyond} ${name} OR n.id ${beyond} ${statement.param(after.id)})`;
}

/**
 * Past the key of the previous page in a score order: scored entities first, then those without
 * scores (never analysed, or written since), by id; so every entity is listed exactly once.
 */
function scoreKeyset(statement: CypherStatement, order: EntityListOrder, after: ListKey | null) {
  if (!after) return 'true';
  const beyond = order.direction === 'ASC' ? '>' : '<';
  const score = sortScore(order);
  const id = statement.param(after.id);
  if (after.score === null || after.score === undefined) {
    return `${score} IS NULL AND n.id ${beyond} ${id}`;
  }
  const value = statement.param(after.score);
  return `(${score} ${beyond} ${value} OR (${score} = ${value} AND n.id ${beyond} ${id}) OR ${score} IS NULL)`;
}

/** The stored score a score order sorts by, or null in the other orders. */
const sortScore = ({ field }: EntityListOrder): string =>
  isScoreOrder(field) ? `n.${SCORE_PROPERTIES[SCORE_OF_ORDER[field]]}` : 'null';

function orderBy(order: EntityListOrder): string {
  const { field, direction } = order;
  if (field === 'NAME') return `n.name ${direction}, n.id ${direction}`;
  if (field === 'ID') return `n.id ${direction}`;
  // Cypher sorts nulls first when descending: the IS NULL key puts them last either way.
  const score = sortScore(order);
  return `${score} IS NULL, ${score} ${direction}, n.id ${direction}`;
}

const isUnfiltered = (filter: EntityListFilter): boolean =>
  !filter.nameContains && !filter.storedKind && !filter.industry && !filter.relatedTo;

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
  const where = [
    ...conditions(statement, query.filter),
    keyset(statement, query.order, query.after),
  ];
  const total = query.withTotal
    ? `CALL () {
     ${totalSubquery(statement, query)}
   }`
    : 'WITH page, null AS total';
  const [row] = await runner.run(
    `entityList:${query.kind}`,
    `CALL () {
       ${candidates(statement, query.kind, query.filter)}
       WHERE ${where.join(' AND ')}
       WITH n ORDER BY ${orderBy(query.order)}
       LIMIT ${statement.param(neo4j.int(query.limit + 1))}
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
