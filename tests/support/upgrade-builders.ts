import type { Assessment } from '../../src/core/assessment-schema';
import { Template, type TemplateInput } from '../../src/core/template-schema';
import { applyUpgrade } from '../../src/core/upgrade';
import { gradedCheck, miniAssessment, miniTemplateInput } from './builders';

/**
 * Version 1.1.0 of the mini template: region-01 unchanged; region-02 loses option "partial" and gains
 * "sovereign"; identity-01 relabels "bad"; identity-02 removed; new check region-03.
 */
export function miniTemplateV2Input(): TemplateInput {
  const input: TemplateInput = miniTemplateInput();
  input.version = '1.1.0';
  input.checks = input.checks.filter((c) => c.id !== 'identity-02');
  const region02 = input.checks.find((c) => c.id === 'region-02');
  const identity01 = input.checks.find((c) => c.id === 'identity-01');
  if (!region02 || !identity01) throw new Error('the mini template changed: update miniTemplateV2Input');
  region02.options = [
    ...region02.options.filter((o) => o.id !== 'partial'),
    {
      id: 'sovereign',
      label: 'Sovereign cloud, no date',
      risk: 'medium',
      recommendation: { mitigation: 'Ask for a date.', clause: 'The Supplier shall name a date.' },
    },
  ];
  identity01.options = identity01.options.map((o) => (o.id === 'bad' ? { ...o, label: 'No single sign-on at all' } : o));
  input.checks.push(gradedCheck('region-03', 'region'));
  return input;
}

/** Version 1.1.0 of the mini template, parsed. */
export function miniTemplateV2(): Template {
  return Template.parse(miniTemplateV2Input());
}

/** When the notes and evidence of `answeredForUpgrade` were written, and when tests apply the upgrade. */
export const UPGRADE_AT = '2026-12-01T10:00:00.000Z';

/**
 * An assessment of mini 1.0.0 that touches every kind of change to 1.1.0: region-01 answered and kept,
 * region-02 on the option 1.1.0 removes (with a shared and an internal note and evidence), identity-01
 * on the relabelled option, identity-02 (removed in 1.1.0) with a captured figure, a note and evidence.
 */
export function answeredForUpgrade(): Assessment {
  const note = (id: string, text: string, visibility: 'shared' | 'internal' = 'shared') => ({
    id,
    text,
    visibility,
    createdAt: UPGRADE_AT,
  });
  const a = miniAssessment({ 'region-01': 'good', 'region-02': 'partial', 'identity-01': 'bad', 'identity-02': 'good' });
  a.answers['region-02'] = {
    ...a.answers['region-02'],
    notes: [note('n1', 'Asked twice, no date given.'), note('n2', 'Legal thinks they will not move.', 'internal')],
    evidence: [{ id: 'e1', title: 'Region roadmap' }],
  };
  a.answers['identity-02'] = {
    ...a.answers['identity-02'],
    value: 12,
    notes: [note('n3', 'Twelve admins have SCIM tokens.')],
    evidence: [{ id: 'e2', title: 'SCIM guide' }],
  };
  return a;
}

/** The plan of upgrading `answeredForUpgrade` to 1.1.0, as planUpgrade and `fineprint upgrade --json` report it. */
export const ANSWERED_UPGRADE_PLAN = {
  templateId: 'mini',
  from: '1.0.0',
  to: '1.1.0',
  kept: ['region-01'],
  added: ['region-03'],
  flagged: [
    { checkId: 'region-02', reasons: ['option-removed', 'options-added'], cleared: true },
    { checkId: 'identity-01', reasons: ['option-changed'], cleared: false },
  ],
  removed: ['identity-02'],
} as const;

/**
 * An assessment of the mini template 1.0.0 upgraded to 1.1.0 with answers set aside: region-02's
 * "Partly" (an option 1.1.0 no longer offers) and the whole answer of identity-02 (a check 1.1.0 drops),
 * with its figure, a shared and an internal note, and a piece of evidence.
 */
export function upgradedMiniAssessment(): Assessment {
  const at = '2026-11-20T10:00:00.000Z';
  const a = miniAssessment(
    { 'region-01': 'good', 'region-02': 'partial', 'identity-01': 'good', 'identity-02': 'good' },
    { data: ['personal'] },
  );
  a.answers['identity-02'] = {
    ...a.answers['identity-02'],
    value: 45,
    notes: [
      { id: 'n1', text: 'Leavers are removed by a weekly script.', visibility: 'shared', createdAt: at },
      { id: 'n2', text: 'SECRET-INTERNAL: the script failed twice last year.', visibility: 'internal', createdAt: at },
    ],
    evidence: [{ id: 'e1', title: 'Offboarding runbook', clause: '4.2', seenOn: '2026-11-18' }],
  };
  const upgraded = applyUpgrade(a, miniTemplateV2(), { at: '2026-12-01T10:00:00.000Z', by: 'Ana' });
  if (!upgraded.ok) throw new Error('the mini upgrade was refused: update upgradedMiniAssessment');
  return upgraded.assessment;
}
