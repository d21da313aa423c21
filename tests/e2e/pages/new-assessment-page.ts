import { expect, type Locator, type Page } from '@playwright/test';

/** The new-assessment screen: the checklist and the triage (profile) questions. */
export class NewAssessmentPage {
  readonly heading: Locator;
  readonly startButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'New assessment' });
    this.startButton = page.getByRole('button', { name: 'Start assessment' });
  }

  async waitUntilShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.page.getByRole('textbox', { name: 'Vendor', exact: true })).toBeVisible();
  }

  async fillText(label: string, value: string): Promise<void> {
    await this.page.getByRole('textbox', { name: label, exact: true }).fill(value);
  }

  /** Chooses an option of a single-choice question. */
  async choose(question: string, option: string): Promise<void> {
    await this.page.getByRole('radiogroup', { name: question }).getByRole('radio', { name: option, exact: true }).check();
  }

  /** Ticks an option of a multiple-choice question. */
  async tick(question: string, option: string): Promise<void> {
    await this.page.getByRole('group', { name: question }).getByRole('checkbox', { name: option, exact: true }).check();
  }

  /** Fills the vendor and the service and starts the assessment. */
  async create(vendor: string, service: string, extra?: () => Promise<void>): Promise<void> {
    await this.waitUntilShown();
    await this.fillText('Vendor', vendor);
    await this.fillText('Service or product assessed', service);
    if (extra) await extra();
    await this.startButton.click();
  }
}
