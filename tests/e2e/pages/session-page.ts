import { expect, type Locator, type Page } from '@playwright/test';

/** The sections of an assessment, as its tabs name them. */
export type SessionSection = 'Profile' | 'Checks' | 'Data path' | 'Supply chain' | 'Review' | 'Export';

/** An open assessment: its header (live score, autosave), its sections, and the checks screen. */
export class SessionPage {
  readonly liveScore: Locator;
  readonly saveStatus: Locator;
  readonly answers: Locator;
  readonly areas: Locator;
  readonly checkList: Locator;
  readonly nextButton: Locator;
  readonly previousButton: Locator;
  readonly help: Locator;
  readonly reason: Locator;

  constructor(readonly page: Page) {
    this.liveScore = page.getByRole('region', { name: 'Live score' });
    this.saveStatus = page.getByRole('status').filter({ hasText: /^(Saved|Saving…|Unsaved changes)$/ });
    // On the checks screen the only radio group is the current check's answers, named by its prompt.
    this.answers = page.getByRole('radiogroup');
    this.areas = page.getByRole('navigation', { name: 'Areas' });
    this.checkList = page.getByRole('list', { name: 'Checks in this area' });
    this.nextButton = page.getByRole('button', { name: 'Next check' });
    this.previousButton = page.getByRole('button', { name: 'Previous check' });
    this.help = page.getByRole('complementary', { name: 'Help' });
    this.reason = page.getByRole('textbox', { name: 'Why does this check not apply?' });
  }

  heading(service: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: service });
  }

  async waitUntilShown(service: string): Promise<void> {
    await expect(this.heading(service)).toBeVisible();
    await expect(this.liveScore).toBeVisible();
  }

  async section(name: SessionSection): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
    await expect(this.page.getByRole('tab', { name, selected: true })).toBeVisible();
  }

  /** The score as the header shows it, e.g. "Score 42.5". */
  async scoreText(): Promise<string> {
    return this.liveScore.getByText(/^Score /).innerText();
  }

  /** "answered of visible" as the header shows them. */
  async progress(): Promise<{ answered: number; visible: number }> {
    const text = await this.liveScore.getByText(/checks answered/).innerText();
    const m = /(\d+) of (\d+)/.exec(text);
    if (!m) throw new Error(`no progress in "${text}"`);
    return { answered: Number(m[1]), visible: Number(m[2]) };
  }

  /** Waits until every change is on disk. */
  async waitSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText('Saved');
  }

  /** The prompt of the check shown, read from its answer group's name. */
  async prompt(): Promise<string> {
    const id = await this.answers.getAttribute('aria-labelledby');
    return this.page.locator(`[id="${id ?? ''}"]`).innerText();
  }

  /** The answer options of the current check (the check's own options, then Unknown and Not applicable). */
  options(): Locator {
    return this.answers.getByRole('radio');
  }

  async chooseByMouse(index: number): Promise<void> {
    await this.options().nth(index).click();
  }

  async chooseUnknownByMouse(): Promise<void> {
    await this.answers.getByRole('radio', { name: /^Unknown/ }).click();
  }

  async chooseNotApplicableByMouse(reason: string): Promise<void> {
    await this.answers.getByRole('radio', { name: /^Not applicable/ }).click();
    await this.reason.fill(reason);
  }

  /** The area buttons of the side navigation, with their progress in their names. */
  area(title: string): Locator {
    return this.areas.getByRole('button', { name: new RegExp(`^${title}, \\d+ of \\d+ answered$`) });
  }

  /** The name of the answer option chosen on the current check. */
  async chosen(): Promise<string> {
    return (await this.answers.getByRole('radio', { checked: true }).getAttribute('value')) ?? '';
  }

  accordion(name: RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  async addNote(text: string, internal = false): Promise<void> {
    const toggle = this.accordion(/^Notes \(\d+\)$/);
    const before = Number(/\((\d+)\)/.exec((await toggle.textContent()) ?? '')?.[1] ?? '0');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await this.page.getByRole('textbox', { name: 'New note' }).fill(text);
    if (internal) await this.page.getByRole('checkbox', { name: /^Internal only/ }).check();
    await this.page.getByRole('button', { name: 'Add note' }).click();
    // As a person would, go on only once the note is listed: the count names it and the box is empty again.
    await expect(this.accordion(new RegExp(`^Notes \\(${before + 1}\\)$`))).toBeVisible();
    await expect(this.page.getByRole('textbox', { name: 'New note' })).toHaveValue('');
  }
}
