import { parseArgs } from 'node:util';
import { UsageError, type CliIo, type ExitCode } from './io';

/** One CLI command: its words, its help text and what it does. */
export interface Command {
  words: string[];
  summary: string;
  help: string;
  run(args: string[], io: CliIo): Promise<ExitCode>;
}

/** The exit codes every command shares, for its help text. */
export const EXIT_HELP = `Exit codes:
  0  success (warnings, such as a digest mismatch, go to stderr)
  1  the file was read but is not a valid template or assessment
  2  usage error, or the file cannot be read (missing, a folder, no permission)`;

/** Parses a command's arguments strictly; throws a UsageError for anything unexpected. */
export function parse(args: string[], options: Record<string, { type: 'boolean' | 'string'; short?: string }>, positionals: number) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  if (parsed.values.help) return { help: true as const };
  if (parsed.positionals.length !== positionals)
    throw new UsageError(
      parsed.positionals.length < positionals ? 'missing file argument' : `unexpected argument "${parsed.positionals[positionals]}"`,
    );
  return { help: false as const, values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals };
}
