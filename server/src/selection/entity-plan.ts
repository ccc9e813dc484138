import type { EntityRecord } from '../repositories/entity-record';
import type { PlannedEntity } from '../repositories/planned-entity-repository';
import type { PageWindow, RelationFieldSpec } from '../repositories/relation-page-repository';
import { mergeProperties, propertiesForFields, propertiesKey } from './entity-properties';

/** What of an evidence's source the selection reads: its metadata always, its text if asked. */
export interface SourcePlan {
  text: boolean;
}

/** One page (or the single entity) of a relationship field, as the selection asks for it. */
export interface RelationPlan {
  /** The GraphQL object type that declares the field; its name is the label the node carries. */
  typeName: string;
  spec: RelationFieldSpec;
  window: PageWindow;
  /** What is read of the entity at the other end. */
  node: EntityPlan;
  /** Whether the selection reads the edges' `evidence`; their quotes are sent only then. */
  evidence: boolean;
  /** Set when the selection reads `evidence { source }` of the edges. */
  evidenceSources: SourcePlan | null;
}

/** Everything a selection reads below an entity that costs more than its own properties. */
export interface EntityPlan {
  /** The stored properties the selection reads (see entity-properties), or all of them. */
  properties: ReadonlySet<string> | 'all';
  relations: RelationPlan[];
  /** Set when the selection reads `sources { source }`. */
  sources: SourcePlan | null;
}

/** Reads nothing below the entity, and of the entity only what every reading reads. */
export const EMPTY_ENTITY_PLAN: EntityPlan = {
  properties: propertiesForFields([]),
  relations: [],
  sources: null,
};

/** Two uses of a field with the same page read the same rows: they share one subquery. */
export const relationPlanKey = (plan: Pick<RelationPlan, 'spec' | 'window'>): string =>
  `${plan.spec.name}:${plan.window.offset}:${plan.window.limit}`;

/**
 * What one page's rows carry (edge evidence or not, which node properties): a page read in part
 * is cached under this key only, so a field that reads more of it never finds it there.
 */
export const pageReadingKey = (plan: Pick<RelationPlan, 'evidence' | 'node'>): string =>
  `${plan.evidence ? 'evidence' : 'no-evidence'};${propertiesKey(plan.node.properties)}`;

export function mergeSourcePlans(a: SourcePlan | null, b: SourcePlan | null): SourcePlan | null {
  if (!a || !b) return a ?? b;
  return { text: a.text || b.text };
}

/** The union of what two selections read of the same entities. */
export function mergeEntityPlans(a: EntityPlan, b: EntityPlan): EntityPlan {
  const relations = new Map(a.relations.map((relation) => [relationPlanKey(relation), relation]));
  for (const relation of b.relations) {
    const key = relationPlanKey(relation);
    const known = relations.get(key);
    relations.set(
      key,
      known
        ? {
            ...known,
            node: mergeEntityPlans(known.node, relation.node),
            evidence: known.evidence || relation.evidence,
            evidenceSources: mergeSourcePlans(known.evidenceSources, relation.evidenceSources),
          }
        : relation,
    );
  }
  return {
    properties: mergeProperties(a.properties, b.properties),
    relations: [...relations.values()],
    sources: mergeSourcePlans(a.sources, b.sources),
  };
}

/** What the selection reads of the entities, and how their records reach the resolvers below. */
export interface PlannedReading {
  plan: EntityPlan;
  /** Hands the planned rows to the per-request loaders; returns the record. */
  prime: (entity: PlannedEntity) => EntityRecord;
}

/** A subgraph's reading: its nodes' entities as planned, and whether its edges' quotes are read. */
export interface SubgraphReading extends PlannedReading {
  edgeEvidence: boolean;
}
