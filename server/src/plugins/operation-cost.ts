import {
  type FragmentDefinitionNode,
  getNamedType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import { DEFAULT_PAGE_SIZE } from '../services/pagination';

/**
 * The most items a field can return, from its own arguments: `first` for connections, search
 * and paths, `limit` for neighbourhoods (defaults included, as the schema declares them).
 */
function fanOut(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  if (typeof args.first === 'number') return Math.max(args.first, 1);
  if (typeof args.limit === 'number') return Math.max(args.limit, 1);
  if (field.args.some((arg) => arg.name === 'first')) return DEFAULT_PAGE_SIZE;
  return 1;
}

/**
 * What an operation may cost: every field costs 1, and everything selected under a field that
 * can return many items costs as many times as the items it may return. So
 * `members(first: 100) { positions(first: 100) { … } }` is counted as the up to 10,000 rows it
 * may produce, not as the handful of fields written.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): number {
  const visiting = new Set<string>();
  const costOf = (selectionSet: SelectionSetNode, parent: GraphQLNamedType | undefined): number =>
    selectionSet.selections.reduce((sum, selection) => {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent;
        return sum + costOf(selection.selectionSet, type ?? undefined);
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments[name];
        if (!fragment || visiting.has(name)) return sum;
        visiting.add(name);
        const cost = costOf(
          fragment.selectionSet,
          schema.getType(fragment.typeCondition.name.value) ?? undefined,
        );
        visiting.delete(name);
        return sum + cost;
      }
      const field =
        parent && (isObjectType(parent) || isInterfaceType(parent))
          ? parent.getFields()[selection.name.value]
          : undefined;
      if (!field || !selection.selectionSet) return sum + 1;
      const items = fanOut(field, getArgumentValues(field, selection, variables));
      return sum + 1 + items * costOf(selection.selectionSet, getNamedType(field.type));
    }, 0);

  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  return costOf(operation.selectionSet, root ?? undefined);
}
