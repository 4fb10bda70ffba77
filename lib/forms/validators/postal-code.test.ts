import { describe, expect, it } from 'vitest';
import { normalizePostalCode, validatePostalCode } from './postal-code';

describe('normalizePostalCode', () => {
  it.each([
    ['50-153', '50-153'],
    ['50153', '50-153'],
    ['50 153', '50-153'],
    [' 00-950 ', '00-950'],
  ])('normalises %j to %j', (input, expected) => {
    expect(normalizePostalCode(input)).toBe(expected);
  });

  it.each(['', '5015', '501534', '501-53', '50--153', '5O-153', '50-15a', 'PL-50153', '50\t153', '50\n153', '50\r\n153', '50\u00a0153', '50  153'])('returns null for %j', (input) => {
    expect(normalizePostalCode(input)).toBeNull();
  });
});

describe('validatePostalCode', () => {
  it('accepts NN-NNN and NNNNN', () => {
    expect(validatePostalCode('31-042')).toBeNull();
    expect(validatePostalCode('31042')).toBeNull();
  });

  it('rejects anything else with postal_code_format', () => {
    expect(validatePostalCode('310-42')).toEqual({ code: 'postal_code_format' });
    expect(validatePostalCode('abcde')).toEqual({ code: 'postal_code_format' });
    expect(validatePostalCode('')).toEqual({ code: 'postal_code_format' });
  });
});
