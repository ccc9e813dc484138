import { API_LIMITS } from '@guanxi/graph-schema';
import { complexityFromQuery } from '@pothos/plugin-complexity';
import {
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { limitExceeded } from '../errors';

export interface HeavyReadLimits {
  /** An operation of at least this cost (plugins/operation-cost.ts) is heavy. */
  heavyCost: number;
  /** Heavy operations running at once. */
  concurrent: number;
  /** Heavy operations waiting for a slot; one more is refused at once. */
  queued: number;
  /** The longest a heavy operation waits for a slot before it is refused. */
  maxWaitMs: number;
  /** What the refusal's `Retry-After` header says. */
  retryAfterSeconds: number;
}

/** Counts operations in, hands slots out in arrival order. */
class Gate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limits: HeavyReadLimits) {}

  /** Resolves true with a slot, false when the queue is full or the wait ran out. */
  acquire(): Promise<boolean> {
    if (this.active < this.limits.concurrent) {
      this.active += 1;
      return Promise.resolve(true);
    }
    if (this.waiting.length >= this.limits.queued) return Promise.resolve(false);
    return new Promise((resolve) => {
      const grant = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        const index = this.waiting.indexOf(grant);
        if (index >= 0) this.waiting.splice(index, 1);
        resolve(false);
      }, this.limits.maxWaitMs);
      this.waiting.push(grant);
    });
  }

  /** A slot freed goes to the next in line (who keeps it counted), else back to the pool. */
  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active -= 1;
  }
}

const selectedOperation = (
  document: DocumentNode,
  operationName: string | null | undefined,
): OperationDefinitionNode | undefined => {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  );
  return operationName
    ? operations.find((operation) => operation.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
};

/** Root fields, through inline fragments and fragment spreads. */
function rootFields(document: DocumentNode, selectionSet: SelectionSetNode): FieldNode[] {
  const fields: FieldNode[] = [];
  const visit = (set: SelectionSetNode, seen: Set<string>) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, seen);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = document.definitions.find(
          (definition) =>
            definition.kind === Kind.FRAGMENT_DEFINITION &&
            definition.name.value === selection.name.value,
        );
        if (fragment?.kind === Kind.FRAGMENT_DEFINITION) visit(fragment.selectionSet, seen);
      }
    }
  };
  visit(selectionSet, new Set());
  return fields;
}

/** An integer argument as written, literally or through a variable; undefined when neither. */
function intArgument(
  field: FieldNode,
  name: string,
  variables: Record<string, unknown>,
): number | undefined {
  const value = field.arguments?.find((argument) => argument.name.value === name)?.value;
  if (!value) return undefined;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const given = variables[value.name.value];
    return typeof given === 'number' ? given : undefined;
  }
  return undefined;
}

/** Root fields that are heavy whatever is selected under them: work grows with the graph. */
const heavyRootField = (field: FieldNode, variables: Record<string, unknown>): boolean => {
  switch (field.name.value) {
    case 'connections':
    case 'overview':
    case 'commonConnections':
    case 'interlocks':
      return true;
    case 'neighborhood':
      return (intArgument(field, 'depth', variables) ?? API_LIMITS.neighborhood.depth.default) >= 2;
    default:
      return false;
  }
};

/**
 * Whether an operation is a heavy read: a heavy root field, or a cost (page sizes, limits and
 * `peopleLimit` multiplied down the nesting) of at least `heavyCost`. Mutations are not gated
 * here: they are few, need a token and lock what they touch.
 */
export function isHeavyRead(args: ExecutionArgs, heavyCost: number): boolean {
  const operation = selectedOperation(args.document, args.operationName);
  if (!operation || operation.operation !== 'query') return false;
  const variables = (args.variableValues ?? {}) as Record<string, unknown>;
  const fields = rootFields(args.document, operation.selectionSet);
  if (fields.some((field) => heavyRootField(field, variables))) return true;
  try {
    const document: DocumentNode = {
      kind: Kind.DOCUMENT,
      definitions: [
        operation,
        ...args.document.definitions.filter(
          (definition) => definition.kind === Kind.FRAGMENT_DEFINITION,
        ),
      ],
    };
    const { complexity } = complexityFromQuery(document, {
      schema: args.schema,
      variables,
      ctx: args.contextValue as object,
    });
    return complexity >= heavyCost;
  } catch {
    // Variables that do not coerce: execution refuses them with GraphQL's own error, no resolver runs.
    return false;
  }
}

/**
 * Heavy reads take turns: at most `concurrent` run at once, `queued` more wait (at most
 * `maxWaitMs`), the rest are refused at once with LIMIT_EXCEEDED, HTTP 429 and `Retry-After`.
 * Cheap reads and /health never queue behind them.
 */
export function useHeavyReadGate(overrides: Partial<HeavyReadLimits> = {}): Plugin {
  const limits: HeavyReadLimits = { ...API_LIMITS.heavyReads, ...overrides };
  const gate = new Gate(limits);
  const refusal = (): ExecutionResult => ({
    errors: [
      limitExceeded(
        `Too many heavy reads at once (at most ${limits.concurrent} running and ${limits.queued} waiting): try again in ${limits.retryAfterSeconds}s, or ask for less (smaller pages, fewer hops, a lower depth).`,
        {
          limit: 'heavyReads',
          retryAfterSeconds: limits.retryAfterSeconds,
          http: { status: 429, headers: { 'Retry-After': String(limits.retryAfterSeconds) } },
        },
      ),
    ],
  });
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      if (!isHeavyRead(args, limits.heavyCost)) return;
      setExecuteFn(async (executeArgs) => {
        if (!(await gate.acquire())) return refusal();
        try {
          return await executeFn(executeArgs);
        } finally {
          gate.release();
        }
      });
    },
  };
}
