import type { SourcePlan } from '../selection/entity-plan';
import type { PlannedTie } from './affiliation-repository';
import type { CypherStatement } from './cypher-statement';
import { parseRelation, relationProjection } from './relation-record';
import { parseSource, sourceProjection } from './source-repository';

/**
 * Returns relationship `variable` as a map `parsePlannedTie` understands: the relationship, and
 * the sources its evidence quotes when the selection reads them.
 */
export function plannedTieProjection(
  statement: CypherStatement,
  variable: string,
  sources: SourcePlan | null,
): string {
  if (!sources) return `{ relation: ${relationProjection(variable)} }`;
  const source = statement.variable('s');
  return `{ relation: ${relationProjection(variable)}, sources: COLLECT { MATCH (${source}:Source) WHERE ${source}.id IN ${variable}.evidenceSourceIds RETURN ${sourceProjection(source, sources.text)} } }`;
}

/** Parses one relationship projected by `plannedTieProjection`. */
export function parsePlannedTie(value: unknown): PlannedTie {
  const row = value as { relation: unknown; sources?: unknown };
  return {
    relation: parseRelation(row.relation),
    sources: Array.isArray(row.sources) ? row.sources.map(parseSource) : [],
  };
}
