import type { Plugin } from 'graphql-yoga';
import { limitExceeded } from '../errors';

/**
 * How deep `{`, `[` and `(` may nest in a document. graphql-js parses recursively, so a list
 * literal a few thousand levels deep overflows the stack before the token limit is reached; a real
 * operation (selection depth at most 14, each level perhaps an inline fragment and an argument
 * object) stays far below this.
 */
export const MAX_BRACKET_NESTING = 64;

/**
 * The deepest bracket nesting of a GraphQL document, found without parsing: strings, block
 * strings and comments are skipped; unbalanced closers are left for the parser to report. Stops
 * counting as soon as `stopAbove` is passed.
 */
export function bracketNesting(source: string, stopAbove = Infinity): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < source.length; i += 1) {
    const char = source.charCodeAt(i);
    if (char === 0x23 /* # */) {
      while (i < source.length && source[i] !== '\n' && source[i] !== '\r') i += 1;
    } else if (char === 0x22 /* " */) {
      if (source.startsWith('"""', i)) {
        i += 3;
        while (i < source.length && !source.startsWith('"""', i)) {
          i += source.startsWith('\\"""', i) ? 4 : 1;
        }
        i += 2;
      } else {
        i += 1;
        while (i < source.length && source[i] !== '"' && source[i] !== '\n') {
          i += source[i] === '\\' ? 2 : 1;
        }
      }
    } else if (char === 0x7b /* { */ || char === 0x5b /* [ */ || char === 0x28 /* ( */) {
      depth += 1;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > stopAbove) return deepest;
      }
    } else if (char === 0x7d /* } */ || char === 0x5d /* ] */ || char === 0x29 /* ) */) {
      depth = Math.max(depth - 1, 0);
    }
  }
  return deepest;
}

/**
 * Refuses a document nested deeper than MAX_BRACKET_NESTING before the parser (or graphql-armor's
 * token counter, which parses too) recurses into it: LIMIT_EXCEEDED, never a stack overflow.
 */
export function useNestingGuard(): Plugin {
  return {
    onParse({ params }) {
      const source = typeof params.source === 'string' ? params.source : params.source.body;
      if (bracketNesting(source, MAX_BRACKET_NESTING) > MAX_BRACKET_NESTING) {
        throw limitExceeded(
          `Nesting limit of ${MAX_BRACKET_NESTING} exceeded: brackets ({, [, () may nest at most ${MAX_BRACKET_NESTING} deep.`,
          { limit: 'nesting', max: MAX_BRACKET_NESTING },
        );
      }
    },
  };
}
