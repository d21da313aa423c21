import { expect, type Locator, type Page } from '@playwright/test';

/** The settings screen: report details, default checklist, theme. */
export class SettingsPage {
  readonly heading: Locator;
  readonly organisation: Locator;
  readonly assessor: Locator;
  readonly label: Locator;
  readonly defaultTemplate: Locator;
  readonly status: Locator;
  readonly templates: Locator;
  readonly importTemplate: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Settings' });
    this.organisation = page.getByRole('textbox', { name: 'Organisation' });
    this.assessor = page.getByRole('textbox', { name: 'Assessor (your name)' });
    this.label = page.getByRole('textbox', { name: 'Confidentiality label' });
    this.defaultTemplate = page.getByRole('combobox', { name: 'Default checklist' });
    this.status = page.getByRole('status').filter({ hasText: /^Settings saved$/ });
    this.templates = page.getByRole('list', { name: 'Checklist templates' });
    this.importTemplate = page.getByRole('button', { name: 'Import a checklist template…' });
  }

  async goTo(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
    await expect(this.heading).toBeVisible();
  }

  async paper(size: 'A4' | 'US Letter'): Promise<void> {
    await this.page.getByRole('radiogroup', { name: 'Paper size' }).getByRole('radio', { name: size }).check();
  }

  async theme(theme: 'Light' | 'Dark' | 'Same as the system'): Promise<void> {
    await this.page.getByRole('radiogroup', { name: 'Theme' }).getByRole('radio', { name: theme }).check();
  }

  themeRadio(theme: 'Light' | 'Dark' | 'Same as the system'): Locator {
    return this.page.getByRole('radiogroup', { name: 'Theme' }).getByRole('radio', { name: theme });
  }

  paperRadio(size: 'A4' | 'US Letter'): Locator {
    return this.page.getByRole('radiogroup', { name: 'Paper size' }).getByRole('radio', { name: size });
  }
}
