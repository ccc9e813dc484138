import type { RelationFieldSpec } from '../repositories/relation-page-repository';

/** The field extension that tells the planner a field follows relationships, and how. */
export const RELATION_EXTENSION = 'guanxiRelation';

export interface RelationExtension {
  spec: RelationFieldSpec;
  /** `page`: a connection; `single`: the first related entity or null. */
  shape: 'page' | 'single';
}

/** Field `extensions` marking a relationship field for the planner. */
export const relationExtensions = (
  spec: RelationFieldSpec,
  shape: RelationExtension['shape'],
): Record<string, RelationExtension> => ({ [RELATION_EXTENSION]: { spec, shape } });

export const relationExtensionOf = (
  extensions: Readonly<Record<string, unknown>> | null | undefined,
): RelationExtension | undefined =>
  extensions?.[RELATION_EXTENSION] as RelationExtension | undefined;
