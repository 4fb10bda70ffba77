import { describe, expect, it } from 'vitest';
import { formTester } from '../fixtures/tester';
import { formSchema } from '../engine/schema';
import type { FormData } from '../engine/types';
import { form10Fixture } from '../fixtures/form-10';
import { addressInPolandSection, personalDataSection, statementsSection } from '../groups';
import { form10 } from './form-10';

const TODAY = '2026-11-23';
const { issues, withSection: patch, without } = formTester(form10, form10Fixture, TODAY);

describe('form 10: Polish travel document for a foreigner', () => {
  it('is a foreigner form with its guide page', () => {
    expect(form10).toMatchObject({ number: 10, filedBy: 'foreigner', guide: 'forms/10' });
    expect(form10.sections.map((s) => s.id)).toEqual(['personal', 'addressPl', 'permit', 'reason', 'statements']);
  });

  it('reuses the shared groups', () => {
    expect(form10.sections).toContain(personalDataSection);
    expect(form10.sections).toContain(statementsSection);
    expect(form10.sections.find((s) => s.id === 'addressPl')!.fields).toBe(addressInPolandSection.fields);
  });

  it('accepts the fixture', () => {
    expect(issues(form10Fixture)).toEqual([]);
  });

  it('requires the reason why the own passport is lost or cannot be obtained', () => {
    expect(issues(without('reason', 'reason'))).toEqual([{ path: ['reason', 'reason'], message: 'required' }]);
    expect(issues(patch('reason', { reason: '   ' }))).toEqual([{ path: ['reason', 'reason'], message: 'required' }]);
    expect(issues(patch('reason', { reason: 'x'.repeat(4001) }))[0]).toEqual({ path: ['reason', 'reason'], message: 'too_long' });
  });

  it('accepts only the four permits that give the right to the document', () => {
    for (const permitType of ['permanent_residence', 'eu_long_term_resident', 'subsidiary_protection', 'humanitarian_stay']) {
      expect(issues(patch('permit', { permitType }))).toEqual([]);
    }
    expect(issues(patch('permit', { permitType: 'temporary_residence' }))).toEqual([{ path: ['permit', 'permitType'], message: 'choose_option' }]);
    expect(issues(without('permit', 'decisionNumber'))).toEqual([{ path: ['permit', 'decisionNumber'], message: 'required' }]);
  });

  it('checks the PESEL against the sex', () => {
    expect(issues(patch('personal', { sex: 'female' }))).toEqual([{ path: ['personal', 'pesel'], message: 'pesel_sex_mismatch' }]);
  });

  it('refuses unknown fields and a missing section', () => {
    const r = formSchema(form10, TODAY).safeParse(patch('permit', { expiryDate: '2030-01-01' }));
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({ code: 'unrecognized_keys', path: ['permit'], keys: ['expiryDate'] });
    const rest: FormData = { ...form10Fixture };
    delete rest.reason;
    expect(formSchema(form10, TODAY).safeParse(rest).success).toBe(false);
  });
});
