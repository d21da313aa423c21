import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seriousViolations } from './pages/app';
import { SessionPage } from './pages/session-page';

const DATED = 'Northwind Office Suite Copilot';
const OTHER = 'Tessellate Model API (Enterprise)';

/** Waits for the colour scheme's transitions to settle (a function, not a string: the CSP forbids eval). */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (globalThis as unknown as { document: { getAnimations(): unknown[] } }).document.getAnimations().length === 0,
  );
}

for (const scheme of ['light', 'dark'] as const) {
  test(`a past review date and an expired valid-until show in the library, its filters and sort (${scheme})`, async ({
    app,
    library,
  }, testInfo) => {
    test.slow(true, 'two samples, edits on the review and the checks, axe scans of two screens');
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme });
    await library.openSample(OTHER);
    const session = new SessionPage(page);
    await session.waitUntilShown(OTHER);
    await library.goTo();
    await library.openSample(DATED);
    await session.waitUntilShown(DATED);

    // The review suggests a date from the rating, and "Use suggestion" puts it in the field.
    await session.section('Review');
    const reviewSection = page.getByRole('region', { name: 'Next review' });
    const date = reviewSection.getByLabel('Next review date');
    await expect(date).toHaveValue('');
    const suggestion = reviewSection.getByText(/^Suggested: .+, \d+ months? (for a|while) /);
    await expect(suggestion).toBeVisible();
    await reviewSection.getByRole('button', { name: 'Use suggestion' }).click();
    await expect(date).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
    await expect(reviewSection.getByRole('button', { name: 'Use suggestion' })).toBeDisabled();

    // A date in the past is overdue.
    await date.fill('2020-01-15');
    await expect(reviewSection.getByText(/^Overdue by \d+ days$/)).toBeVisible();
    await session.waitSaved();
    await settle(page);
    for (const v of await seriousViolations(page)) expect.soft(v, 'review').toBe('');
    await reviewSection.screenshot({ path: testInfo.outputPath(`next-review-${scheme}.png`) });

    // Evidence valid until a past day is marked expired.
    await session.section('Checks');
    await page.getByRole('button', { name: /^Evidence \(\d+\)$/ }).click();
    await page.getByRole('button', { name: 'Add evidence' }).click();
    await page.getByRole('textbox', { name: 'Title' }).fill('ISO 27001 certificate');
    await page.getByLabel('Valid until').fill('2021-03-31');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    const expired = page.getByText(/^Expired /);
    await expect(expired).toBeVisible();
    await session.waitSaved();
    await expired.locator('xpath=ancestor::li[1]').screenshot({ path: testInfo.outputPath(`evidence-expired-${scheme}.png`) });

    // The library tells what is due, in words.
    await library.goTo();
    const row = library.row(DATED);
    await expect(row.getByText(/^Overdue by \d+ days$/)).toBeVisible();
    await expect(row.getByText('Expired evidence', { exact: true })).toBeVisible();
    await expect(library.row(OTHER).getByText('No review date')).toBeVisible();
    await expect(library.row(OTHER).getByText('Expired evidence', { exact: true })).toHaveCount(0);

    // A later review of the other service makes it the last changed, so it comes first by default…
    await library.open(OTHER);
    await session.waitUntilShown(OTHER);
    await session.section('Review');
    await reviewSection.getByLabel('Next review date').fill('2099-06-30');
    await session.waitSaved();
    await library.goTo();
    await expect(library.row(OTHER).getByText(/^Review /)).toBeVisible();
    await expect.poll(() => library.services()).toEqual([OTHER, DATED]);
    // …and sorting by review puts what needs attention first; again returns to the last change first.
    await library.reviewSort.click();
    await expect(library.table.getByRole('columnheader', { name: /Review/ })).toHaveAttribute('aria-sort', 'ascending');
    await expect.poll(() => library.services()).toEqual([DATED, OTHER]);
    await library.reviewSort.click();
    await expect.poll(() => library.services()).toEqual([OTHER, DATED]);
    await library.reviewSort.click();

    // Each filter finds it, and only it.
    await library.reviewFilter.selectOption({ label: 'Due or overdue' });
    await expect.poll(() => library.services()).toEqual([DATED]);
    await library.reviewFilter.selectOption({ label: 'Expired evidence' });
    await expect.poll(() => library.services()).toEqual([DATED]);
    await expect(page.getByRole('status').filter({ hasText: '1 of 2 assessments' })).toBeVisible();
    await library.reviewFilter.selectOption({ label: 'All' });
    await expect.poll(() => library.services()).toHaveLength(2);

    await page.mouse.move(0, 0);
    await settle(page);
    for (const v of await seriousViolations(page)) expect.soft(v, 'library').toBe('');
    await page.screenshot({ path: testInfo.outputPath(`library-review-${scheme}.png`), fullPage: true });
  });
}
