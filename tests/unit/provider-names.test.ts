import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distinctProviderNames, providerKey, resolveProvider, similarProvider } from '../../src/core/provider-names';

/** A name of plain words, such as a buyer would type. */
// Latin letters only: the Latin-1 block À-ÿ also holds × and ÷, which are not letters (a name of "÷" has no key).
const plainName = fc
  .array(fc.stringMatching(/^[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ0-9]{0,9}$/), { minLength: 1, maxLength: 4 })
  .map((ws) => ws.join(' '));
const suffix = fc.constantFrom(
  'Inc.',
  'Inc',
  ', Inc.',
  'Ltd',
  'Ltd.',
  'Limited',
  'LLC',
  'GmbH',
  'AG',
  'SA',
  'S.A.',
  'SAS',
  'BV',
  'B.V.',
  'plc',
  'Corp.',
  'Corporation',
  'Co.',
  '& Co.',
  'KK',
  'Pty Ltd',
  'Pty. Ltd.',
);

describe('providerKey', () => {
  it('treats "Example Labs, Inc." and "example labs" as one provider', () => {
    expect(providerKey('Example Labs, Inc.')).toBe('example labs');
    expect(providerKey('example labs')).toBe('example labs');
  });

  it('folds accents, punctuation, spacing and the legal forms of several countries', () => {
    expect(providerKey('  Société   Générale-Modèles S.A. ')).toBe('societe generale modeles');
    expect(providerKey('Northwind Models GmbH')).toBe('northwind models');
    expect(providerKey('Contoso Cloud Pty. Ltd.')).toBe('contoso cloud');
    expect(providerKey('Fabrikam & Co.')).toBe('fabrikam');
    expect(providerKey('Tailspin B.V.')).toBe('tailspin');
    expect(providerKey('Adatum Holdings Inc. Ltd')).toBe('adatum holdings');
  });

  it('keeps words that only look like legal forms when they are not at the end', () => {
    expect(providerKey('AG Models')).toBe('ag models');
    expect(providerKey('Co Pilot Labs')).toBe('co pilot labs');
  });

  it('keeps a name that is nothing but a legal form', () => {
    expect(providerKey('Inc.')).toBe('inc');
    expect(providerKey('S.A.')).toBe('s a');
  });

  it('is empty only for a name without letters or digits', () => {
    expect(providerKey('  ,.;  ')).toBe('');
    expect(providerKey('')).toBe('');
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => providerKey(providerKey(s)) === providerKey(s)));
    fc.assert(fc.property(plainName, suffix, (n, sfx) => providerKey(providerKey(`${n} ${sfx}`)) === providerKey(`${n} ${sfx}`)));
  });

  it('drops "and" only as part of "and Co.", so a name that ends in "and" keeps it before a legal form', () => {
    expect(providerKey('Acme & Co.')).toBe('acme');
    expect(providerKey('Acme and Company')).toBe('acme');
    expect(providerKey('Salt and Inc.')).toBe(providerKey('Salt and'));
  });

  it('ignores a trailing legal form', () => {
    fc.assert(
      fc.property(plainName, suffix, (n, sfx) => {
        const bare = providerKey(n);
        // A name that itself ends in a legal form ("Acme Co") loses that too; compare what is left.
        expect(providerKey(`${n} ${sfx}`)).toBe(providerKey(`${bare} ${sfx}`));
        expect(providerKey(`${bare} ${sfx}`)).toBe(bare);
      }),
    );
  });

  it('ignores case and punctuation', () => {
    fc.assert(
      fc.property(plainName, fc.constantFrom('.', ',', '-', '  ', ' / ', "'"), (n, p) => {
        expect(providerKey(n.toUpperCase())).toBe(providerKey(n.toLowerCase()));
        expect(providerKey(n.split(' ').join(p))).toBe(providerKey(n));
      }),
    );
  });

  it('is never empty for a name with a letter', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => {
        if (/\p{L}/u.test(s)) expect(providerKey(s)).not.toBe('');
      }),
    );
  });
});

describe('resolveProvider', () => {
  const known = ['Northwind Models', 'Contoso Cloud'];

  it('returns the known name with the same key', () => {
    expect(resolveProvider('northwind models, inc.', known)).toBe('Northwind Models');
    expect(resolveProvider('CONTOSO CLOUD LTD', known, { 'contoso cloud': 'Someone Else' })).toBe('Contoso Cloud');
  });

  it('falls back to a confirmed alias', () => {
    expect(resolveProvider('Northwind AI', known)).toBeUndefined();
    expect(resolveProvider('Northwind AI Inc.', known, { 'northwind ai': 'Northwind Models' })).toBe('Northwind Models');
  });

  it('does not mistake an object property for an alias', () => {
    expect(resolveProvider('constructor', known, {})).toBeUndefined();
    expect(resolveProvider('__proto__', known, {})).toBeUndefined();
  });

  it('returns nothing for a name without letters', () => {
    expect(resolveProvider(' - ', known, { '': 'Contoso Cloud' })).toBeUndefined();
  });
});

describe('similarProvider', () => {
  const known = ['Northwind Models', 'Contoso Cloud', 'Fabrikam'];

  it('asks about a name with the same key but written differently', () => {
    expect(similarProvider('northwind models inc', known)).toBe('Northwind Models');
  });

  it('asks about a name run together or with a slip of a letter or two', () => {
    expect(similarProvider('NorthwindModels', known)).toBe('Northwind Models');
    expect(similarProvider('Northwind Model', known)).toBe('Northwind Models');
    expect(similarProvider('Contosso Cloud', known)).toBe('Contoso Cloud');
  });

  it('does not ask when the name is already written so, or nothing is close', () => {
    expect(similarProvider('Northwind Models', known)).toBeUndefined();
    expect(similarProvider('Tailspin Hosting', known)).toBeUndefined();
    // A slip in a name of five letters or more is worth asking about...
    expect(similarProvider('Fabrikan', known)).toBe('Fabrikam');
    // ...while a four-letter name needs to match exactly.
    expect(similarProvider('Abcd', ['Abce'])).toBeUndefined();
  });
});

describe('distinctProviderNames', () => {
  it('keeps one name per key, as first written', () => {
    expect(distinctProviderNames(['Northwind Models', 'northwind models inc', 'Contoso Cloud', '  '])).toEqual([
      'Northwind Models',
      'Contoso Cloud',
    ]);
  });
});
