import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchApp, stopSharedBrowser, type AppHandle } from './harness';

let app: AppHandle;
let dataDir: string;
const problems: string[] = [];

test.beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'fineprint-e2e-'));
  problems.length = 0;
  app = await launchApp({ dataDir });
});
test.afterEach(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});
test.afterAll(stopSharedBrowser);

test('the window starts under its strict CSP and shows the assessment library', async () => {
  const { page } = app;
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Assessment library' })).toBeVisible();
  await expect(page.getByText(/^FinePrint \d+\.\d+\.\d+$/)).toBeVisible();
  // A CSP violation (inline script, eval in zod or the UI kit) shows up as a console error.
  expect(problems).toEqual([]);
});

test('the library screen has no serious or critical accessibility violation', async () => {
  await expect(app.page.getByRole('heading', { level: 1, name: 'Assessment library' })).toBeVisible();
  const results = await new AxeBuilder({ page: app.page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
  expect(serious).toEqual([]);
});
