import { expect, test } from './fixtures';
import { DataPathPage } from './pages/data-path-page';
import { NewAssessmentPage } from './pages/new-assessment-page';
import { SessionPage } from './pages/session-page';

test('hops are added, edited and reordered with a live diagram, and kept', async ({ app: first, library: firstLibrary, launch }) => {
  test.slow(true, 'builds a data path through the form, then relaunches the app');
  let app = first;
  let library = firstLibrary;
  await library.newAssessmentButton.click();
  await new NewAssessmentPage(app.page).create('Vandelay', 'Vandelay Insight');
  let session = new SessionPage(app.page);
  await session.waitUntilShown('Vandelay Insight');
  await session.section('Data path');
  let path = new DataPathPage(app.page);
  await expect(path.diagram).toHaveAccessibleName('Data path diagram: no hops yet');

  await path.addHop({
    component: 'Browser extension',
    operator: 'Vandelay',
    region: 'User device',
    jurisdictions: ['EU/EEA'],
    retention: 'None',
  });
  await path.addHop({
    component: 'Inference API',
    operator: 'Model lab',
    region: 'US East',
    jurisdictions: ['US'],
    dataKinds: 'prompts, files',
    retention: '30 days',
  });
  await path.addHop({
    component: 'Log store',
    operator: 'Vandelay',
    region: 'Frankfurt',
    jurisdictions: ['EU/EEA'],
    retention: '1 year',
  });
  await expect(path.diagram).toHaveAccessibleName(/1\. Browser extension.*→ 2\. Inference API \(Model lab\), US East · US → 3\. Log store/);

  await path.moveUp(3);
  await expect(path.diagram).toHaveAccessibleName(/1\. Browser extension.*→ 2\. Log store.*→ 3\. Inference API/);
  await path.hop(3).getByRole('textbox', { name: 'Retention' }).fill('Zero retention');
  // An empty component name is refused where it is typed; the stored name stays.
  await path.hop(1).getByRole('textbox', { name: 'Component' }).fill('');
  await expect(path.hop(1)).toContainText('Name the component');
  await path.hop(1).getByRole('textbox', { name: 'Component' }).fill('Chrome extension');
  await path.remove(2);
  await expect(path.diagram).toHaveAccessibleName(/^Data path diagram: 1\. Chrome extension.*→ 2\. Inference API/);
  // Another country is named where it is ticked; a name cleared to nothing takes it off the hop.
  const inference = path.hop(2);
  await inference.getByRole('checkbox', { name: 'Other', exact: true }).check();
  await expect(inference).toContainText('Name the country.');
  await inference.getByRole('textbox', { name: 'Other country' }).fill('Norway');
  await expect(path.diagram).toHaveAccessibleName(/2\. Inference API[^→]*Norway/);
  await inference.getByRole('textbox', { name: 'Other country' }).fill('');
  await expect(inference).toContainText('Name the country.');
  await expect(path.diagram).not.toHaveAccessibleName(/Norway/);
  await inference.getByRole('textbox', { name: 'Other country' }).fill('Norway');
  await expect(path.diagram).toHaveAccessibleName(/2\. Inference API[^→]*Norway/);
  await session.waitSaved();
  await app.close();

  ({ app, library } = await launch());
  session = await library.open('Vandelay Insight');
  await expect(app.page.getByRole('tab', { name: 'Data path', selected: true })).toBeVisible();
  path = new DataPathPage(app.page);
  await expect(path.hop(2).getByRole('textbox', { name: 'Retention' })).toHaveValue('Zero retention');
  await expect(path.hop(2).getByRole('textbox', { name: 'Data kinds (separated by commas)' })).toHaveValue('prompts, files');
  await expect(path.hop(2).getByRole('textbox', { name: 'Other country' })).toHaveValue('Norway');
  await expect(path.diagram).toHaveAccessibleName(
    /^Data path diagram: 1\. Chrome extension \(Vandelay\), User device · EU\/EEA → 2\. Inference API/,
  );
});

test('hops outside the buyer’s required jurisdictions are marked in words, scored as findings, and can be switched off', async ({
  app,
  library,
}) => {
  const session = await library.openSample('Northwind Office Suite Copilot', 'Data path');
  const path = new DataPathPage(app.page);
  // The sample requires the EU; its deep-reasoning hop runs in the United States.
  await expect(path.diagram).toHaveAccessibleName(/3\. Deep reasoning mode .*\(Outside the required jurisdictions \(EU\/EEA\): US\)/);
  await expect(path.diagram).toHaveAccessibleName(/2\. Default inference .*\(Inside the required jurisdictions \(EU\/EEA\)\)/);
  await expect(path.diagram.getByText('Outside: US')).toHaveCount(1);

  // The hop outside is a finding on the review, with a clause to ask for.
  await session.section('Review');
  const finding = app.page.getByRole('group', { name: /^Data path: Deep reasoning mode/ });
  await expect(finding).toContainText('Runs under US law, outside the required EU/EEA');
  await expect(finding).toContainText('The Supplier shall process and store Customer Data');

  // Switched off by policy, with evidence: no longer a finding, but a condition to keep.
  await session.section('Data path');
  const hop = path.hop(3);
  await hop.getByRole('switch', { name: 'Switched off by our policy' }).check();
  await hop.getByRole('textbox', { name: /Evidence that it is switched off/ }).fill('Admin centre export, 2 Oct 2026');
  await expect(path.diagram).toHaveAccessibleName(/3\. Deep reasoning mode .*\(Switched off by policy: not scored\)/);
  await session.section('Review');
  await expect(app.page.getByRole('group', { name: /^Data path: Deep reasoning mode/ })).toHaveCount(0);
  await expect(app.page.getByRole('group', { name: 'Conditions to keep' })).toContainText('Admin centre export, 2 Oct 2026');
});
