import {
  type FieldNode,
  type FragmentDefinitionNode,
  getDirectiveValues,
  GraphQLIncludeDirective,
  type GraphQLObjectType,
  type GraphQLSchema,
  GraphQLSkipDirective,
  isAbstractType,
  type SelectionSetNode,
} from 'graphql';

/** What a selection is read against: the schema, the document's fragments and the variables. */
export interface SelectionScope {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

type Conditional = Parameters<typeof getDirectiveValues>[1];

/** `@skip(if:)` and `@include(if:)`, with their variables, as GraphQL execution reads them. */
function included(node: Conditional, variables: Record<string, unknown>): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

/** Whether a fragment's type condition holds for an object of `type`. */
function applies(scope: SelectionScope, type: GraphQLObjectType, condition: string | undefined) {
  if (!condition) return true;
  const conditionType = scope.schema.getType(condition);
  if (!conditionType) return false;
  if (conditionType === type) return true;
  return isAbstractType(conditionType) && scope.schema.isSubType(conditionType, type);
}

/**
 * The fields an object of `type` answers for these selection sets, by response key (alias or
 * name), through inline and named fragments, honouring @skip and @include: what GraphQL's
 * executor would resolve for it.
 */
export function collectFields(
  scope: SelectionScope,
  type: GraphQLObjectType,
  selectionSets: readonly SelectionSetNode[],
): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  const visit = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (!included(selection, scope.variables)) continue;
      if (selection.kind === 'Field') {
        const key = selection.alias?.value ?? selection.name.value;
        fields.set(key, [...(fields.get(key) ?? []), selection]);
      } else if (selection.kind === 'InlineFragment') {
        if (applies(scope, type, selection.typeCondition?.name.value)) {
          visit(selection.selectionSet);
        }
      } else {
        const name = selection.name.value;
        const fragment = scope.fragments[name];
        if (!fragment || visited.has(name)) continue;
        visited.add(name);
        if (applies(scope, type, fragment.typeCondition.name.value)) visit(fragment.selectionSet);
      }
    }
  };
  selectionSets.forEach(visit);
  return fields;
}
