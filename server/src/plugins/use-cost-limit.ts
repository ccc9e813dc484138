import { getOperationAST, Kind, type FragmentDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { limitExceeded } from '../errors';
import { operationCost } from './operation-cost';

/**
 * Refuses an operation whose worst-case size (page sizes multiplied down the nesting) is above
 * `maxCost`. It runs once variables are known and before execution, so before any database call.
 */
export function useCostLimit(maxCost: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const definition of args.document.definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION)
          fragments[definition.name.value] = definition;
      }
      const cost = operationCost(
        args.schema,
        operation,
        fragments,
        (args.variableValues ?? {}) as Record<string, unknown>,
      );
      if (cost > maxCost) {
        setResultAndStopExecution({
          errors: [
            limitExceeded(
              `Query cost limit of ${maxCost} exceeded: this operation may cost ${Math.round(cost)} (page sizes multiply down the nesting). Ask for smaller pages or fewer levels.`,
              { limit: 'cost', max: maxCost, cost: Math.round(cost) },
            ),
          ],
        });
      }
    },
  };
}
