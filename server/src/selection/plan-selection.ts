import {
  type FieldNode,
  getArgumentValues,
  getNamedType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  isAbstractType,
  isObjectType,
  type SelectionSetNode,
} from 'graphql';
import type { PageWindow } from '../repositories/relation-page-repository';
import { pageWindow } from '../services/pagination';
import { collectFields, type SelectionScope } from './collect-fields';
import {
  EMPTY_ENTITY_PLAN,
  type EntityPlan,
  mergeEntityPlans,
  mergeSourcePlans,
  pageReadingKey,
  type SourcePlan,
} from './entity-plan';
import { propertiesForFields } from './entity-properties';
import { relationExtensionOf } from './relation-extension';

/** A place in the selection: the fields that reach it and the type they return. */
interface Position {
  type: GraphQLNamedType;
  fields: readonly FieldNode[];
}

const selectionSetsOf = (position: Position): SelectionSetNode[] =>
  position.fields.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));

/** The object types a value at this position may have. */
function objectTypes(scope: SelectionScope, type: GraphQLNamedType): readonly GraphQLObjectType[] {
  if (isAbstractType(type)) return scope.schema.getPossibleTypes(type);
  return isObjectType(type) ? [type] : [];
}

/** Every use of `fieldName` below a position, whatever its alias, merged into one position. */
function step(scope: SelectionScope, position: Position, fieldName: string): Position | undefined {
  let type: GraphQLNamedType | undefined;
  const fields: FieldNode[] = [];
  for (const objectType of objectTypes(scope, position.type)) {
    const definition = objectType.getFields()[fieldName];
    if (!definition) continue;
    for (const nodes of collectFields(scope, objectType, selectionSetsOf(position)).values()) {
      const matching = nodes.filter((node) => node.name.value === fieldName);
      if (matching.length === 0) continue;
      type = getNamedType(definition.type);
      fields.push(...matching);
    }
  }
  return type ? { type, fields } : undefined;
}

const walk = (scope: SelectionScope, from: Position, path: readonly string[]) =>
  path.reduce<Position | undefined>((at, name) => at && step(scope, at, name), from);

function sourcePlan(scope: SelectionScope, evidence: Position | undefined): SourcePlan | null {
  const source = evidence && step(scope, evidence, 'source');
  return source ? { text: step(scope, source, 'text') !== undefined } : null;
}

/**
 * The page a field asks for; undefined when its arguments are refused, so that the field's own
 * resolver reports the refusal at its own path, as it would without a plan.
 */
function windowOf(
  definition: Parameters<typeof getArgumentValues>[0],
  field: FieldNode,
  variables: Record<string, unknown>,
  shape: 'page' | 'single',
): PageWindow | undefined {
  if (shape === 'single') return { offset: 0, limit: 1 };
  try {
    return pageWindow(getArgumentValues(definition, field, variables));
  } catch {
    return undefined;
  }
}

/** What the selection at a position reads of the entities there, relationship fields included. */
function entityPlan(scope: SelectionScope, position: Position | undefined): EntityPlan {
  if (!position) return EMPTY_ENTITY_PLAN;
  const ownFields = new Set<string>();
  let plan: EntityPlan = {
    properties: EMPTY_ENTITY_PLAN.properties,
    relations: [],
    sources: sourcePlan(scope, step(scope, position, 'sources')),
  };
  for (const objectType of objectTypes(scope, position.type)) {
    const definitions = objectType.getFields();
    for (const nodes of collectFields(scope, objectType, selectionSetsOf(position)).values()) {
      const [first] = nodes;
      const definition = first && definitions[first.name.value];
      const relation = definition && relationExtensionOf(definition.extensions);
      if (first && !relation) ownFields.add(first.name.value);
      if (!first || !definition || !relation) continue;
      const window = windowOf(definition, first, scope.variables, relation.shape);
      if (!window) continue;
      const field: Position = { type: getNamedType(definition.type), fields: nodes };
      const edges = relation.shape === 'page' ? step(scope, field, 'edges') : undefined;
      const node = relation.shape === 'page' ? edges && step(scope, edges, 'node') : field;
      plan = mergeEntityPlans(plan, {
        relations: [
          {
            typeName: objectType.name,
            spec: relation.spec,
            window,
            node: entityPlan(scope, node),
            evidence: edges !== undefined && step(scope, edges, 'evidence') !== undefined,
            evidenceSources: edges ? sourcePlan(scope, step(scope, edges, 'evidence')) : null,
          },
        ],
        sources: null,
        properties: EMPTY_ENTITY_PLAN.properties,
      });
    }
  }
  return { ...plan, properties: propertiesForFields(ownFields) };
}

const scopeOf = (info: GraphQLResolveInfo): SelectionScope => ({
  schema: info.schema,
  fragments: info.fragments,
  variables: info.variableValues,
});

const rootPosition = (info: GraphQLResolveInfo): Position => ({
  type: getNamedType(info.returnType),
  fields: info.fieldNodes,
});

/**
 * What the resolving field's selection reads of the entities at `path` below it (field names,
 * every alias merged): `[]` for the field's own value, `['edges', 'node']` for a list's nodes.
 */
export function planEntitiesAt(info: GraphQLResolveInfo, path: readonly string[]): EntityPlan {
  const scope = scopeOf(info);
  return entityPlan(scope, walk(scope, rootPosition(info), path));
}

/** The union of what several paths read: their entities are projected the same way. */
export const planEntitiesAtAll = (
  info: GraphQLResolveInfo,
  paths: readonly (readonly string[])[],
): EntityPlan =>
  paths.reduce(
    (plan, path) => mergeEntityPlans(plan, planEntitiesAt(info, path)),
    EMPTY_ENTITY_PLAN,
  );

/** What the selection reads of the sources of the evidence lists at `paths`, or null. */
export function planSourcesAt(
  info: GraphQLResolveInfo,
  paths: readonly (readonly string[])[],
): SourcePlan | null {
  const scope = scopeOf(info);
  return paths.reduce<SourcePlan | null>(
    (plan, path) =>
      mergeSourcePlans(plan, sourcePlan(scope, walk(scope, rootPosition(info), path))),
    null,
  );
}

/** Whether the selection reads the field at `path`, e.g. `['totalCount']`. */
export function isSelected(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const scope = scopeOf(info);
  return walk(scope, rootPosition(info), path) !== undefined;
}

const readingKeys = new WeakMap<readonly FieldNode[], WeakMap<object, string>>();

/**
 * The reading key (see `pageReadingKey`) of the resolving relationship field: the key under which
 * the planned statement above cached its page. Computed once per field and request, not once per
 * parent.
 */
export function pageReadingKeyOf(info: GraphQLResolveInfo, shape: 'page' | 'single'): string {
  let byVariables = readingKeys.get(info.fieldNodes);
  if (!byVariables) {
    byVariables = new WeakMap();
    readingKeys.set(info.fieldNodes, byVariables);
  }
  const known = byVariables.get(info.variableValues);
  if (known) return known;
  const key = pageReadingKey({
    node: planEntitiesAt(info, shape === 'page' ? ['edges', 'node'] : []),
    evidence: shape === 'page' && isSelected(info, ['edges', 'evidence']),
  });
  byVariables.set(info.variableValues, key);
  return key;
}
