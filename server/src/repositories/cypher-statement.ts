import type { Params } from '../db/executor';

/**
 * Builds one statement from many parts: every value becomes a numbered parameter, every
 * variable a fresh name, so that nested subqueries never shadow one another.
 */
export class CypherStatement {
  readonly params: Params = {};
  private parameterCount = 0;
  private variableCount = 0;

  /** A parameter holding `value`, as `$p0`, `$p1` … */
  param(value: unknown): string {
    const name = `p${this.parameterCount++}`;
    this.params[name] = value;
    return `$${name}`;
  }

  /** A variable name not used anywhere else in the statement. */
  variable(prefix: string): string {
    return `${prefix}${this.variableCount++}`;
  }
}
