import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { launchApp, type AppHandle } from '../harness';
import { LibraryPage } from './library-page';

/** Launches the app over a data folder and waits until the library is interactive. */
export async function startApp(
  dataDir: string,
  viewport = { width: 1280, height: 860 },
): Promise<{ app: AppHandle; library: LibraryPage }> {
  const app = await launchApp({ dataDir });
  if (viewport) await app.page.setViewportSize(viewport);
  const library = new LibraryPage(app.page);
  await library.waitUntilInteractive();
  return { app, library };
}

/** The serious and critical accessibility violations axe finds on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Fluent's focus manager (tabster) puts aria-hidden, focusable <i data-tabster-dummy> sentinels at the edges
  // of menus, tab lists and dialogs to route Tab; they are never reached by a screen reader. Everything else counts.
  const results = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
