import { expect, test } from './fixtures';

const SERVICE = 'Quillstone Contract Assistant';

test('a check speaks plainly: its weight, the strip marks, each reference’s framework and the evidence fingerprint', async ({
  app,
  library,
}) => {
  const { page } = app;
  const session = await library.openSample(SERVICE, 'Checks');
  const prompt = await session.prompt();

  // The weight says what it does, in words.
  await expect(page.getByText(/^Counts [\d.]+× in the area score$/)).toBeVisible();
  await expect(page.getByText(/^Weight \d+$/)).toHaveCount(0);

  // Each strip button is named with its question's short title and described by the question; the marks have a key.
  const firstButton = session.checkList.getByRole('button').first();
  await expect(firstButton).toHaveAccessibleName(/^Check 1: .+ \(answered\)$/);
  await expect(firstButton).toHaveAccessibleDescription(prompt);
  await session.chooseUnknownByMouse();
  const key = page.getByRole('list', { name: 'Key to the check numbers' });
  await expect(key.getByRole('listitem')).toContainText(['answered', 'unknown: ask the vendor']);

  // Each reference in the help names its framework in full.
  if (!(await session.help.isVisible())) await page.getByRole('button', { name: 'Show help' }).click();
  await expect(session.help.getByRole('listitem').filter({ hasText: /^CCM / }).first()).toContainText('CSA Cloud Controls Matrix v4');

  // The evidence fingerprint says what it records and why.
  await page.getByRole('button', { name: /^Evidence \(\d+\)$/ }).click();
  await page.getByRole('button', { name: 'Add evidence' }).click();
  await expect(page.getByRole('button', { name: 'Record the exact file you saw…' })).toHaveAccessibleDescription(
    /keeps its fingerprint \(SHA-256\), never the file itself/,
  );
});
