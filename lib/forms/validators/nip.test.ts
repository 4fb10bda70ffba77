import { describe, expect, it } from 'vitest';
import { normalizeNip, validateNip } from './nip';

// Check digits computed with weights 6,5,7,2,3,4,5,6,7 and sum % 11.

describe('validateNip', () => {
  it.each([
    '1234563218',
    '123-456-32-18',
    '123-45-63-218',
    '123 456 32 18',
    'PL1234563218',
    'pl 123-456-32-18',
    '5260250995',
    '7790000008',
    ' 1000000006 ',
  ])('accepts %j', (nip) => {
    expect(validateNip(nip)).toBeNull();
  });

  it.each(['', '123456321', '12345632189', '12345632a8', 'DE1234563218', '123_456_32_18', 'PL'])(
    'rejects %j with nip_format',
    (nip) => {
      expect(validateNip(nip)).toEqual({ code: 'nip_format' });
    },
  );

  it.each(['1234563217', '1234563219', '5260250994', '123-456-32-19'])('rejects %j with nip_checksum', (nip) => {
    expect(validateNip(nip)).toEqual({ code: 'nip_checksum' });
  });

  it.each(['0000000000', '000-000-00-00', 'PL 0000000000'])('rejects the all-zero %j, whose check digit matches, with nip_invalid', (nip) => {
    expect(validateNip(nip)).toEqual({ code: 'nip_invalid' });
  });

  it('rejects a number whose check sum is 10 (no digit can match it)', () => {
    // 1,2,3,4,5,6,7,8,9 · 6,5,7,2,3,4,5,6,7 = 219; 219 % 11 = 10
    for (let last = 0; last <= 9; last++) {
      expect(validateNip(`123456789${last}`)).toEqual({ code: 'nip_checksum' });
    }
  });
});

describe('normalizeNip', () => {
  it('returns the 10 digits', () => {
    expect(normalizeNip('PL 123-456-32-18')).toBe('1234563218');
    expect(normalizeNip('123 45 63 218')).toBe('1234563218');
  });

  it('returns null when the input is not 10 digits', () => {
    expect(normalizeNip('123-456-32')).toBeNull();
    expect(normalizeNip('PL12345632A8')).toBeNull();
  });
});
