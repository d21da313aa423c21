import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeTemplate } from '../../src/core/template-file';
import { PROVIDER_EVENTS, Template } from '../../src/core/template-schema';
import { miniTemplate } from '../support/builders';

function loadDefault(): Template {
  const decoded = decodeTemplate(readFileSync(join(import.meta.dirname, '../../templates/ai-vendor-risk.json')));
  if (!decoded.ok) throw new Error(decoded.problems.map((p) => `${p.location}: ${p.message}`).join('\n'));
  return decoded.value;
}

describe('checks tagged with the provider events that reopen them', () => {
  const template = loadDefault();

  it.each(PROVIDER_EVENTS)('the default checklist reopens at least three checks when a provider event "%s" happens', (event) => {
    const tagged = template.checks.filter((c) => c.reopenedBy?.includes(event));
    expect(tagged.length).toBeGreaterThanOrEqual(3);
    // The what-if lists them by short title, so each tagged check must have one.
    for (const c of tagged) expect(c.shortTitle, c.id).toBeTruthy();
  });

  it('a provider leaving reopens the exit plan and the fallback routing', () => {
    const leaves = template.checks.filter((c) => c.reopenedBy?.includes('provider-leaves')).map((c) => c.shortTitle);
    expect(leaves).toContain('A tested exit plan');
    expect(leaves).toContain('Model routing and fallback');
  });

  it('refuses an event the schema does not know, naming the field', () => {
    const raw = miniTemplate() as { checks: Record<string, unknown>[] };
    const first = raw.checks[0];
    if (!first) throw new Error('the mini template has no check');
    first['reopenedBy'] = ['provider-explodes'];
    const parsed = Template.safeParse(raw);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['checks', 0, 'reopenedBy', 0]);
  });
});
