import { describe, expect, it } from 'vitest';
import { formTester } from '../fixtures/tester';
import { isRepeat } from '../engine/types';
import { form05Fixture } from '../fixtures/form-05';
import { addressInPolandSection, personalDataSection, statementsSection, travelDocumentSection } from '../groups';
import { form05 } from './form-05';

const TODAY = '2026-11-23';
const { schema, issues, withSection: variant } = formTester(form05, form05Fixture, TODAY);

describe('form 5 (residence card) definition', () => {
  it('is filed by the foreigner and composes the shared groups in order', () => {
    expect(form05).toMatchObject({ number: 5, filedBy: 'foreigner', guide: 'forms/5' });
    expect(form05.sections.map((s) => s.id)).toEqual(['personal', 'document', 'addressPl', 'card', 'statements']);
    for (const group of [personalDataSection, travelDocumentSection, addressInPolandSection, statementsSection]) {
      expect(form05.sections).toContain(group);
    }
  });

  it('keys its own texts under formDefs.f5 and gives every field a Polish official label', () => {
    const card = form05.sections.find((s) => s.id === 'card')!;
    expect(card.title).toBe('formDefs.f5.sections.card');
    for (const f of card.fields) {
      expect(f.text.startsWith('formDefs.f5.fields.')).toBe(true);
      expect(f.officialLabel.trim()).not.toBe('');
      if (!isRepeat(f) && f.options) expect(f.optionsText).toBe('formDefs.f5.reasons');
    }
  });
});

describe('form 5 schema', () => {
  it('accepts the fixture', () => {
    expect(issues(form05Fixture)).toEqual([]);
  });

  it('refuses an expired passport', () => {
    expect(issues(variant('document', { expiryDate: '2025-03-09' }))).toContainEqual({ path: ['document', 'expiryDate'], message: 'passport_expired' });
  });

  it('refuses a passport issued after its expiry', () => {
    expect(issues(variant('document', { issueDate: '2021-03-09', expiryDate: '2021-03-01' }))).toContainEqual({
      path: ['document', 'expiryDate'],
      message: 'issue_after_expiry',
    });
  });

  it('treats the previous card number as optional, for exchanges and a first card alike', () => {
    expect(issues(variant('card', { reason: 'loss', previousCardNumber: undefined }))).toEqual([]);
    expect(issues(variant('card', { reason: 'first_card', previousCardNumber: undefined }))).toEqual([]);
  });

  it('checks the length of the previous card number only when it is shown', () => {
    const long = 'RP07418520000000000000';
    expect(issues(variant('card', { reason: 'damage', previousCardNumber: long }))).toContainEqual({ path: ['card', 'previousCardNumber'], message: 'too_long' });
  });

  it('requires a description only when the reason is "other"', () => {
    expect(issues(variant('card', { reason: 'other' }))).toEqual([{ path: ['card', 'reasonDetails'], message: 'required' }]);
    expect(issues(variant('card', { reason: 'other', reasonDetails: 'Znaczna zmiana wyglądu po leczeniu.' }))).toEqual([]);
    expect(issues(variant('card', { reason: 'expiry' }))).toEqual([]);
  });

  it('requires the permit decision and refuses a decision date in the future', () => {
    expect(issues(variant('card', { permitDecisionNumber: ' ' }))).toEqual([{ path: ['card', 'permitDecisionNumber'], message: 'required' }]);
    expect(issues(variant('card', { permitDecisionDate: '2026-12-01' }))).toEqual([{ path: ['card', 'permitDecisionDate'], message: 'date_in_future' }]);
  });

  it('refuses a reason that is not one of the options', () => {
    expect(issues(variant('card', { reason: 'lost' }))).toEqual([{ path: ['card', 'reason'], message: 'choose_option' }]);
  });

  it('requires both statements', () => {
    expect(issues(variant('statements', { informed: false }))).toEqual([{ path: ['statements', 'informed'], message: 'required' }]);
  });

  it('refuses unknown fields', () => {
    const result = schema.safeParse(variant('card', { cardColour: 'blue' }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', path: ['card'], keys: ['cardColour'] });
  });
});
