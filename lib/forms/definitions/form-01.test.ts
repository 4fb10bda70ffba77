import { describe, expect, it } from 'vitest';
import { formSchema } from '../engine/schema';
import { form01 } from './form-01';
import { form01Fixture } from '../fixtures/form-01';

const TODAY = '2026-11-23';
const schema = formSchema(form01, TODAY);
const issues = (data: unknown) => {
  const r = schema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message]);
};
const withSection = (id: string, patch: object) => ({ ...form01Fixture, [id]: { ...form01Fixture[id], ...patch } });

describe('form 1: temporary residence', () => {
  it('accepts the complete fixture', () => {
    expect(issues(form01Fixture)).toEqual([]);
  });

  it('checks the PESEL checksum and its agreement with birth date and sex', () => {
    expect(issues(withSection('personal', { pesel: '90051412344' }))).toEqual([['personal.pesel', 'pesel_checksum']]);
    expect(issues(withSection('personal', { sex: 'male' }))).toEqual([['personal.pesel', 'pesel_sex_mismatch']]);
    expect(issues(withSection('personal', { birthDate: '1990-05-15' }))).toEqual([['personal.pesel', 'pesel_birth_date_mismatch']]);
  });

  it('refuses an expired passport and names in Cyrillic', () => {
    expect(issues(withSection('document', { expiryDate: '2026-01-01' }))).toEqual([['document.expiryDate', 'passport_expired']]);
    expect(issues(withSection('personal', { surname: 'КОВАЛЕНКО' }))).toEqual([['personal.surname', 'name_latin']]);
  });

  it('refuses overlapping trips and trips older than five years', () => {
    const trips = { hadTrips: 'yes', list: [{ country: 'UA', from: '2025-06-01', to: '2025-06-10', purpose: '' }, { country: 'DE', from: '2025-06-05', to: '2025-06-08', purpose: '' }] };
    expect(issues({ ...form01Fixture, trips })[0]).toEqual(['trips.list.1.from', 'stays_overlap:{"other":1}']);
    const old = { hadTrips: 'yes', list: [{ country: 'UA', from: '2020-01-01', to: '2020-01-10', purpose: '' }] };
    expect(issues({ ...form01Fixture, trips: old })[0]?.[1]).toMatch(/^stay_outside_window/);
  });

  it('takes dates as typed in day / month / year and keeps them as YYYY-MM-DD', () => {
    const parsed = schema.parse(withSection('personal', { birthDate: '1990-5-14' })) as Record<string, Record<string, unknown>>;
    expect(parsed.personal!.birthDate).toBe('1990-05-14');
  });

  it('names the missing part of a date, and refuses a day the month does not have', () => {
    expect(issues(withSection('personal', { birthDate: '1990--14' }))).toEqual([['personal.birthDate', 'date_incomplete:{"missing":"month"}']]);
    expect(issues(withSection('personal', { birthDate: '--14' }))).toEqual([['personal.birthDate', 'date_incomplete:{"missing":"month_year"}']]);
    expect(issues(withSection('personal', { birthDate: '2020-02-31' }))).toEqual([['personal.birthDate', 'date_invalid']]);
    expect(issues(withSection('personal', { birthDate: '--' }))).toEqual([['personal.birthDate', 'required']]);
    // A wrong issue date is reported at the issue date only, not again at the expiry date.
    expect(issues(withSection('document', { issueDate: '2021-03-' }))).toEqual([['document.issueDate', 'date_incomplete:{"missing":"day"}']]);
    expect(issues(withSection('document', { issueDate: '2021-02-30' }))).toEqual([['document.issueDate', 'date_invalid']]);
  });

  it('takes countries, citizenship and the voivodeship from their lists, as codes', () => {
    expect(issues(withSection('personal', { citizenship: 'stateless', birthCountry: 'XK' }))).toEqual([]);
    expect(issues(withSection('personal', { citizenship: 'ukraińskie', eyeColour: 'brown-ish' }))).toEqual([
      ['personal.citizenship', 'choose_option'],
      ['personal.eyeColour', 'choose_option'],
    ]);
    expect(issues(withSection('addressPl', { voivodeship: 'Lower Silesia' }))).toEqual([['addressPl.voivodeship', 'choose_option']]);
    // Poland is not a trip abroad.
    const trips = { hadTrips: 'yes', list: [{ country: 'PL', from: '2025-06-01', to: '2025-06-10', purpose: '' }] };
    expect(issues({ ...form01Fixture, trips })).toEqual([['trips.list.0.country', 'choose_option']]);
  });

  it('asks for conditional fields only when they are shown', () => {
    expect(issues(withSection('insurance', { insured: 'no', insurer: '', policyNumber: '', validUntil: '' }))).toEqual([]);
    expect(issues(withSection('insurance', { insurer: '' }))).toEqual([['insurance.insurer', 'required']]);
    expect(issues(withSection('purpose', { purpose: 'other', purposeDetails: '' }))).toEqual([['purpose.purposeDetails', 'required']]);
  });

  it('refuses tampered payloads: unknown fields, wrong types, missing sections', () => {
    expect(schema.safeParse(withSection('personal', { isAdmin: true })).success).toBe(false);
    expect(schema.safeParse(withSection('personal', { surname: 42 })).success).toBe(false);
    expect(schema.safeParse({ ...form01Fixture, extra: {} }).success).toBe(false);
    const { statements: _omit, ...missing } = form01Fixture;
    expect(schema.safeParse(missing).success).toBe(false);
  });
});
