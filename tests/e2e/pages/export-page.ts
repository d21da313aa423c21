import type { Locator, Page } from '@playwright/test';

/** The export section: the PDF report and the .fineprint file, each saying where the file went. */
export class ExportPage {
  readonly pdfButton: Locator;
  readonly fileButton: Locator;
  readonly label: Locator;
  /** The once-only question before the first report: who it is from. */
  readonly identityDialog: Locator;

  constructor(readonly page: Page) {
    this.identityDialog = page.getByRole('dialog', { name: 'Who is this report from?' });
    this.pdfButton = page.getByRole('button', { name: 'Export PDF…' });
    this.fileButton = page.getByRole('button', { name: 'Save .fineprint file…' });
    this.label = page.getByRole('textbox', { name: 'Confidentiality label' });
  }

  savedTo(path: string): Locator {
    return this.page.getByRole('status').filter({ hasText: `Saved to ${path}` });
  }

  async paper(size: 'A4' | 'US Letter'): Promise<void> {
    await this.page.getByRole('radiogroup', { name: 'Paper size' }).getByRole('radio', { name: size }).check();
  }

  async includeInternalNotes(where: 'report' | 'file'): Promise<void> {
    await this.page.getByRole('checkbox', { name: `Include internal notes in the ${where}` }).check();
  }
}
