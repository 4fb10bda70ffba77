import { describe, expect, it } from 'vitest';
import { peselBirthDate, peselCheckDigit, peselSex, validatePesel } from './pesel';

// All valid numbers below have check digits computed with weights 1,3,7,9,1,3,7,9,1,3
// and control = (10 - sum % 10) % 10.

describe('validatePesel', () => {
  it.each([
    ['44051401359', '1944-05-14', 'male'],
    ['80010100000', '1980-01-01', 'female'],
    ['85123100006', '1985-12-31', 'female'],
    ['90021501237', '1990-02-15', 'male'],
    ['90021501244', '1990-02-15', 'female'],
    ['02270803624', '2002-07-08', 'female'], // 2000s: month + 20
    ['00222900009', '2000-02-29', 'female'], // 2000 is a leap year
    ['99923112347', '1899-12-31', 'female'], // 1800s: month + 80
    ['00410100000', '2100-01-01', 'female'], // 2100s: month + 40
    ['00610100006', '2200-01-01', 'female'], // 2200s: month + 60
  ] as const)('accepts %s (born %s, %s)', (pesel, birthDate, sex) => {
    expect(validatePesel(pesel)).toBeNull();
    expect(validatePesel(pesel, { birthDate, sex })).toBeNull();
    expect(peselBirthDate(pesel)).toBe(birthDate);
    expect(peselSex(pesel)).toBe(sex);
  });

  it('ignores surrounding whitespace', () => {
    expect(validatePesel(' 44051401359 ')).toBeNull();
  });

  it.each(['', '4405140135', '440514013590', '4405140135a', '44051 401359', '440-514-01359'])(
    'rejects malformed input %j with pesel_format',
    (pesel) => {
      expect(validatePesel(pesel)).toEqual({ code: 'pesel_format' });
    },
  );

  it.each(['44051401358', '44051401350', '02270803625', '00000000001'])(
    'rejects a wrong check digit in %s with pesel_checksum',
    (pesel) => {
      expect(validatePesel(pesel)).toEqual({ code: 'pesel_checksum' });
    },
  );

  it.each([
    ['00022900003', '1900-02-29, 1900 is not a leap year'],
    ['00023000009', 'day 30 of February'],
    ['04133100008', 'month 13'],
    ['00000000000', 'month 0 and day 0'],
  ])('rejects %s (%s) with pesel_date_invalid despite a correct check digit', (pesel) => {
    expect(peselCheckDigit(pesel.slice(0, 10))).toBe(Number(pesel[10]));
    expect(validatePesel(pesel)).toEqual({ code: 'pesel_date_invalid' });
  });

  it('reports a birth date that differs from the encoded one', () => {
    expect(validatePesel('44051401359', { birthDate: '1944-05-15' })).toEqual({ code: 'pesel_birth_date_mismatch' });
    // same day and month, different century
    expect(validatePesel('02270803624', { birthDate: '1902-07-08' })).toEqual({ code: 'pesel_birth_date_mismatch' });
  });

  it('skips the birth date comparison when the given birth date is itself invalid', () => {
    expect(validatePesel('44051401359', { birthDate: '1944-02-30' })).toBeNull();
    expect(validatePesel('44051401359', { birthDate: '' })).toBeNull();
  });

  it('reports a sex that differs from the 10th digit', () => {
    expect(validatePesel('44051401359', { sex: 'female' })).toEqual({ code: 'pesel_sex_mismatch' });
    expect(validatePesel('90021501244', { sex: 'male' })).toEqual({ code: 'pesel_sex_mismatch' });
  });

  it('reports the checksum before any mismatch', () => {
    expect(validatePesel('44051401358', { birthDate: '2000-01-01', sex: 'female' })).toEqual({ code: 'pesel_checksum' });
  });
});

describe('peselBirthDate / peselSex', () => {
  it('return null for an invalid PESEL', () => {
    for (const pesel of ['', 'abc', '44051401358', '00022900003']) {
      expect(peselBirthDate(pesel)).toBeNull();
      expect(peselSex(pesel)).toBeNull();
    }
  });
});
