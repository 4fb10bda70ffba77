import { describe, expect, it } from 'vitest';
import { validateKrs } from './krs';

describe('validateKrs', () => {
  it.each(['0000123456', '0000000001', '1234567890', ' 0000019193 '])('accepts %j', (krs) => {
    expect(validateKrs(krs)).toBeNull();
  });

  it.each(['', '123456', '000012345', '00001234567', '0000 123456', '00001234a6', '0000000000', 'KRS0000123'])(
    'rejects %j with krs_format',
    (krs) => {
      expect(validateKrs(krs)).toEqual({ code: 'krs_format' });
    },
  );
});
