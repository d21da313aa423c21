import { Template, type TemplateInput } from '../../src/core/template-schema';
import { gradedCheck, miniTemplateInput } from './builders';

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
