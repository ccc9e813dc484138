import { RELATION_TYPE_DEFINITIONS } from '@guanxi/graph-schema';
import type { FieldRef } from '@pothos/core';
import type { GraphQLResolveInfo } from 'graphql';
import { builder } from '../builder';
import type { GraphContext } from '../context';
import type { EntityRecord } from '../repositories/entity-record';
import type { RelationFieldSpec } from '../repositories/relation-page-repository';
import type { RelationRecord } from '../repositories/relation-record';
import { pageReadingKeyOf } from '../selection/plan-selection';
import { relationExtensions } from '../selection/relation-extension';
import { connectionFromWindow, type PageArgs, pageWindow } from '../services/pagination';
import { EntityRef } from './entity';
import { RelationTypeEnum } from './enums';
import { EvidenceRef } from './evidence';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** What an edge of a relationship connection carries: the entity at the other end and the link. */
export interface RelationEdge {
  node: EntityRecord;
  relation: RelationRecord;
}

/** Typed relationship properties an edge may expose (graph-schema RELATION_PROPERTY_SCHEMAS). */
export type RelationPropertyName = 'title' | 'role' | 'since' | 'until' | 'detail' | 'description';

const PROPERTY_DESCRIPTIONS: Record<RelationPropertyName, string> = {
  title: 'The office or membership as the source words it, e.g. "president".',
  role: 'The normalised role, for filtering.',
  since: 'When it began (YYYY, YYYY-MM or YYYY-MM-DD), where the source says.',
  until: 'When it ended, where the source says.',
  detail: 'What the source adds about the part played.',
  description: 'How the source describes the priority.',
};

const textProperty = (relation: RelationRecord, name: RelationPropertyName): string | null => {
  const value = relation.properties[name];
  return typeof value === 'string' && value.length > 0 ? value : null;
};

/**
 * What every relationship edge shares, whichever field it comes from, so that a client reads
 * them all with one fragment on `RelationshipEdge`.
 */
export const RelationshipEdgeRef = builder
  .interfaceRef<RelationEdge>('RelationshipEdge')
  .implement({
    description:
      'A relationship seen from one of its ends: the entity at the other end and the link.',
    fields: (t) => ({
      node: t.field({
        type: EntityRef,
        description: 'The entity at the other end.',
        resolve: (edge) => edge.node,
      }),
      relationshipId: t.id({ resolve: (edge) => edge.relation.id }),
      type: t.field({ type: RelationTypeEnum, resolve: (edge) => edge.relation.type }),
      label: t.string({
        description: 'The short human label drawn on the edge.',
        resolve: (edge) =>
          RELATION_TYPE_DEFINITIONS[edge.relation.type].label(edge.relation.properties),
      }),
      evidence: t.field({
        type: [EvidenceRef],
        description: 'The quotes that state this relationship.',
        resolve: (edge) => edge.relation.evidence,
      }),
      method: t.string({ nullable: true, resolve: (edge) => edge.relation.method ?? null }),
      note: t.string({ nullable: true, resolve: (edge) => edge.relation.note ?? null }),
    }),
  });

/** Edge options of a relationship connection: the shared interface plus the typed properties. */
export function relationEdge(properties: readonly RelationPropertyName[]) {
  return {
    interfaces: [RelationshipEdgeRef],
    fields: (t: PothosSchemaTypes.ObjectFieldBuilder<Types, RelationEdge>) =>
      Object.fromEntries(
        properties.map((name) => [
          name,
          t.string({
            nullable: true,
            description: PROPERTY_DESCRIPTIONS[name],
            resolve: (edge) => textProperty(edge.relation, name),
          }),
        ]),
      ) as Record<string, FieldRef<Types, unknown, 'Object'>>,
  };
}

/**
 * A relationship connection: marked for the selection planner (which reads it in the statement
 * of the root field above it) and resolved through the per-request loader for its field and page,
 * which the planned statement has primed, or which loads it when nothing planned it.
 */
export const relationConnection = (spec: RelationFieldSpec) => ({
  extensions: relationExtensions(spec, 'page'),
  resolve: async (
    parent: EntityRecord,
    args: PageArgs,
    { loaders }: GraphContext,
    info: GraphQLResolveInfo,
  ) => {
    const window = pageWindow(args);
    const readingKey = pageReadingKeyOf(info, 'page');
    const page = await loaders.relationPage(spec, window, readingKey).load(parent.id);
    return connectionFromWindow(page.items, page.total, window, (item): RelationEdge => ({
      node: item.other,
      relation: item.relation,
    }));
  },
});

/** A single related entity (a parent body, a larger event): the first by name, or null. */
export const singleRelation = (spec: RelationFieldSpec) => ({
  extensions: relationExtensions(spec, 'single'),
  resolve: async (
    parent: EntityRecord,
    _args: unknown,
    { loaders }: GraphContext,
    info: GraphQLResolveInfo,
  ) => {
    const window = { offset: 0, limit: 1 };
    const readingKey = pageReadingKeyOf(info, 'single');
    const page = await loaders.relationPage(spec, window, readingKey).load(parent.id);
    return page.items[0]?.other ?? null;
  },
});
