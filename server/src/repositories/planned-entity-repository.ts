import { kindOfLabel, LABEL_OF_KIND, RELATION_TYPE_DEFINITIONS } from '@guanxi/graph-schema';
import neo4j from 'neo4j-driver';
import type { EntityPlan, RelationPlan, SourcePlan } from '../selection/entity-plan';
import type { RelationFieldSpec } from './relation-page-repository';
import type { CypherStatement } from './cypher-statement';
import { type EntityRecord, entityProjection, parseEntity, storedRow } from './entity-record';
import { parseRelation, type RelationRecord, relationProjection } from './relation-record';
import { parseSource, type SourceWithText, sourceProjection } from './source-repository';

/*
 * The compiler half of the selection planner: an EntityPlan becomes one Cypher projection with a
 * COUNT {} and a COLLECT {} subquery per relationship page, nested as deep as the selection, so a
 * whole GraphQL read is one statement. Pages keep the loaders' order: o.name, then r.id.
 */

/** An entity as the plan projected it: the record, its planned pages and its evidence sources. */
export interface PlannedEntity {
  record: EntityRecord;
  /** Parallel to the plan's relations; null where the entity is not of the field's type. */
  pages: (PlannedPage | null)[];
  sources: SourceWithText[];
}

export interface PlannedPage {
  plan: RelationPlan;
  total: number;
  items: { relation: RelationRecord; other: PlannedEntity; sources: SourceWithText[] }[];
}

/** A graph-schema label, checked before it is written into a statement. */
function labelOf(typeName: string): string {
  if (!kindOfLabel(typeName)) throw new Error(`${typeName} is no entity label`);
  return typeName;
}

/** The sources that evidence stored on `variable` (a node or relationship) quotes. */
const sourcesSubquery = (statement: CypherStatement, variable: string, plan: SourcePlan) => {
  const source = statement.variable('s');
  return `COLLECT { MATCH (${source}:Source) WHERE ${source}.id IN ${variable}.evidenceSourceIds RETURN ${sourceProjection(source, plan.text)} }`;
};

/**
 * Whether graph-schema allows only the field's label at the other end of its types (offices and
 * memberships always start at a person): its total is then the degree store's count, read
 * without visiting the thousands of neighbours a large body has.
 */
const otherLabelImplied = (spec: RelationFieldSpec): boolean =>
  spec.types.every((type) =>
    RELATION_TYPE_DEFINITIONS[type].ends.every(([from, to]) => {
      const other = spec.direction === 'out' ? to : from;
      return other !== 'SOURCE' && LABEL_OF_KIND[other] === spec.otherLabel;
    }),
  );

function pageSubqueries(statement: CypherStatement, entity: string, plan: RelationPlan): string {
  const relation = statement.variable('r');
  const other = statement.variable('o');
  const { spec } = plan;
  const types = spec.types.join('|');
  const arrow =
    spec.direction === 'out'
      ? `(${entity})-[${relation}:${types}]->(${other}:${spec.otherLabel})`
      : `(${entity})<-[${relation}:${types}]-(${other}:${spec.otherLabel})`;
  const counted = otherLabelImplied(spec)
    ? spec.direction === 'out'
      ? `(${entity})-[:${types}]->()`
      : `(${entity})<-[:${types}]-()`
    : arrow;
  const sources = plan.evidenceSources
    ? `, sources: ${sourcesSubquery(statement, relation, plan.evidenceSources)}`
    : '';
  return `CASE WHEN ${entity}:${labelOf(plan.typeName)} THEN {
    total: COUNT { ${counted} },
    page: COLLECT {
      MATCH ${arrow}
      WITH ${relation}, ${other} ORDER BY ${other}.name, ${relation}.id
      SKIP ${statement.param(neo4j.int(plan.window.offset))} LIMIT ${statement.param(neo4j.int(plan.window.limit))}
      RETURN { relation: ${relationProjection(relation, { evidence: plan.evidence })}, other: ${plannedEntityProjection(statement, other, plan.node)}${sources} }
    }
  } END`;
}

/** Returns node `variable` as a map `parsePlannedEntity` understands, with what the plan reads. */
export function plannedEntityProjection(
  statement: CypherStatement,
  variable: string,
  plan: EntityPlan,
): string {
  const extras = [
    ...(plan.sources ? [`__sources: ${sourcesSubquery(statement, variable, plan.sources)}`] : []),
    ...plan.relations.map(
      (relation, index) => `__page${index}: ${pageSubqueries(statement, variable, relation)}`,
    ),
  ];
  const stored = storedNames(plan);
  return entityProjection(variable, extras, stored ? statement.param(stored) : undefined);
}

/** The properties a partial reading sends, in the order its `__stored` list holds them. */
const storedNames = (plan: EntityPlan): string[] | undefined =>
  plan.properties === 'all' ? undefined : [...plan.properties].sort();

const parseSources = (value: unknown): SourceWithText[] =>
  Array.isArray(value) ? value.map(parseSource) : [];

interface PageRow {
  total: unknown;
  page: { relation: unknown; other: unknown; sources?: unknown }[];
}

/** Parses one entity projected by `plannedEntityProjection` with the same plan. */
export function parsePlannedEntity(value: unknown, plan: EntityPlan): PlannedEntity {
  const names = storedNames(plan);
  const row = names ? storedRow(value, names) : (value as Record<string, unknown>);
  return {
    record: parseEntity(row),
    sources: parseSources(row.__sources),
    pages: plan.relations.map((relation, index) => {
      const page = row[`__page${index}`] as PageRow | null | undefined;
      if (!page) return null;
      return {
        plan: relation,
        total: Number(page.total),
        items: page.page.map((item) => ({
          relation: parseRelation(item.relation),
          other: parsePlannedEntity(item.other, relation.node),
          sources: parseSources(item.sources),
        })),
      };
    }),
  };
}
