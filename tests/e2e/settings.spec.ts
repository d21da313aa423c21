import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ExportPage } from './pages/export-page';
import { SettingsPage } from './pages/settings-page';

// The header's background: Fluent's neutral background 3 in the light and the dark theme.
const LIGHT = 'rgb(245, 245, 245)';
const DARK = 'rgb(20, 20, 20)';
const header = (page: Page) => page.getByRole('banner');

test('settings persist across a relaunch and the theme applies at once', async ({ app, launch }) => {
  test.slow(true, 'changes every setting, relaunches, and follows them into an export');
  let settings = new SettingsPage(app.page);
  await settings.goTo();
  await expect(header(app.page)).toHaveCSS('background-color', LIGHT);
  await settings.organisation.fill('Contoso Procurement');
  await settings.assessor.fill('Dana Whitfield');
  await settings.label.fill('Internal – board only');
  await settings.paper('US Letter');
  await settings.theme('Dark');
  await expect(header(app.page)).toHaveCSS('background-color', DARK);
  await expect(settings.status).toBeVisible();
  await app.close();

  const relaunched = await launch();
  app = relaunched.app;
  await expect(header(app.page)).toHaveCSS('background-color', DARK);
  settings = new SettingsPage(app.page);
  await settings.goTo();
  await expect(settings.organisation).toHaveValue('Contoso Procurement');
  await expect(settings.assessor).toHaveValue('Dana Whitfield');
  await expect(settings.label).toHaveValue('Internal – board only');
  await expect(settings.paperRadio('US Letter')).toBeChecked();
  await expect(settings.themeRadio('Dark')).toBeChecked();

  // The report options of an assessment start from the settings.
  await relaunched.library.goTo();
  await relaunched.library.openSample('Northwind Office Suite Copilot', 'Export');
  const exporter = new ExportPage(app.page);
  await expect(exporter.label).toHaveValue('Internal – board only');
  await expect(app.page.getByRole('radiogroup', { name: 'Paper size' }).getByRole('radio', { name: 'US Letter' })).toBeChecked();

  // Back to the system theme: follows the system's light scheme here.
  await settings.goTo();
  await settings.theme('Same as the system');
  await expect(header(app.page)).toHaveCSS('background-color', LIGHT);
});

test('the system theme follows the dark mode of the operating system', async ({ app }) => {
  await expect(header(app.page)).toHaveCSS('background-color', LIGHT);
  await app.page.emulateMedia({ colorScheme: 'dark' });
  await expect(header(app.page)).toHaveCSS('background-color', DARK);
});

// A 1x1 PNG: signature, IHDR, IDAT, IEND.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

test('a logo is chosen, shown and removed; a file that is not an image is refused with a reason', async ({ app, dataDir }) => {
  const settings = new SettingsPage(app.page);
  await settings.goTo();
  const notImage = join(dataDir, 'terms.pdf');
  writeFileSync(notImage, '%PDF-1.7 not a picture');
  await app.answerNextDialog({ filePath: notImage });
  await app.page.getByRole('button', { name: 'Choose a logo…' }).click();
  await expect(app.page.getByRole('alert')).toContainText('terms.pdf is not a PNG or JPEG image.');

  const logo = join(dataDir, 'contoso.png');
  writeFileSync(logo, PNG);
  await app.answerNextDialog({ filePath: logo });
  await app.page.getByRole('button', { name: 'Choose a logo…' }).click();
  await expect(app.page.getByRole('img', { name: 'Logo: contoso.png' })).toBeVisible();
  await expect(app.page.getByRole('alert')).toHaveCount(0);
  await app.page.getByRole('button', { name: 'Remove the logo' }).click();
  await expect(app.page.getByText('No logo chosen.')).toBeVisible();
});

test('a custom checklist template is imported with readable errors, offered for new assessments, and removed', async ({ app, dataDir }) => {
  const settings = new SettingsPage(app.page);
  await settings.goTo();
  const bundled = JSON.parse(readFileSync(join(import.meta.dirname, '../../templates/ai-vendor-risk.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const broken = join(dataDir, 'broken.json');
  writeFileSync(broken, JSON.stringify({ ...bundled, id: 'our-checklist', checks: [] }));
  await app.answerNextDialog({ filePath: broken });
  await settings.importTemplate.click();
  await expect(app.page.getByRole('alert')).toContainText('broken.json is not a valid checklist template');

  const good = join(dataDir, 'ours.json');
  writeFileSync(good, JSON.stringify({ ...bundled, id: 'our-checklist', title: 'Our AI checklist' }));
  await app.answerNextDialog({ filePath: good });
  await settings.importTemplate.click();
  await expect(app.page.getByRole('status').filter({ hasText: 'Our AI checklist was added' })).toBeVisible();
  await expect(settings.templates.getByRole('listitem')).toHaveCount(2);
  await expect(settings.defaultTemplate.getByRole('option', { name: /Our AI checklist/ })).toHaveCount(1);

  await app.page.getByRole('button', { name: 'Remove Our AI checklist' }).click();
  await expect(settings.templates.getByRole('listitem')).toHaveCount(1);
  await expect(app.page.getByRole('button', { name: /^Remove / })).toHaveCount(0);
});
