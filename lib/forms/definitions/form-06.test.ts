import { describe, expect, it } from 'vitest';
import { formTester } from '../fixtures/tester';
import { formSchema } from '../engine/schema';
import type { FormData } from '../engine/types';
import { form06Fixture } from '../fixtures/form-06';
import { addressInPolandSection, familyMembersSection, personalDataSection, statementsSection } from '../groups';
import { form06 } from './form-06';

const TODAY = '2026-11-23';
const { issues, withSection: patch, without } = formTester(form06, form06Fixture, TODAY);

describe('form 6: EU citizen residence registration', () => {
  it('is a foreigner form with its guide page and unique section ids', () => {
    expect(form06).toMatchObject({ number: 6, filedBy: 'foreigner', guide: 'forms/6' });
    const ids = form06.sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(['personal', 'document', 'addressPl', 'registeredAddress', 'grounds', 'family', 'statements']);
  });

  it('reuses the shared groups', () => {
    expect(form06.sections).toContain(personalDataSection);
    expect(form06.sections).toContain(familyMembersSection);
    expect(form06.sections).toContain(statementsSection);
    expect(form06.sections.find((s) => s.id === 'addressPl')!.fields).toBe(addressInPolandSection.fields);
  });

  it('accepts the fixture', () => {
    expect(issues(form06Fixture)).toEqual([]);
  });

  it('offers an identity card or a passport as the document', () => {
    expect(issues(patch('document', { type: 'passport' }))).toEqual([]);
    expect(issues(patch('document', { type: 'other' }))).toEqual([{ path: ['document', 'type'], message: 'choose_option' }]);
  });

  it('requires the condition of stay', () => {
    expect(issues(without('grounds', 'condition'))).toEqual([{ path: ['grounds', 'condition'], message: 'required' }]);
    expect(issues(patch('grounds', { condition: 'tourism' }))).toEqual([{ path: ['grounds', 'condition'], message: 'choose_option' }]);
  });

  it('checks the PESEL checksum and its agreement with the birth date', () => {
    // The field check and the section's cross-check may both report it: one distinct issue either way.
    const bad = issues(patch('personal', { pesel: '94031701248' }));
    expect(bad.length).toBeGreaterThan(0);
    expect(new Set(bad.map((i) => JSON.stringify(i)))).toEqual(new Set([JSON.stringify({ path: ['personal', 'pesel'], message: 'pesel_checksum' })]));
    expect(issues(patch('personal', { birthDate: '1994-03-18' }))).toEqual([{ path: ['personal', 'pesel'], message: 'pesel_birth_date_mismatch' }]);
  });

  it('requires the registered address only when it differs from the address of stay', () => {
    expect(issues(patch('registeredAddress', { sameAsStay: 'no' }))).toEqual(
      ['voivodeship', 'city', 'street', 'houseNumber', 'postalCode'].map((f) => ({ path: ['registeredAddress', f], message: 'required' })),
    );
    const other = { sameAsStay: 'no', voivodeship: 'dolnoslaskie', city: 'Oława', street: 'Młyńska', houseNumber: '7', postalCode: '55-200' };
    expect(issues(patch('registeredAddress', other))).toEqual([]);
    expect(issues(patch('registeredAddress', { ...other, postalCode: '55-2000' }))).toEqual([
      { path: ['registeredAddress', 'postalCode'], message: 'postal_code_format' },
    ]);
  });

  it('refuses a document that has expired', () => {
    expect(issues(patch('document', { expiryDate: '2026-11-23' }))).toEqual([{ path: ['document', 'expiryDate'], message: 'passport_expired' }]);
  });

  it('refuses unknown fields and sections', () => {
    const r = formSchema(form06, TODAY).safeParse(patch('grounds', { salary: '5000' }));
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({ code: 'unrecognized_keys', path: ['grounds'], keys: ['salary'] });
    expect(formSchema(form06, TODAY).safeParse({ ...form06Fixture, extra: {} }).success).toBe(false);
  });

  it('requires every section', () => {
    expect(formSchema(form06, TODAY).safeParse(without('statements', 'truthful')).success).toBe(false);
    const rest: FormData = { ...form06Fixture };
    delete rest.registeredAddress;
    expect(formSchema(form06, TODAY).safeParse(rest).success).toBe(false);
  });
});
