import { APP_LABEL } from '../../core/version';
import { COMMANDS } from './commands';
import { terminalSafe } from './format';
import { EXIT, UsageError, type CliIo, type ExitCode } from './io';

/** The top-level help text. */
export function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.words.join(' ').length)) + 2;
  return `${APP_LABEL}: checks the fine print of AI services.

Usage: fineprint <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.words.join(' ').padEnd(width)}${c.summary}`).join('\n')}

Run "fineprint <command> --help" for a command's options and exit codes.`;
}

/** Runs the CLI on `argv` (without node and script); resolves to the exit code. Never throws. */
export async function runCli(argv: readonly string[], raw: CliIo): Promise<ExitCode> {
  // Names and notes come from files anyone can write: nothing in them may steer the terminal.
  const io: CliIo = { ...raw, stdout: (line) => raw.stdout(terminalSafe(line)), stderr: (line) => raw.stderr(terminalSafe(line)) };
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    (argv.length === 0 ? io.stderr : io.stdout)(mainHelp());
    return argv.length === 0 ? EXIT.usage : EXIT.ok;
  }
  if (argv[0] === '--version' || argv[0] === '-v') {
    io.stdout(APP_LABEL);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.words.every((w, i) => argv[i] === w));
  if (!command) {
    const group = COMMANDS.find((c) => c.words.length > 1 && c.words[0] === argv[0]);
    io.stderr(group ? `fineprint: unknown ${argv[0]} command "${argv[1] ?? ''}"` : `fineprint: unknown command "${argv[0]}"`);
    io.stderr(mainHelp());
    return EXIT.usage;
  }
  try {
    return await command.run(argv.slice(command.words.length), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`fineprint ${command.words.join(' ')}: ${error.message}`);
      io.stderr(command.help.split('\n')[0] ?? '');
      return EXIT.usage;
    }
    io.stderr(`fineprint ${command.words.join(' ')}: internal error: ${(error as Error).message}`);
    return EXIT.usage;
  }
}
