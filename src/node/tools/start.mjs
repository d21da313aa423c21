// `npm start`: build the app, then launch it in Electron. Electron 42+ fetches its runtime on first
// use; when that cannot happen (no network), say so in one sentence instead of a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const electronDir = join(root, 'node_modules', 'electron');

/** The Electron executable if it is already on disk, without triggering a download. */
function installedElectron() {
  const pathFile = join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
    return existsSync(candidate) ? candidate : undefined;
  }
  if (!relative) return undefined;
  const candidate = join(electronDir, 'dist', relative);
  return existsSync(candidate) ? candidate : undefined;
}

const build = spawnSync(
  process.execPath,
  [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '-c', 'electron.config.ts'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);

let executable = installedElectron();
if (!executable) {
  console.log('Fetching the Electron runtime (first start only)...');
  const fetched = spawnSync(process.execPath, [join(electronDir, 'install.js')], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  executable = fetched.status === 0 ? installedElectron() : undefined;
  if (!executable) {
    console.error(
      'FinePrint cannot start: the Electron runtime is not installed and could not be downloaded (no network access to its download server); ' +
        'connect this computer to the internet and run `npm start` again, or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an Electron 45 build.',
    );
    process.exit(1);
  }
}

const child = spawn(executable, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
