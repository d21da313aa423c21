import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SessionPage } from './pages/session-page';
import { seriousViolations } from './pages/app';
import { NewAssessmentPage } from './pages/new-assessment-page';
import { SettingsPage } from './pages/settings-page';
import { VendorImportPage, checkOf, fillAsVendor, sampleAssessment } from './pages/vendor-import-page';

const SERVICE = 'Northwind Office Suite Copilot';
let found: string[];

async function check(page: Page, screen: string) {
  for (const v of await seriousViolations(page)) found.push(`${screen}: ${v}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.beforeEach(async ({ app }) => {
      found = [];
      await app.page.emulateMedia({ colorScheme: scheme });
      // The window follows the system scheme with colour transitions: scan the settled colours, not a blend.
      // (A function, not a string: the window's CSP forbids eval.) The test's type-check has no DOM types.
      await app.page.waitForFunction(
        () => (globalThis as unknown as { document: { getAnimations(): unknown[] } }).document.getAnimations().length === 0,
      );
    });

    test('the library, the new-assessment form and the settings have no serious or critical violation', async ({ app, library }) => {
      test.slow(true, 'an axe scan of several screens, each a few seconds of work on a busy machine');
      const { page } = app;
      await check(page, 'library, first run');
      await library.openSample(SERVICE);
      await library.goTo();
      await expect(library.table).toBeVisible();
      await check(page, 'library, with an assessment');
      await library.newAssessmentButton.click();
      await new NewAssessmentPage(page).waitUntilShown();
      await check(page, 'new assessment');
      await new SettingsPage(page).goTo();
      await check(page, 'settings');
      expect(found).toEqual([]);
    });

    test('the checks, profile and data path of a session have no serious or critical violation', async ({ app, library }) => {
      test.slow(true, 'an axe scan of several screens, each a few seconds of work on a busy machine');
      const { page } = app;
      const session = await library.openSample(SERVICE);
      // The sample has a decision, so it opens on its review.
      await session.section('Checks');
      await expect(session.help).toBeVisible();
      await check(page, 'checks with the help panel');
      await page.keyboard.press('a');
      await check(page, 'checks, not applicable with its reason');
      await session.section('Profile');
      await check(page, 'profile');
      await session.section('Data path');
      await check(page, 'data path');
      expect(found).toEqual([]);
    });

    test('the review, its score trace and the export of a session have no serious or critical violation', async ({ app, library }) => {
      test.slow(true, 'an axe scan of several screens, each a few seconds of work on a busy machine');
      const { page } = app;
      const session = await library.openSample(SERVICE, 'Review');
      await check(page, 'review');
      await page.getByRole('button', { name: 'Show how the score was reached' }).click();
      await expect(page.getByRole('dialog', { name: 'Score trace' })).toBeVisible();
      await check(page, 'score trace');
      await page.getByRole('button', { name: 'Close' }).click();
      await session.section('Export');
      await check(page, 'export');
      expect(found).toEqual([]);
    });

    test('the narrow window (900x600) with the help over the check has no serious or critical violation', async ({ app, library }) => {
      test.slow(true, 'an axe scan of several screens, each a few seconds of work on a busy machine');
      const { page } = app;
      await page.setViewportSize({ width: 900, height: 600 });
      await library.openSample(SERVICE, 'Checks');
      await page.getByRole('button', { name: 'Show help' }).click();
      await expect(page.getByRole('dialog', { name: 'Help' })).toBeVisible();
      await check(page, 'checks at 900x600, help over the check');
      expect(found).toEqual([]);
    });

    test("the review of a vendor's returned answers has no serious or critical violation", async ({ app, library, tempDir }, testInfo) => {
      test.slow(true, 'writes and reads a workbook, then an axe scan of a long table');
      const { page } = app;
      const service = 'Tessellate Model API (Enterprise)';
      await library.openSample(service);
      const session = new SessionPage(page);
      await session.waitUntilShown(service);
      await session.section('Export');
      const vendor = new VendorImportPage(page);
      const out = tempDir();
      await app.answerNextDialog({ filePath: join(out, 'sent.xlsx') });
      await vendor.questionnaireButton.click();
      await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toBeVisible();
      await check(page, 'export with the round trip');
      await page.screenshot({ path: testInfo.outputPath(`export-${scheme}.png`), fullPage: true });
      const tessellate = sampleAssessment('model-api-zero-retention-eu');
      const byId = (id: string) => checkOf(tessellate, id);
      await fillAsVendor(join(out, 'sent.xlsx'), join(out, 'returned.xlsx'), [
        { check: byId('region-05'), option: byId('region-05').options[0].id, explanation: 'Failover stays in the EU.' },
        { check: byId('region-01'), option: 'both-named' },
        { check: byId('region-02'), option: 'zone-only' },
      ]);
      await app.answerNextDialog({ filePath: join(out, 'returned.xlsx') });
      await vendor.importButton.click();
      await expect(vendor.heading).toBeVisible();
      await check(page, 'vendor answers review');
      await page.screenshot({ path: testInfo.outputPath(`vendor-import-${scheme}.png`) });
      expect(found).toEqual([]);
    });
  });
}
