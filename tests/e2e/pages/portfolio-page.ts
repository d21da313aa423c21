import { expect, type Locator, type Page } from '@playwright/test';

/** The portfolio screen: concentration, the services-against-providers matrix, the what-if and exports. */
export class PortfolioPage {
  readonly heading: Locator;
  readonly concentration: Locator;
  readonly matrix: Locator;
  readonly whatIf: Locator;
  readonly provider: Locator;
  readonly show: Locator;
  readonly result: Locator;
  readonly empty: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Portfolio' });
    this.concentration = page.getByRole('table', { name: 'Concentration' });
    this.matrix = page.getByRole('table', { name: 'Services against providers' });
    this.whatIf = page.getByRole('region', { name: 'What if…' });
    this.provider = this.whatIf.getByRole('combobox', { name: 'Provider' });
    this.show = this.whatIf.getByRole('button', { name: 'Show what it affects' });
    this.result = this.whatIf.getByRole('region', { name: /^What if / });
    this.empty = page.getByText('No upstream providers recorded yet');
  }

  async goTo(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Portfolio' }).click();
    await expect(this.heading).toBeVisible();
  }

  /** The concentration row of a provider. */
  concentrationRow(provider: string): Locator {
    return this.concentration.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: provider, exact: true }) });
  }

  /** The matrix row of a service. */
  matrixRow(service: string): Locator {
    return this.matrix.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${escape(service)}`) }) });
  }

  /** Runs the what-if for a provider and a scenario, and waits for its result. */
  async runWhatIf(provider: string, scenario: 'It leaves or is dropped' | 'It changes its terms' | 'It moves the data to another region') {
    await this.provider.selectOption({ label: provider });
    await this.whatIf.getByRole('radio', { name: scenario }).check();
    await this.show.click();
    await expect(this.result).toBeVisible();
  }

  /** The list of checks a service's assessment reopens, in the what-if's result. */
  reopened(service: string): Locator {
    return this.result.getByRole('list', { name: `Checks this reopens: ${service}` });
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
