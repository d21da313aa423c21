// `npm run test:stress`: runs exactly `npm test` while a CPU-bound process keeps one core busy, as CI
// machines and users' laptops are. The spinner is a child process, killed however this script ends.
import { spawn } from 'node:child_process';
import process from 'node:process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(0);

// One core, fully busy: a tight loop in its own process, detached from nothing and killed on exit.
const spinner = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
const stopSpinner = () => {
  if (spinner.exitCode === null && spinner.signalCode === null) spinner.kill('SIGKILL');
};
process.on('exit', stopSpinner);
console.log(`test:stress: a CPU-bound process (pid ${spinner.pid}) keeps one core busy; running npm test beside it`);

const test = spawn(npm, ['test'], { stdio: 'inherit', shell: process.platform === 'win32' });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
  process.on(signal, () => {
    test.kill(signal);
    stopSpinner();
    process.exit(130);
  });
test.on('exit', (code, signal) => {
  stopSpinner();
  const outcome = code === 0 ? 'passed' : `failed (${signal ?? `exit ${code}`})`;
  console.log(`test:stress: npm test ${outcome} under load in ${seconds()} s`);
  process.exit(code ?? 1);
});
