import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { limitExceeded } from '../errors';
import { type HeavyReadLimits, useHeavyReadGate } from './use-heavy-read-gate';
import { useNestingGuard } from './use-nesting-guard';
import { useResponseLimits } from './use-response-limits';

/** Generous for real work (institution → members → positions → … is depth 10), not for abuse. */
export const OPERATION_LIMITS = {
  depth: 14,
  aliases: 20,
  tokens: 2000,
} as const;

type LimitName = keyof typeof OPERATION_LIMITS;

/** graphql-armor words its messages as syntax errors; ours say which limit and carry a code. */
const asLimitError = (limit: LimitName, error: GraphQLError): GraphQLError =>
  limitExceeded(error.message.replace(/^Syntax Error:\s*/, ''), {
    limit,
    max: OPERATION_LIMITS[limit],
  });

const reportAs =
  (limit: LimitName) =>
  (context: ValidationContext | null, error: GraphQLError): void => {
    context?.reportError(asLimitError(limit, error));
  };

/** Overrides of the contract's defaults (API_LIMITS), for a deployment's size or for tests. */
export interface OperationLimitOptions {
  heavyReads?: Partial<HeavyReadLimits>;
  responseMaxBytes?: number;
}

/**
 * Bracket nesting (before the parser recurses), then depth, alias and token limits
 * (graphql-armor), checked while parsing and validating, so an abusive operation is refused before
 * any resolver runs. The cost limit, which knows page sizes, is the schema's own
 * (plugins/operation-cost.ts) and runs on coerced variables. Heavy reads take turns
 * (use-heavy-read-gate.ts); answers have a size cap (use-response-limits.ts).
 */
export function useOperationLimits(options: OperationLimitOptions = {}): Plugin[] {
  return [
    useNestingGuard(),
    maxTokensPlugin({
      n: OPERATION_LIMITS.tokens,
      propagateOnRejection: false,
      onReject: [
        (_context, error) => {
          throw asLimitError('tokens', error);
        },
      ],
    }),
    maxDepthPlugin({
      n: OPERATION_LIMITS.depth,
      ignoreIntrospection: true,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [reportAs('depth')],
    }),
    maxAliasesPlugin({
      n: OPERATION_LIMITS.aliases,
      propagateOnRejection: false,
      onReject: [reportAs('aliases')],
    }),
    useResponseLimits(options.responseMaxBytes),
    useHeavyReadGate(options.heavyReads),
  ];
}
