import type { Locator, Page } from '@playwright/test';

/** The data path editor: its diagram and one card per hop. */
export class DataPathPage {
  readonly diagram: Locator;
  readonly addButton: Locator;

  constructor(readonly page: Page) {
    this.diagram = page.getByRole('img', { name: /^Data path diagram/ });
    this.addButton = page.getByRole('button', { name: 'Add hop' });
  }

  /** The card of hop n (1-based). */
  hop(n: number): Locator {
    return this.page.getByRole('group', { name: new RegExp(`^Hop ${n}:`) });
  }

  async addHop(fields: {
    component: string;
    operator?: string;
    region?: string;
    /** Jurisdictions to tick, by their labels: "EU/EEA", "UK", "US", "Switzerland". */
    jurisdictions?: string[];
    dataKinds?: string;
    retention?: string;
  }) {
    await this.addButton.click();
    const n = await this.page.getByRole('group', { name: /^Hop \d+:/ }).count();
    const card = this.hop(n);
    await card.getByRole('textbox', { name: 'Component' }).fill(fields.component);
    const hop = this.hop(n);
    if (fields.operator) await hop.getByRole('textbox', { name: 'Operator' }).fill(fields.operator);
    if (fields.region) await hop.getByRole('textbox', { name: 'Region' }).fill(fields.region);
    for (const j of fields.jurisdictions ?? []) await hop.getByRole('checkbox', { name: j, exact: true }).check();
    if (fields.dataKinds) await hop.getByRole('textbox', { name: 'Data kinds (separated by commas)' }).fill(fields.dataKinds);
    if (fields.retention) await hop.getByRole('textbox', { name: 'Retention' }).fill(fields.retention);
  }

  async moveUp(n: number): Promise<void> {
    await this.page.getByRole('button', { name: `Move hop ${n} up` }).click();
  }

  async remove(n: number): Promise<void> {
    await this.page.getByRole('button', { name: `Delete hop ${n}` }).click();
  }
}
