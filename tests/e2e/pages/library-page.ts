import { expect, type Locator, type Page } from '@playwright/test';
import { SessionPage, type SessionSection } from './session-page';

/** The assessment library (home screen), as a person sees it. */
export class LibraryPage {
  readonly heading: Locator;
  readonly newAssessmentButton: Locator;
  readonly importButton: Locator;
  readonly table: Locator;
  readonly welcome: Locator;
  readonly search: Locator;
  readonly ratingFilter: Locator;
  readonly decisionFilter: Locator;
  readonly reviewFilter: Locator;
  readonly reviewSort: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Assessment library' });
    this.newAssessmentButton = page.getByRole('button', { name: 'New assessment' });
    this.importButton = page.getByRole('button', { name: 'Open a .fineprint file…' });
    this.table = page.getByRole('table', { name: 'Assessments' });
    this.welcome = page.getByRole('region', { name: 'Welcome to FinePrint' });
    this.search = page.getByRole('searchbox', { name: 'Search by service, vendor or checklist' });
    this.ratingFilter = page.getByRole('combobox', { name: 'Rating' });
    this.decisionFilter = page.getByRole('combobox', { name: 'Decision' });
    this.reviewFilter = page.getByRole('combobox', { name: 'Review' });
    this.reviewSort = this.table.getByRole('columnheader').getByRole('button', { name: 'Review' });
  }

  /** Waits for the library's heading and an enabled "New assessment" button: the app is usable. */
  async waitUntilInteractive(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.newAssessmentButton).toBeEnabled();
  }

  /** Goes back to the library from anywhere in the app. */
  async goTo(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Library' }).click();
    await this.waitUntilInteractive();
  }

  /** The data rows of the table (the header row left out). */
  rows(): Locator {
    return this.table.getByRole('row').filter({ hasNot: this.page.getByRole('columnheader') });
  }

  /** The row of one assessment, found by its service name. */
  row(service: string): Locator {
    return this.rows().filter({ has: this.page.getByRole('button', { name: `Open ${service}`, exact: true }) });
  }

  /** The service names listed, top to bottom. */
  async services(): Promise<string[]> {
    if ((await this.table.count()) === 0) return [];
    return this.rows()
      .getByRole('button', { name: /^Open / })
      .allInnerTexts();
  }

  /** Opens a bundled sample from "Open a sample" and waits for its assessment; goes to `section` when given. */
  async openSample(service: string, section?: SessionSection): Promise<SessionPage> {
    await this.page.getByRole('button', { name: 'Open a sample' }).first().click();
    await this.page.getByRole('menuitem', { name: service }).click();
    return this.shown(service, section);
  }

  /** Opens an assessment of the library and waits for it; goes to `section` when given. */
  async open(service: string, section?: SessionSection): Promise<SessionPage> {
    await this.page.getByRole('button', { name: `Open ${service}`, exact: true }).click();
    return this.shown(service, section);
  }

  private async shown(service: string, section: SessionSection | undefined): Promise<SessionPage> {
    const session = new SessionPage(this.page);
    await session.waitUntilShown(service);
    if (section) await session.section(section);
    return session;
  }

  async delete(service: string): Promise<void> {
    await this.page.getByRole('button', { name: `Delete ${service}`, exact: true }).click();
  }

  async undo(): Promise<void> {
    await this.page.getByRole('button', { name: 'Undo' }).click();
  }

  /** Clicks "Open a .fineprint file…"; the dialog's answer must be queued first. */
  async import(): Promise<void> {
    await this.importButton.click();
  }

  /** The conflict question shown when an imported assessment is already in the library. */
  conflictDialog(): Locator {
    return this.page.getByRole('alertdialog', { name: 'This assessment is already in the library' });
  }

  error(): Locator {
    return this.page.getByRole('alert');
  }

  message(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }
}
