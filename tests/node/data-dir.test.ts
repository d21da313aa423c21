import { describe, expect, it } from 'vitest';
import { dataDirOverride } from '../../src/node/data-dir';

describe('FINEPRINT_DATA_DIR', () => {
  it('moves the data folder of a development build, never of a packaged one', () => {
    expect(dataDirOverride({ FINEPRINT_DATA_DIR: '/tmp/fp' }, false)).toBe('/tmp/fp');
    expect(dataDirOverride({ FINEPRINT_DATA_DIR: '/tmp/fp' }, true)).toBeUndefined();
    expect(dataDirOverride({ FINEPRINT_DATA_DIR: '  ' }, false)).toBeUndefined();
    expect(dataDirOverride({}, false)).toBeUndefined();
  });
});
