import type { Locator, Page } from '@playwright/test';

/** The supply chain editor: one card per provider, the form that adds one, and the data path's suggestions. */
export class SupplyChainPage {
  readonly addForm: Locator;
  readonly addName: Locator;
  readonly addRole: Locator;
  readonly addButton: Locator;
  readonly suggestButton: Locator;
  readonly suggestions: Locator;

  constructor(readonly page: Page) {
    this.addForm = page.getByRole('group', { name: 'Add a provider' });
    this.addName = this.addForm.getByRole('combobox', { name: /^Provider name/ });
    this.addRole = this.addForm.getByRole('combobox', { name: 'Role' });
    this.addButton = this.addForm.getByRole('button', { name: 'Add provider' });
    this.suggestButton = page.getByRole('button', { name: 'Suggest from the data path' });
    this.suggestions = page.getByRole('list', { name: 'Suggested by the data path' });
  }

  /** The card of the provider with this name. */
  provider(name: string): Locator {
    return this.page.getByRole('group', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · `) });
  }

  /** The cards' headings, "Name · Role", top to bottom. */
  async providerTitles(): Promise<string[]> {
    return this.page
      .getByRole('heading', { level: 4 })
      .filter({ hasText: ' · ' })
      .and(this.page.locator('[id^="provider-title-"]'))
      .allInnerTexts();
  }

  /** Types a name into the add form and leaves the field, as a person tabbing on would. */
  async typeName(name: string): Promise<void> {
    await this.addName.fill(name);
    await this.addName.press('Tab');
  }
}
