import type { Locator, Page } from '@playwright/test';

/** The review section: rating, coverage, knock-outs, findings, decision, conditions and sign-offs. */
export class ReviewPage {
  readonly findings: Locator;
  readonly traceButton: Locator;
  readonly traceDialog: Locator;
  readonly rationale: Locator;

  constructor(readonly page: Page) {
    this.findings = page.getByRole('region', { name: /^Findings/ }).getByRole('listitem');
    this.traceButton = page.getByRole('button', { name: 'Show how the score was reached' });
    this.traceDialog = page.getByRole('dialog', { name: 'Score trace' });
    this.rationale = page.getByRole('textbox', { name: 'Rationale' });
  }

  async decide(outcome: 'Not decided yet' | 'Approve' | 'Approve with conditions' | 'Reject'): Promise<void> {
    await this.page.getByRole('radiogroup', { name: 'Outcome' }).getByRole('radio', { name: outcome, exact: true }).check();
  }

  async addCondition(text: string, owner: string, due: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'New condition' }).fill(text);
    await this.page.getByRole('button', { name: 'Add condition' }).click();
    const n = await this.page.getByRole('textbox', { name: /^Condition \d+$/ }).count();
    await this.page
      .getByRole('textbox', { name: 'Owner' })
      .nth(n - 1)
      .fill(owner);
    await this.page
      .getByLabel('Due')
      .nth(n - 1)
      .fill(due);
  }

  async addSignOff(role: string, name: string, date: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Role' }).selectOption({ label: role });
    await this.page.getByRole('button', { name: 'Add sign-off' }).click();
    const row = this.signOff(role);
    await row.getByRole('textbox', { name: 'Name' }).fill(name);
    await row.getByLabel('Date').fill(date);
  }

  /** The sign-off of one role, with its name and date fields. */
  signOff(role: string): Locator {
    return this.page.getByRole('group', { name: role, exact: true });
  }
}
