import { describe, expect, it } from 'vitest';
import { formTester } from '../fixtures/tester';
import { formSchema } from '../engine/schema';
import { form07Fixture } from '../fixtures/form-07';
import { familyMembersSection, personalDataSection, statementsSection, travelDocumentSection } from '../groups';
import { form06 } from './form-06';
import { form07 } from './form-07';

const TODAY = '2026-11-23';
const { issues, withSection: patch, without } = formTester(form07, form07Fixture, TODAY);

describe('form 7: residence card of an EU citizen’s family member', () => {
  it('is a foreigner form with its guide page: the sections of form 6 plus the EU citizen', () => {
    expect(form07).toMatchObject({ number: 7, filedBy: 'foreigner', guide: 'forms/7' });
    const ids = form07.sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id !== 'euCitizen')).toEqual(form06.sections.map((s) => s.id));
  });

  it('reuses the shared groups, with the passport as the family member’s document', () => {
    for (const group of [personalDataSection, travelDocumentSection, familyMembersSection, statementsSection]) {
      expect(form07.sections).toContain(group);
    }
  });

  it('accepts the fixture', () => {
    expect(issues(form07Fixture)).toEqual([]);
  });

  it('requires the EU citizen’s details', () => {
    expect(issues(without('euCitizen', 'surname'))).toEqual([{ path: ['euCitizen', 'surname'], message: 'required' }]);
    expect(issues(patch('euCitizen', { givenNames: 'Джулия' }))).toEqual([{ path: ['euCitizen', 'givenNames'], message: 'name_latin' }]);
  });

  it('takes the EU citizen’s citizenship from the states whose citizens the EU rules cover', () => {
    expect(issues(patch('euCitizen', { citizenship: 'NO' }))).toEqual([]);
    expect(issues(patch('euCitizen', { citizenship: 'UA' }))).toEqual([{ path: ['euCitizen', 'citizenship'], message: 'choose_option' }]);
  });

  it('accepts an EU citizen who has not yet registered', () => {
    expect(issues(without('euCitizen', 'registrationNumber'))).toEqual([]);
  });

  it('requires a description of the family tie only when it is “other”', () => {
    expect(issues(patch('euCitizen', { familyTie: 'other' }))).toEqual([{ path: ['euCitizen', 'familyTieDetails'], message: 'required' }]);
    expect(issues(patch('euCitizen', { familyTie: 'other', familyTieDetails: 'Partner pozostający we wspólnym gospodarstwie domowym od 2019 r.' }))).toEqual([]);
    expect(issues(patch('euCitizen', { familyTie: 'cousin' }))).toEqual([{ path: ['euCitizen', 'familyTie'], message: 'choose_option' }]);
  });

  it('requires the registered address fields when it differs from the address of stay', () => {
    expect(issues(without('registeredAddress', 'city'))).toEqual([{ path: ['registeredAddress', 'city'], message: 'required' }]);
    expect(issues({ ...form07Fixture, registeredAddress: { sameAsStay: 'yes' } })).toEqual([]);
  });

  it('checks the family members one by one', () => {
    const members = form07Fixture.family!.members as Record<string, string | boolean>[];
    expect(issues(patch('family', { members: [{ ...members[0]!, birthDate: '2027-01-01' }] }))).toEqual([
      { path: ['family', 'members', 0, 'birthDate'], message: 'birth_date_future' },
    ]);
  });

  it('refuses a passport issue date in the future', () => {
    expect(issues(patch('document', { issueDate: '2031-03-01' }))).toEqual([{ path: ['document', 'issueDate'], message: 'issue_date_future' }]);
  });

  it('refuses unknown fields', () => {
    const r = formSchema(form07, TODAY).safeParse(patch('euCitizen', { pesel: '94031701247' }));
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({ code: 'unrecognized_keys', path: ['euCitizen'], keys: ['pesel'] });
  });
});
