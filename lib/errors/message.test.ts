import { describe, expect, it } from 'vitest';
import { decodeMessage, encodeMessage, refusal, type ErrorMessage } from './message';

describe('error messages', () => {
  it('round-trips a code with and without parameters', () => {
    for (const m of <ErrorMessage[]>[{ code: 'required' }, { code: 'stays_overlap', params: { other: 1 } }, { code: 'closed_day_has_reservations', params: { count: 3, day: '2026-12-24' } }]) {
      expect(decodeMessage(encodeMessage(m))).toEqual(m);
    }
  });

  it('refuses anything that is not one of ours, so it is never shown as it is', () => {
    for (const raw of ['Invalid input: expected string', 'Required', '', null, undefined, 'code:{not json}', 'code:[1,2]', 'code:{"a":{"b":1}}', 'Code', 'x:{"a":1} trailing']) {
      expect(decodeMessage(raw), String(raw)).toBeNull();
    }
  });

  it('a refusal carries its parameters beside the code, not inside it', () => {
    expect(refusal('closed_day_has_reservations', { count: 2 })).toEqual({ ok: false, formError: 'closed_day_has_reservations', params: { count: 2 } });
    expect(refusal('not_found')).toEqual({ ok: false, formError: 'not_found' });
  });
});
