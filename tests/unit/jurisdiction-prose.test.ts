import { describe, expect, it } from 'vitest';
import { jurisdictionsFromProse } from '../../src/core/jurisdiction-prose';

// Only the migration of format-1 files reads prose; it maps what is unambiguous and leaves the rest
// for the user (an empty list: unknown), never guessing "inside the EU" from a negation.
describe('format-1 jurisdiction text, mapped where unambiguous', () => {
  it.each([
    ['EU', [{ code: 'eu' }]],
    ['EU (Ireland)', [{ code: 'eu', memberState: 'IE' }]],
    ['European Union', [{ code: 'eu' }]],
    ['Netherlands', [{ code: 'eu', memberState: 'NL' }]],
    ['Norway (EEA)', [{ code: 'eu', memberState: 'NO' }]],
    ['United States', [{ code: 'us' }]],
    ['US East', [{ code: 'us' }]],
    ['U.S.', [{ code: 'us' }]],
    ['United Kingdom', [{ code: 'uk' }]],
    ['Zürich, Schweiz', [{ code: 'ch' }]],
  ])('maps "%s" to %j', (text, expected) => {
    expect(jurisdictionsFromProse(text)).toEqual(expected);
  });

  it.each([
    'outside the EU data boundary',
    'non-EU',
    'Non-EU regions',
    'not EU',
    'EU or US',
    'anywhere except the EU',
    'EU; United States for account data',
    'EU (processing); United States (parent company)',
    'Global',
    'Not committed',
    'unknown',
    'Singapore',
    '',
    '?',
  ])('leaves "%s" unknown for the user to set', (text) => {
    expect(jurisdictionsFromProse(text)).toEqual([]);
  });
});
