// Window figures for `npm run bench`: navigation to an interactive library, and a click on an answer to
// the updated score on the 1,000-check stress assessment. Both are timed inside the page, so Playwright's
// own round trips are not counted.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeFineprint } from '../../src/core/file-format';
import { launchApp, stopSharedBrowser, type AppHandle } from '../e2e/harness';
import { stressAssessment } from '../support/stress';
import { report } from './measure';

const LAUNCH_RUNS = 9;
const ANSWER_RUNS = 21;
const ANSWER_WARMUP = 4;

// Page-side code is passed as strings: tsx wraps named functions in `__name()`, which does not exist in
// the page, so a compiled function would fail there.

// Resolves, in the frame the library's h1 is there and "New assessment" is enabled, to ms since navigation start.
const INTERACTIVE = `new Promise((resolve) => {
  const tick = () => {
    const heading = [...document.querySelectorAll('h1')].some((h) => h.textContent === 'Assessment library');
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'New assessment');
    if (heading && button && !button.disabled) resolve(performance.now());
    else requestAnimationFrame(tick);
  };
  tick();
})`;

// Clicks the answer option at `index` of the check shown and resolves, one frame after the score region's
// text changed, to the elapsed ms.
const CLICK_TO_SCORE = (index: number) => `(async () => {
  const region = document.querySelector('[aria-label="Live score"]');
  const radio = document.querySelectorAll('[role="radiogroup"] input[type="radio"]')[${index}];
  const before = region.textContent;
  const changed = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (region.textContent !== before) {
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now()));
      }
    });
    observer.observe(region, { subtree: true, childList: true, characterData: true });
  });
  const start = performance.now();
  radio.click();
  const end = await Promise.race([changed, new Promise((r) => setTimeout(() => r(-1), 2000))]);
  return end < 0 ? -1 : end - start;
})()`;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return Math.round((s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2) * 10) / 10;
};

// Evaluated as expressions (not through waitForFunction, which compiles strings with eval, refused by the CSP).
async function waitInteractive(app: AppHandle): Promise<number> {
  return app.page.evaluate<number>(INTERACTIVE);
}

/** Prints ui.launch.ms and ui.answer.ms (targets: 1,000 ms and 50 ms), each with the harness's backend. */
export async function benchUi(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fineprint-bench-ui-'));
  let app: AppHandle | undefined;
  try {
    app = await launchApp({ dataDir });
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 860 });
    await waitInteractive(app);

    // Navigation, with the browser running, to an interactive library.
    const launches: number[] = [];
    for (let i = 0; i < LAUNCH_RUNS + 1; i++) {
      await page.reload({ waitUntil: 'commit' });
      const ms = await waitInteractive(app);
      if (i > 0) launches.push(ms);
    }
    report({ name: 'ui.launch.ms', value: median(launches), unit: 'ms', backend: app.backend });

    // The 1,000-check stress assessment, imported as a user would, then opened at its second check
    // (weight 3, answered "partly"): choosing between "yes" and "no" always moves the score.
    const file = join(dataDir, 'stress.fineprint');
    writeFileSync(file, encodeFineprint(stressAssessment(1000), new Date()));
    await app.answerNextDialog({ filePath: file });
    await page.getByRole('button', { name: 'Open a .fineprint file…' }).click();
    await page.getByRole('button', { name: 'Open Stress Service', exact: true }).click();
    await page.getByRole('region', { name: 'Live score' }).waitFor();
    await page.getByRole('radiogroup').waitFor();
    await page.keyboard.press('n');
    await page
      .getByRole('button', { name: /^Check 2: /, exact: false })
      .and(page.locator('[aria-current="step"]'))
      .waitFor();

    const answers: number[] = [];
    for (let i = 0; i < ANSWER_WARMUP + ANSWER_RUNS; i++) {
      const ms = await page.evaluate<number>(CLICK_TO_SCORE(i % 2 === 0 ? 0 : 2));
      if (ms < 0) throw new Error('ui.answer.ms: the score did not change after a click on an answer');
      if (i >= ANSWER_WARMUP) answers.push(ms);
    }
    report({ name: 'ui.answer.ms', value: median(answers), unit: 'ms', backend: app.backend, sample: 'stress1000' });
  } finally {
    await app?.close();
    await stopSharedBrowser();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// Run on its own: `npx tsx tests/bench/ui.ts`.
if (process.argv[1] && import.meta.filename === process.argv[1]) await benchUi();
