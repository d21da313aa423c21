import { expect, test } from './fixtures';
import { seriousViolations } from './pages/app';
import { DataPathPage } from './pages/data-path-page';
import { NewAssessmentPage } from './pages/new-assessment-page';
import { SessionPage } from './pages/session-page';
import { SupplyChainPage } from './pages/supply-chain-page';

const SAMPLE = 'Tessellate Model API (Enterprise)';
const SERVICE = 'Fabrikam Drafting Assistant';

test('providers are added from the library’s names, one through a confirmed alias, and kept', async ({
  app: first,
  library: firstLibrary,
  launch,
}) => {
  test.slow(true, 'opens a sample, builds a supply chain, then relaunches the app');
  let app = first;
  let library = firstLibrary;
  // A sample puts "Tessellate Labs" and "Cirrusline Cloud" in the library.
  await library.openSample(SAMPLE);
  await new SessionPage(app.page).waitUntilShown(SAMPLE);
  await library.goTo();
  await library.newAssessmentButton.click();
  await new NewAssessmentPage(app.page).create('Fabrikam', SERVICE);
  let session = new SessionPage(app.page);
  await session.waitUntilShown(SERVICE);
  await session.section('Supply chain');
  let chain = new SupplyChainPage(app.page);
  await expect(app.page.getByText('No providers recorded yet.')).toBeVisible();

  // A slip of a letter: the picker asks, and the answer keeps the alias.
  await chain.typeName('Tesselate Labs, Inc.');
  await expect(chain.addForm.getByText('Same as Tessellate Labs?')).toBeVisible();
  await expect(chain.addButton).toBeDisabled();
  await chain.addForm.getByRole('button', { name: 'Yes, use Tessellate Labs' }).click();
  await expect(chain.addName).toHaveValue('Tessellate Labs');
  await chain.addButton.click();
  await expect(chain.provider('Tessellate Labs')).toBeVisible();

  // A name offered by the combobox.
  await chain.addName.pressSequentially('cirrus');
  await expect(app.page.getByRole('option', { name: 'Cirrusline Cloud' })).toBeVisible();
  // Enter on the open list picks the highlighted name, not the letters typed so far.
  await chain.addName.press('ArrowDown');
  await chain.addName.press('Enter');
  await expect(chain.addName).toHaveValue('Cirrusline Cloud');
  await chain.addRole.selectOption({ label: 'Hosting cloud' });
  await chain.addButton.click();
  const cloud = chain.provider('Cirrusline Cloud');
  await expect(cloud).toHaveAccessibleName(/^Cirrusline Cloud · Hosting cloud/);
  await cloud.getByRole('textbox', { name: 'Regions' }).fill('EU Central (Frankfurt)');
  await cloud.getByRole('checkbox', { name: 'EU/EEA', exact: true }).check();
  await session.waitSaved();
  await app.close();

  ({ app, library } = await launch());
  await library.open(SERVICE);
  session = new SessionPage(app.page);
  await session.waitUntilShown(SERVICE);
  await expect(app.page.getByRole('tab', { name: 'Supply chain', selected: true })).toBeVisible();
  chain = new SupplyChainPage(app.page);
  expect(await chain.providerTitles()).toEqual(['Tessellate Labs · Model maker', 'Cirrusline Cloud · Hosting cloud']);
  await expect(chain.provider('Cirrusline Cloud').getByRole('textbox', { name: 'Regions' })).toHaveValue('EU Central (Frankfurt)');
  await expect(chain.provider('Cirrusline Cloud').getByRole('checkbox', { name: 'EU/EEA', exact: true })).toBeChecked();
  // The confirmed alias was kept: the same slip now resolves without asking.
  await chain.typeName('tesselate labs');
  await expect(chain.addName).toHaveValue('Tessellate Labs');
  await expect(chain.addForm.getByText('“tesselate labs” is recorded as Tessellate Labs, as you confirmed before.')).toBeVisible();
});

