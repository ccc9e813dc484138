import type { GraphQLResolveInfo } from 'graphql';
import type { Loaders } from '../loaders';
import { primePlannedEntity } from '../loaders/prime';
import { planEntitiesAtAll } from '../selection/plan-selection';
import type { PlannedReading } from '../selection/entity-plan';

/**
 * What the resolving field's selection reads of the entities at `paths` below it, and how the
 * rows reach the loaders its nested fields read from: the glue between planner and services.
 */
export const plannedReading = (
  info: GraphQLResolveInfo,
  loaders: Loaders,
  paths: readonly (readonly string[])[],
): PlannedReading => ({
  plan: planEntitiesAtAll(info, paths),
  prime: (entity) => primePlannedEntity(loaders, entity),
});
