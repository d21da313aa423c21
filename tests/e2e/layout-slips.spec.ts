import { expect, test } from './fixtures';
import { DataPathPage } from './pages/data-path-page';
import { ReviewPage } from './pages/review-page';

const SERVICE = 'Quillstone Contract Assistant';

/** What the page tells about an element's box (the tests' TypeScript has no DOM types). */
interface Measured {
  scrollWidth: number;
  clientWidth: number;
  scrollHeight: number;
  clientHeight: number;
  textContent: string | null;
  getBoundingClientRect(): { right: number };
}

test('a finding card sets out each part on its own, and trace badges stay inside their pills', async ({ app, library }) => {
  await library.openSample(SERVICE, 'Review');
  const review = new ReviewPage(app.page);

  // The recommendation and the clause are separate terms, never one run-on line.
  const first = review.findings.first();
  await expect(first.getByRole('term')).toHaveText([
    'Answer',
    'Source',
    'Recommendation',
    'Contract clause to ask for',
    'Evidence to request',
  ]);
  const text = await first.innerText();
  expect(text).not.toMatch(/[.)]Contract clause to ask for/);
  expect(text).toMatch(/\nContract clause to ask for\n/);

  // In the score trace every risk badge holds its words on one line, inside the pill.
  await review.traceButton.click();
  await expect(review.traceDialog).toBeVisible();
  const badges = review.traceDialog.getByRole('row').filter({ hasText: 'Critical risk' });
  await expect(badges.first()).toBeVisible();
  const spills = await review.traceDialog
    .locator('.fui-Badge')
    .evaluateAll((els: Measured[]) =>
      els.filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1).map((el) => el.textContent),
    );
  expect(spills).toEqual([]);
});

test('the data-path diagram uses its width, cuts nothing short, and names the required jurisdictions', async ({ app, library }) => {
  await library.openSample(SERVICE, 'Data path');
  const path = new DataPathPage(app.page);
  await expect(path.diagram).toBeVisible();
  const shown = (await path.diagram.locator('text').allTextContents()).join(' ');
  expect(shown).not.toContain('…');
  expect(shown).toContain('Quillstone web app and API');
  expect(shown).toContain('Inside required: UK, US');
  // The boxes spread over the diagram's width: the rightmost box ends near its right edge.
  const frame = await path.diagram.boundingBox();
  const right = await path.diagram
    .locator('g')
    .evaluateAll((gs: Measured[]) => Math.max(...gs.map((g) => g.getBoundingClientRect().right)));
  expect(frame).not.toBeNull();
  if (frame) expect(frame.x + frame.width - right).toBeLessThan(frame.width * 0.1);
});