test('the data path suggests providers, which the user adds or dismisses', async ({ app, library }) => {
  await library.newAssessmentButton.click();
  await new NewAssessmentPage(app.page).create('Fabrikam', SERVICE);
  const session = new SessionPage(app.page);
  await session.waitUntilShown(SERVICE);
  await session.section('Data path');
  const path = new DataPathPage(app.page);
  await path.addHop({ component: 'Drafting app', operator: 'Fabrikam' });
  await path.addHop({ component: 'Model inference', operator: 'Lumenfold Labs Ltd', jurisdictions: ['US'] });
  await path.addHop({ component: 'Hosting', operator: 'Contoso Cloud', region: 'EU West', jurisdictions: ['EU/EEA'] });
  await path.addHop({ component: 'Support desk', operator: 'Helpdesk SaaS' });
  await session.section('Supply chain');
  const chain = new SupplyChainPage(app.page);
  await chain.suggestButton.click();
  // The vendor's own hop suggests nothing; each other operator once, with a role guessed from its component.
  await expect(chain.suggestions.getByRole('heading')).toHaveText([
    'Lumenfold Labs Ltd · Model maker',
    'Contoso Cloud · Hosting cloud',
    'Helpdesk SaaS · Other key subprocessor',
  ]);
  await chain.suggestions.getByRole('button', { name: 'Add Contoso Cloud' }).click();
  await chain.suggestions.getByRole('button', { name: 'Dismiss Helpdesk SaaS' }).click();
  await expect(chain.suggestions.getByRole('heading')).toHaveText(['Lumenfold Labs Ltd · Model maker']);
  const cloud = chain.provider('Contoso Cloud');
  await expect(cloud.getByRole('textbox', { name: 'Regions' })).toHaveValue('EU West');
  await expect(cloud.getByRole('checkbox', { name: 'EU/EEA', exact: true })).toBeChecked();
  await session.waitSaved();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the supply chain has no serious accessibility violation in the ${scheme} theme`, async ({ app, library }, info) => {
    await app.page.emulateMedia({ colorScheme: scheme });
    await library.openSample('Quillstone Contract Assistant');
    const session = new SessionPage(app.page);
    await session.waitUntilShown('Quillstone Contract Assistant');
    await session.section('Supply chain');
    const chain = new SupplyChainPage(app.page);
    await expect(chain.provider('Lumenfold Labs')).toBeVisible();
    await chain.suggestButton.click();
    await expect(chain.suggestions).toBeVisible();
    await chain.typeName('Lumenfold Lab');
    await expect(chain.addForm.getByText('Same as Lumenfold Labs?')).toBeVisible();
    await app.page.waitForFunction(
      () => (globalThis as unknown as { document: { getAnimations(): unknown[] } }).document.getAnimations().length === 0,
    );
    // The section scrolls inside the window: a tall window shows all of it in one picture.
    await app.page.setViewportSize({ width: 1280, height: 3000 });
    await app.page.screenshot({ path: info.outputPath(`supply-chain-${scheme}.png`) });
    expect(await seriousViolations(app.page)).toEqual([]);
  });
}

test('the review lists the supply chain, model makers first, and leads to its editor', async ({ app, library }, info) => {
  await app.page.emulateMedia({ colorScheme: 'dark' });
  await library.openSample('Northwind Office Suite Copilot');
  const session = new SessionPage(app.page);
  await session.waitUntilShown('Northwind Office Suite Copilot');
  // A decided sample opens on its review.
  await expect(app.page.getByRole('tab', { name: 'Review', selected: true })).toBeVisible();
  const table = app.page.getByRole('table', { name: 'Supply chain' });
  await expect(table.getByRole('row')).toHaveText([
    'RoleProviderWhat it provides hereJurisdictions',
    'Model makerLumenfold LabsDefault inferenceEU/EEA',
    'Model makerKestrel Reasoning LabsDeep reasoning modeUS',
    'Hosting cloudNorthwind CloudEU data boundary (Amsterdam, Frankfurt)EU/EEA',
    'Hosting cloudVantafield ComputeUS East, for the deep reasoning modeUS',
  ]);
  await table.scrollIntoViewIfNeeded();
  await app.page.screenshot({ path: info.outputPath('review-supply-chain-dark.png') });
  await app.page.getByRole('button', { name: 'Edit the supply chain' }).click();
  await expect(app.page.getByRole('tab', { name: 'Supply chain', selected: true })).toBeVisible();
});
