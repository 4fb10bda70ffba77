import { describe, expect, it } from 'vitest';
import { formTester } from '../fixtures/tester';
import { isRepeat } from '../engine/types';
import { form04Fixture } from '../fixtures/form-04';
import {
  addressInPolandSection,
  insuranceSection,
  meansSection,
  personalDataSection,
  staysAbroadSection,
  statementsSection,
  travelDocumentSection,
} from '../groups';
import { form04 } from './form-04';

const TODAY = '2026-11-23';
const { schema, issues, withSection: variant } = formTester(form04, form04Fixture, TODAY);

describe('form 4 (EU long-term resident) definition', () => {
  it('is filed by the foreigner and composes the shared groups in order', () => {
    expect(form04).toMatchObject({ number: 4, filedBy: 'foreigner', guide: 'forms/4' });
    expect(form04.sections.map((s) => s.id)).toEqual(['personal', 'document', 'addressPl', 'residence', 'trips', 'means', 'insurance', 'statements']);
    for (const group of [personalDataSection, travelDocumentSection, addressInPolandSection, staysAbroadSection, meansSection, insuranceSection, statementsSection]) {
      expect(form04.sections).toContain(group);
    }
  });

  it('keys its own texts under formDefs.f4 and gives every field a Polish official label', () => {
    const residence = form04.sections.find((s) => s.id === 'residence')!;
    expect(residence.title).toBe('formDefs.f4.sections.residence');
    for (const f of residence.fields) {
      expect(f.text.startsWith('formDefs.f4.fields.')).toBe(true);
      expect(f.officialLabel.trim()).not.toBe('');
      if (!isRepeat(f) && f.options) expect(f.optionsText).toBe('formDefs.f4.stayBases');
    }
  });
});

describe('form 4 schema', () => {
  it('accepts the fixture', () => {
    expect(issues(form04Fixture)).toEqual([]);
  });

  it('refuses an expired passport', () => {
    expect(issues(variant('document', { expiryDate: '2026-10-31' }))).toContainEqual({ path: ['document', 'expiryDate'], message: 'passport_expired' });
  });

  it('refuses overlapping breaks in the stay, naming the earlier one', () => {
    const list = [
      { country: 'DE', from: '2024-07-01', to: '2024-07-05' },
      { country: 'VN', from: '2024-06-20', to: '2024-07-02' },
    ];
    // The trip that starts later (the first in the list) is the one reported.
    expect(issues(variant('trips', { list }))).toEqual([{ path: ['trips', 'list', 0, 'from'], message: 'stays_overlap:{"other":2}' }]);
  });

  it('allows leaving again on the day of return', () => {
    const list = [
      { country: 'VN', from: '2025-01-25', to: '2025-02-22' },
      { country: 'CZ', from: '2025-02-22', to: '2025-02-24' },
    ];
    expect(issues(variant('trips', { list }))).toEqual([]);
  });

  it('refuses a trip that has not happened yet', () => {
    const list = [{ country: 'VN', from: '2026-12-20', to: '2027-01-10' }];
    expect(issues(variant('trips', { list }))).toEqual([
      { path: ['trips', 'list', 0, 'from'], message: 'stay_in_future' },
      { path: ['trips', 'list', 0, 'to'], message: 'stay_in_future' },
    ]);
  });

  it('refuses a start of the continuous stay in the future', () => {
    expect(issues(variant('residence', { continuousStaySince: '2027-01-01' }))).toEqual([
      { path: ['residence', 'continuousStaySince'], message: 'date_in_future' },
    ]);
  });

  it('requires the description of the basis of stay only when it is "other"', () => {
    expect(issues(variant('residence', { stayBasis: 'other' }))).toEqual([{ path: ['residence', 'stayBasisDetails'], message: 'required' }]);
    expect(issues(variant('residence', { stayBasis: 'other', stayBasisDetails: 'Zgoda na pobyt ze względów humanitarnych.' }))).toEqual([]);
    expect(issues(variant('residence', { stayBasis: 'international_protection' }))).toEqual([]);
  });

  it('requires the policy details only for an insured applicant', () => {
    expect(issues(variant('insurance', { policyNumber: '' }))).toEqual([{ path: ['insurance', 'policyNumber'], message: 'required' }]);
    expect(issues({ ...form04Fixture, insurance: { insured: 'no' } })).toEqual([]);
  });

  it('refuses unknown fields', () => {
    const result = schema.safeParse(variant('residence', { permitNumber: 'X' }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', path: ['residence'], keys: ['permitNumber'] });
  });
});
