import { describe, expect, it } from 'vitest';
import { normalizePassportNumber, validatePassportNumber } from './passport';

describe('validatePassportNumber', () => {
  it.each(['FA1234567', 'fa1234567', 'ek1234567', '12345', '123456789', 'AB12C34D56E78F90G12H', ' ab123456 ', 'FA 1234567', 'fa 123 45 67', 'AB12C34D56 E78F90G12H'])(
    'accepts %j',
    (value) => {
      expect(validatePassportNumber(value)).toBeNull();
    },
  );

  it.each(['FA-1234567', 'FA/123456', 'ФА1234567', 'ÄB123456', 'AB12.3456', 'ß1234567', 'ı1234567'])(
    'rejects %j with passport_format',
    (value) => {
      expect(validatePassportNumber(value)).toEqual({ code: 'passport_format' });
    },
  );

  it.each(['', '1234', 'A12', 'AB12C34D56E78F90G12H3'])('rejects %j with passport_length', (value) => {
    expect(validatePassportNumber(value)).toEqual({ code: 'passport_length', params: { min: 5, max: 20 } });
  });

  it.each(['ABCDEFG', 'passport'])('rejects %j with passport_digit_required', (value) => {
    expect(validatePassportNumber(value)).toEqual({ code: 'passport_digit_required' });
  });
});

describe('normalizePassportNumber', () => {
  it('trims and upper-cases', () => {
    expect(normalizePassportNumber('  ek1234567 ')).toBe('EK1234567');
  });

  it('removes the spaces some passports print between series and number', () => {
    expect(normalizePassportNumber('fa 123 4567')).toBe('FA1234567');
    expect(normalizePassportNumber('EK\u00a01234567')).toBe('EK1234567');
  });
});
