import { runCli } from '../../src/node/cli/run';

/** What one run of the fineprint CLI printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the fineprint CLI in-process in `cwd`, as `fineprint <argv…>` would from a shell there. */
export async function runFineprint(cwd: string, ...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (l) => out.push(l), stderr: (l) => err.push(l), cwd });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}
