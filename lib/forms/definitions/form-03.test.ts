import { describe, expect, it } from 'vitest';
import { formTester } from '../fixtures/tester';
import { isRepeat } from '../engine/types';
import { form03Fixture } from '../fixtures/form-03';
import {
  addressInPolandSection,
  familyMembersSection,
  insuranceSection,
  meansSection,
  personalDataSection,
  staysAbroadSection,
  statementsSection,
  travelDocumentSection,
} from '../groups';
import { form03 } from './form-03';

const TODAY = '2026-11-23';
const { schema, issues, withSection: variant } = formTester(form03, form03Fixture, TODAY);

describe('form 3 (permanent residence) definition', () => {
  it('is filed by the foreigner and composes the shared groups in order', () => {
    expect(form03).toMatchObject({ number: 3, filedBy: 'foreigner', guide: 'forms/3' });
    expect(form03.sections.map((s) => s.id)).toEqual(['personal', 'document', 'addressPl', 'ground', 'family', 'trips', 'means', 'insurance', 'statements']);
    for (const group of [personalDataSection, travelDocumentSection, addressInPolandSection, familyMembersSection, staysAbroadSection, meansSection, insuranceSection, statementsSection]) {
      expect(form03.sections).toContain(group);
    }
  });

  it('keys its own texts under formDefs.f3 and gives every field a Polish official label', () => {
    const ground = form03.sections.find((s) => s.id === 'ground')!;
    expect(ground.title).toBe('formDefs.f3.sections.ground');
    for (const f of ground.fields) {
      expect(f.text.startsWith('formDefs.f3.fields.')).toBe(true);
      expect(f.officialLabel.trim()).not.toBe('');
      if (!isRepeat(f) && f.options) expect(f.optionsText).toBe('formDefs.f3.grounds');
    }
  });
});

describe('form 3 schema', () => {
  it('accepts the fixture', () => {
    expect(issues(form03Fixture)).toEqual([]);
  });

  it('refuses an expired passport', () => {
    expect(issues(variant('document', { expiryDate: '2026-11-23' }))).toContainEqual({ path: ['document', 'expiryDate'], message: 'passport_expired' });
  });

  it('refuses overlapping trips, naming the earlier trip', () => {
    const list = [
      { country: 'UA', from: '2023-07-01', to: '2023-07-21' },
      { country: 'SK', from: '2023-07-15', to: '2023-07-30' },
    ];
    const found = issues(variant('trips', { list }));
    expect(found).toContainEqual({ path: ['trips', 'list', 1, 'from'], message: expect.stringMatching(/^stays_overlap/) });
    expect(found.find((i) => i.path.join('.') === 'trips.list.1.from')?.message).toBe('stays_overlap:{"other":1}');
  });

  it('refuses a trip before the 5-year window', () => {
    const list = [{ country: 'UA', from: '2021-06-01', to: '2021-06-20' }];
    expect(issues(variant('trips', { list }))).toContainEqual({ path: ['trips', 'list', 0, 'from'], message: 'stay_outside_window:{"years":5}' });
  });

  it('requires the description of the ground only when the ground is "other"', () => {
    expect(issues(variant('ground', { ground: 'other' }))).toEqual([{ path: ['ground', 'groundDetails'], message: 'required' }]);
    expect(issues(variant('ground', { ground: 'other', groundDetails: 'Pobyt na podstawie zgody na pobyt tolerowany od 2015 r.' }))).toEqual([]);
    expect(issues(variant('ground', { ground: 'karta_polaka' }))).toEqual([]);
  });

  it('refuses a ground that is not one of the options', () => {
    expect(issues(variant('ground', { ground: 'investor' }))).toEqual([{ path: ['ground', 'ground'], message: 'choose_option' }]);
  });

  it('checks the PESEL against the date of birth', () => {
    expect(issues(variant('personal', { birthDate: '1988-04-13' }))).toEqual([{ path: ['personal', 'pesel'], message: 'pesel_birth_date_mismatch' }]);
  });

  it('requires the details of each family member when there are family members', () => {
    const members = [{ name: 'Tomasz Nowak', birthDate: '1985-09-03', citizenship: 'PL', residence: 'Wrocław' }];
    expect(issues(variant('family', { members }))).toEqual([{ path: ['family', 'members', 0, 'kinship'], message: 'required' }]);
  });

  it('refuses unknown fields and sections', () => {
    expect(schema.safeParse(variant('ground', { nickname: 'x' })).success).toBe(false);
    expect(schema.safeParse({ ...form03Fixture, extra: {} }).success).toBe(false);
  });

  it('refuses a missing section', () => {
    const rest = structuredClone(form03Fixture);
    delete rest.ground;
    expect(schema.safeParse(rest).success).toBe(false);
  });
});
