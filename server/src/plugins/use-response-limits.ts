import { API_LIMITS } from '@guanxi/graph-schema';
import { type ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { limitExceeded } from '../errors';

const isSingleResult = (result: unknown): result is ExecutionResult =>
  typeof result === 'object' && result !== null && !(Symbol.asyncIterator in result);

/**
 * graphql-js refuses a variable that does not coerce (`first: 2147483648`, `1e308`, a string for
 * an Int) before any resolver runs, but without a code; such request errors (no data at all) are
 * BAD_USER_INPUT, like every other wrong argument.
 */
function withRequestErrorCodes(result: ExecutionResult): ExecutionResult | undefined {
  if ('data' in result && result.data !== undefined) return undefined;
  if (!result.errors?.some((error) => error.extensions?.code === undefined)) return undefined;
  return {
    ...result,
    errors: result.errors.map((error) =>
      error.extensions?.code === undefined
        ? new GraphQLError(error.message, {
            nodes: error.nodes,
            source: error.source,
            positions: error.positions,
            path: error.path,
            originalError: error.originalError,
            extensions: { ...error.extensions, code: 'BAD_USER_INPUT' },
          })
        : error,
    ),
  };
}

/**
 * An answer larger than `maxBytes` serialised is replaced by LIMIT_EXCEEDED: the cost limit
 * bounds how many items an operation may ask for, this bounds what they weigh (long quotes,
 * source texts, evidence lists).
 */
export function useResponseLimits(maxBytes: number = API_LIMITS.response.maxBytes): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!isSingleResult(result)) return;
          const coded = withRequestErrorCodes(result);
          if (coded) {
            setResult(coded);
            return;
          }
          if (!result.data) return;
          const bytes = Buffer.byteLength(JSON.stringify(result));
          if (bytes > maxBytes) {
            setResult({
              data: null,
              errors: [
                limitExceeded(
                  `Response size limit of ${maxBytes} bytes exceeded: this answer is ${bytes} bytes. Ask for smaller pages, fewer levels or a smaller limit.`,
                  { limit: 'responseBytes', max: maxBytes, bytes },
                ),
              ],
            });
          }
        },
      };
    },
  };
}
