import { describe, expect, it } from 'vitest';
import { validateLatinName } from './latin-name';

describe('validateLatinName', () => {
  it.each([
    'KOWALSKA',
    'Jan',
    'Zażółć Gęślą-Jaźń',
    'MÜLLER-LÜDENSCHEIDT',
    'Straße',
    'Dvořák',
    'Ştefan Ţiriac',
    'Núñez de Balboa',
    "O'Brien",
    'D’Angelo',
    'SHEVCHENKO TARAS',
    'Nguyễn Thị',
    'Cafe\u0301', // decomposed é (e + combining acute)
    'Ø',
    'a'.repeat(100),
  ])('accepts %j', (name) => {
    expect(validateLatinName(name)).toBeNull();
  });

  it.each(['Шевченко', 'Тарас Shevchenko', 'Παπαδόπουλος', 'محمد', '王', 'Petrеnko' /* Cyrillic е */])(
    'rejects %j with name_latin',
    (name) => {
      expect(validateLatinName(name)).toEqual({ code: 'name_latin' });
    },
  );

  it.each(['Jan2', '3', 'Anna ١'])('rejects %j with name_digits', (name) => {
    expect(validateLatinName(name)).toEqual({ code: 'name_digits' });
  });

  it.each(['Jan.', 'Anna, Maria', 'Kowalski (Nowak)', 'Jan_Kowalski', 'Jan@', 'Ann\u00A0Lee', '\u0301a'])(
    'rejects %j with name_characters',
    (name) => {
      expect(validateLatinName(name)).toEqual({ code: 'name_characters' });
    },
  );

  it.each(['', '   ', '-', "' -"])('rejects %j with name_no_letter', (name) => {
    expect(validateLatinName(name)).toEqual({ code: 'name_no_letter' });
  });

  it('rejects names longer than 100 characters', () => {
    expect(validateLatinName('a'.repeat(101))).toEqual({ code: 'name_too_long', params: { max: 100 } });
    expect(validateLatinName(` ${'a'.repeat(100)} `)).toBeNull();
  });
});
