// Module hooks for the main-process bundle test: `electron` resolves to the recording stub beside
// this file, never to the real package (requiring which from plain Node tries to download Electron).
const STUB = new URL('./electron.mjs', import.meta.url).href;

/** Node's resolve hook: `electron` (and its subpaths) become the stub. */
export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron' || specifier.startsWith('electron/')) return { url: STUB, shortCircuit: true, format: 'module' };
  return nextResolve(specifier, context);
}
