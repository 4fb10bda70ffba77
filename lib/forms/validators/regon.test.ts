import { describe, expect, it } from 'vitest';
import { normalizeRegon, validateRegon } from './regon';

// 9 digits: weights 8,9,2,3,4,5,6,7; 14 digits: weights 2,4,8,5,0,9,7,3,6,1,2,4,8;
// check = sum % 11, with 10 → 0. Values below were computed with that algorithm.

describe('validateRegon', () => {
  it.each([
    '123456785',
    '012345675',
    '200000005',
    '000000017',
    '192019200',
    '100000050', // sum % 11 = 10 → check digit 0
    ' 123 456 785 ',
  ])('accepts the 9-digit REGON %j', (regon) => {
    expect(validateRegon(regon)).toBeNull();
  });

  it.each([
    '12345678512347',
    '12345678500002',
    '12345678500010', // sum % 11 = 10 → check digit 0
  ])('accepts the 14-digit REGON %s', (regon) => {
    expect(validateRegon(regon)).toBeNull();
  });

  it.each(['', '12345678', '1234567850', '1234567851234', '123456785123470', '12345678a', 'REGON12345'])(
    'rejects %j with regon_format',
    (regon) => {
      expect(validateRegon(regon)).toEqual({ code: 'regon_format' });
    },
  );

  it.each(['123456784', '123456786', '100000051', '12345678512346', '12345678500011'])(
    'rejects %s with regon_checksum',
    (regon) => {
      expect(validateRegon(regon)).toEqual({ code: 'regon_checksum' });
    },
  );

  it.each(['000000000', '00000000000000', '000 000 000'])('rejects the all-zero %j, whose check digits match, with regon_invalid', (regon) => {
    expect(validateRegon(regon)).toEqual({ code: 'regon_invalid' });
  });

  it('rejects a 14-digit REGON whose first 9 digits are not a valid REGON', () => {
    // 123456784 is an invalid 9-digit REGON; 1234567841234 + its 14-digit check digit:
    // 2·1+4·2+8·3+5·4+0·5+9·6+7·7+3·8+6·4+1·1+2·2+4·3+8·4 = 254, 254 % 11 = 1
    expect(validateRegon('12345678412341')).toEqual({ code: 'regon_checksum' });
  });
});

describe('normalizeRegon', () => {
  it('strips spaces and dashes', () => {
    expect(normalizeRegon('123-456-785')).toBe('123456785');
    expect(normalizeRegon('12345678')).toBeNull();
  });
});
