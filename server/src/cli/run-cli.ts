import { parseArgs } from 'node:util';
import { formatProblem, type GraphFileProblem } from '@guanxi/graph-schema';
import { CliError, EXIT } from './database';

/** Prints every problem of an invalid file, one per line, and exits with the invalid-file code. */
export function invalidFile(file: string, problems: readonly GraphFileProblem[]): CliError {
  return new CliError(
    `${file} is invalid; nothing was written. ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
      problems.map((problem) => `  ${formatProblem(problem)}`).join('\n'),
    EXIT.invalidFile,
  );
}

/** Runs a CLI's work and turns its outcome into a message and an exit code. */
export async function runCli(work: () => Promise<void>): Promise<never> {
  try {
    await work();
    process.exit(EXIT.ok);
  } catch (error) {
    if (error instanceof CliError) {
      console.error(error.message);
      process.exit(error.exitCode);
    }
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(EXIT.failure);
  }
}

type OptionSpec = Record<string, { type: 'string' | 'boolean' }>;

type ParsedOptions<T extends OptionSpec> = {
  [K in keyof T]?: T[K]['type'] extends 'string' ? string : boolean;
};

/** Parses `--name value` options; unknown options or `--help` print the usage. */
export function parseOptions<T extends OptionSpec>(options: T, usage: string): ParsedOptions<T> {
  const { options: values, positionals } = parseCommandLine(options, usage);
  if (positionals.length > 0) {
    throw new CliError(`Unexpected argument "${positionals[0]}".\n\n${usage}`, EXIT.usage);
  }
  return values;
}

/** Options and the plain arguments (file names) after them. */
export function parseCommandLine<T extends OptionSpec>(
  options: T,
  usage: string,
): { options: ParsedOptions<T>; positionals: string[] } {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      options: { ...options, help: { type: 'boolean' } },
      strict: true,
      allowPositionals: true,
    }));
  } catch (error) {
    throw new CliError(
      `${error instanceof Error ? error.message : String(error)}\n\n${usage}`,
      EXIT.usage,
    );
  }
  if (values.help) {
    console.log(usage);
    process.exit(EXIT.ok);
  }
  return { options: values as ParsedOptions<T>, positionals };
}
