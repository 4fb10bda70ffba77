import { describe, expect, it } from 'vitest';
import { normalizePhone, validatePhone } from './phone';

describe('normalizePhone', () => {
  it.each([
    ['+48 600 700 800', '+48600700800'],
    ['600700800', '+48600700800'],
    ['600-700-800', '+48600700800'],
    ['0048 600 700 800', '+48600700800'],
    ['+48 22 123 45 67', '+48221234567'], // Warsaw landline
    ['+380 67 123 4567', '+380671234567'],
    ['+375 29 123 45 67', '+375291234567'],
    ['+49 30 123456', '+4930123456'],
  ])('normalises %j to %j', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
    expect(validatePhone(input)).toBeNull();
  });

  it.each([
    '',
    'telefon',
    '12345',
    '6007008001',
    '+48 600 700 800 1',
    '+48 123',
    '0600700800',
    '+380 67 123',
    '+999 123 456 789',
    // Impossible numbers the length-only ("min") metadata accepted (issue 12): too short, and no Polish number starts with 1 or 999.
    '600 700 80',
    '+48 100 000 000',
    '+48 999 999 999',
  ])(
    'returns null / phone_format for %j',
    (input) => {
      expect(normalizePhone(input)).toBeNull();
      expect(validatePhone(input)).toEqual({ code: 'phone_format' });
    },
  );
});
