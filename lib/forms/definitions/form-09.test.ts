import { describe, expect, it } from 'vitest';
import { formTester } from '../fixtures/tester';
import { isRepeat } from '../engine/types';
import { form09Fixture } from '../fixtures/form-09';
import { addressInPolandSection, insuranceSection, meansSection, personalDataSection, statementsSection, travelDocumentSection } from '../groups';
import { form09 } from './form-09';

const TODAY = '2026-11-23';
const { schema, issues, withSection: variant } = formTester(form09, form09Fixture, TODAY);

describe('form 9 (visa extension) definition', () => {
  it('is filed by the foreigner and composes the shared groups in order', () => {
    expect(form09).toMatchObject({ number: 9, filedBy: 'foreigner', guide: 'forms/9' });
    expect(form09.sections.map((s) => s.id)).toEqual(['personal', 'document', 'addressPl', 'visa', 'reasons', 'means', 'insurance', 'statements']);
    for (const group of [personalDataSection, travelDocumentSection, addressInPolandSection, meansSection, statementsSection]) {
      expect(form09.sections).toContain(group);
    }
  });

  it('reuses the insurance group, with a form-specific hint on its first question only', () => {
    const insurance = form09.sections.find((s) => s.id === 'insurance')!;
    expect(insurance).toMatchObject({ title: insuranceSection.title, officialTitle: insuranceSection.officialTitle });
    const [insured, ...rest] = insurance.fields;
    expect(insured).toMatchObject({ name: 'insured', text: 'formDefs.f9.fields.insured', hint: true, required: true });
    expect(rest).toEqual(insuranceSection.fields.slice(1));
  });

  it('keys its own texts under formDefs.f9 and gives every field a Polish official label', () => {
    for (const id of ['visa', 'reasons']) {
      const section = form09.sections.find((s) => s.id === id)!;
      expect(section.title).toBe(`formDefs.f9.sections.${id}`);
      for (const f of section.fields) {
        expect(f.text.startsWith('formDefs.f9.fields.')).toBe(true);
        expect(f.officialLabel.trim()).not.toBe('');
        if (!isRepeat(f) && f.options) expect(f.optionsText).toBe('formDefs.f9.visaTypes');
      }
    }
  });
});

describe('form 9 schema', () => {
  it('accepts the fixture, for a Schengen and a national visa', () => {
    expect(issues(form09Fixture)).toEqual([]);
    expect(issues(variant('visa', { visaType: 'national' }))).toEqual([]);
  });

  it('refuses an expired passport', () => {
    expect(issues(variant('document', { expiryDate: '2026-11-22' }))).toContainEqual({ path: ['document', 'expiryDate'], message: 'passport_expired' });
  });

  it('refuses a visa type that is not one of the options', () => {
    expect(issues(variant('visa', { visaType: 'transit' }))).toEqual([{ path: ['visa', 'visaType'], message: 'choose_option' }]);
  });

  it('refuses a visa whose validity ends before it starts', () => {
    expect(issues(variant('visa', { validFrom: '2026-10-01', validTo: '2026-09-30' }))).toContainEqual({ path: ['visa', 'validTo'], message: 'issue_after_expiry' });
  });

  it('refuses a visa valid only from a future date', () => {
    expect(issues(variant('visa', { validFrom: '2026-12-01' }))).toEqual([{ path: ['visa', 'validFrom'], message: 'issue_date_future' }]);
  });

  it('requires the extension to end after the visa does', () => {
    expect(issues(variant('visa', { extendUntil: '2026-12-14' }))).toEqual([{ path: ['visa', 'extendUntil'], message: 'contract_end_before_start' }]);
    expect(issues(variant('visa', { extendUntil: '2026-12-01' }))).toEqual([{ path: ['visa', 'extendUntil'], message: 'contract_end_before_start' }]);
  });

  it('requires the reasons', () => {
    expect(issues(variant('reasons', { reason: '   ' }))).toEqual([{ path: ['reasons', 'reason'], message: 'required' }]);
  });

  it('requires the insurance end date only for an insured applicant', () => {
    expect(issues(variant('insurance', { validUntil: undefined }))).toEqual([{ path: ['insurance', 'validUntil'], message: 'required' }]);
    expect(issues({ ...form09Fixture, insurance: { insured: 'no' } })).toEqual([]);
  });

  it('refuses unknown fields and sections', () => {
    expect(schema.safeParse(variant('visa', { entries: 'multiple' })).success).toBe(false);
    expect(schema.safeParse({ ...form09Fixture, trips: { hadTrips: 'no' } }).success).toBe(false);
  });
});
