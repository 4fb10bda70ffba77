import { describe, expect, it } from 'vitest';
import { formTester } from '../fixtures/tester';
import { formSchema } from '../engine/schema';
import type { SectionData } from '../engine/types';
import { form11Fixture } from '../fixtures/form-11';
import { addressInPolandSection, statementsSection } from '../groups';
import { form11 } from './form-11';

const TODAY = '2026-11-23';
const { issues, withSection: patch, without } = formTester(form11, form11Fixture, TODAY);

describe('form 11: entry of an invitation in the register', () => {
  it('is filed from an applicant account, with its guide page', () => {
    expect(form11).toMatchObject({ number: 11, filedBy: 'foreigner', guide: 'forms/11' });
    expect(form11.sections.map((s) => s.id)).toEqual(['inviter', 'invited', 'visit', 'guarantees', 'statements']);
  });

  it('reuses the shared address fields and statements', () => {
    const inviter = form11.sections.find((s) => s.id === 'inviter')!;
    for (const f of addressInPolandSection.fields) expect(inviter.fields).toContain(f);
    expect(form11.sections).toContain(statementsSection);
  });

  it('accepts the fixture', () => {
    expect(issues(form11Fixture)).toEqual([]);
  });

  it('checks the inviter’s PESEL checksum', () => {
    expect(issues(patch('inviter', { pesel: '76061508394' }))).toEqual([{ path: ['inviter', 'pesel'], message: 'pesel_checksum' }]);
  });

  it('asks for the PESEL or the residence card number, whichever the inviter chose', () => {
    expect(issues(patch('inviter', { idKind: 'residence_card' }))).toEqual([{ path: ['inviter', 'residenceCardNumber'], message: 'required' }]);
    const noPesel = { ...form11Fixture.inviter };
    delete noPesel.pesel;
    expect(issues({ ...form11Fixture, inviter: { ...noPesel, idKind: 'residence_card', residenceCardNumber: 'RP1234567' } })).toEqual([]);
    expect(issues(without('inviter', 'pesel'))).toEqual([{ path: ['inviter', 'pesel'], message: 'required' }]);
  });

  it('checks the invited foreigner’s details', () => {
    expect(issues(patch('invited', { passportNumber: '19AB/12345' }))).toEqual([{ path: ['invited', 'passportNumber'], message: 'passport_format' }]);
    expect(issues(patch('invited', { passportNumber: '19ab 12345' }))).toEqual([]);
    expect(issues(patch('invited', { citizenship: 'stateless' }))).toEqual([]);
    expect(issues(patch('invited', { citizenship: 'gruzińskie' }))).toEqual([{ path: ['invited', 'citizenship'], message: 'choose_option' }]);
    expect(issues(patch('invited', { birthDate: '2026-12-01' }))).toEqual([{ path: ['invited', 'birthDate'], message: 'birth_date_future' }]);
    expect(issues(without('invited', 'citizenship'))).toEqual([{ path: ['invited', 'citizenship'], message: 'required' }]);
  });

  it('requires a description of the purpose only when it is “other”', () => {
    expect(issues(patch('visit', { purpose: 'other' }))).toEqual([{ path: ['visit', 'purposeDetails'], message: 'required' }]);
    expect(issues(patch('visit', { purpose: 'other', purposeDetails: 'Udział w ślubie siostry.' }))).toEqual([]);
    expect(issues(patch('visit', { to: '2027-02-30' }))).toEqual([{ path: ['visit', 'to'], message: 'date_invalid' }]);
  });

  it('requires an answer on accommodation and on costs', () => {
    expect(issues(without('guarantees', 'costs'))).toEqual([{ path: ['guarantees', 'costs'], message: 'required' }]);
    expect(issues(patch('guarantees', { accommodation: true as unknown as string }))[0]).toMatchObject({ path: ['guarantees', 'accommodation'] });
  });

  it('refuses unknown fields', () => {
    const r = formSchema(form11, TODAY).safeParse(patch('invited', { sex: 'female' }));
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({ code: 'unrecognized_keys', path: ['invited'], keys: ['sex'] });
  });
});

describe('form 11: the visit period', () => {
  it('refuses a visit that ends before it starts, or starts in the past', () => {
    const at = (values: SectionData) => {
      const r = formSchema(form11, TODAY).safeParse(patch('visit', values));
      return r.success ? [] : r.error.issues.map((x) => [x.path.join('.'), x.message]);
    };
    expect(at({ from: '2027-03-10', to: '2027-03-01' })).toEqual([['visit.to', 'date_range_order']]);
    expect(at({ from: '2026-01-10' })).toEqual([['visit.from', 'date_not_future']]);
  });
});
