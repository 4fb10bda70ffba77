import { describe, expect, it } from 'vitest';
import { openingStatus } from './opening';

// The Wrocław head office: Mon, Tue, Thu, Fri 9–16, Wed 8–18 (FACTS §6).
const wroclaw = [
  { weekday: 1, opensAt: '09:00', closesAt: '16:00' },
  { weekday: 2, opensAt: '09:00', closesAt: '16:00' },
  { weekday: 3, opensAt: '08:00', closesAt: '18:00' },
  { weekday: 4, opensAt: '09:00', closesAt: '16:00' },
  { weekday: 5, opensAt: '09:00', closesAt: '16:00' },
];
const at = (iso: string) => new Date(iso);

describe('openingStatus in Europe/Warsaw', () => {
  it('walks through a winter week', () => {
    // 2026-11-23 is a Monday; Warsaw is UTC+1 in winter.
    expect(openingStatus(wroclaw, at('2026-11-23T07:59:00Z'))).toEqual({ state: 'closed', opensAt: '09:00', opensOn: 'today' });
    expect(openingStatus(wroclaw, at('2026-11-23T08:00:00Z'))).toEqual({ state: 'open', closesAt: '16:00' });
    expect(openingStatus(wroclaw, at('2026-11-23T14:59:00Z'))).toEqual({ state: 'open', closesAt: '16:00' });
    expect(openingStatus(wroclaw, at('2026-11-23T15:00:00Z'))).toEqual({ state: 'closed', opensAt: '09:00', opensOn: 'tomorrow' });
    // Tuesday evening: Wednesday opens earlier.
    expect(openingStatus(wroclaw, at('2026-11-24T18:00:00Z'))).toEqual({ state: 'closed', opensAt: '08:00', opensOn: 'tomorrow' });
    expect(openingStatus(wroclaw, at('2026-11-25T16:30:00Z'))).toEqual({ state: 'open', closesAt: '18:00' });
    // Friday after closing, Saturday and Sunday: next is Monday (ISO weekday 1).
    expect(openingStatus(wroclaw, at('2026-11-27T15:30:00Z'))).toEqual({ state: 'closed', opensAt: '09:00', opensOn: 1 });
    expect(openingStatus(wroclaw, at('2026-11-28T10:00:00Z'))).toEqual({ state: 'closed', opensAt: '09:00', opensOn: 1 });
    expect(openingStatus(wroclaw, at('2026-11-29T12:00:00Z'))).toEqual({ state: 'closed', opensAt: '09:00', opensOn: 'tomorrow' });
  });

  it('uses the Warsaw date around midnight, not the UTC one', () => {
    // 23:30 UTC on Sunday is already 00:30 on Monday in Warsaw.
    expect(openingStatus(wroclaw, at('2026-11-29T23:30:00Z'))).toEqual({ state: 'closed', opensAt: '09:00', opensOn: 'today' });
    // 23:30 UTC on Thursday is 00:30 on Friday.
    expect(openingStatus(wroclaw, at('2026-11-26T23:30:00Z'))).toEqual({ state: 'closed', opensAt: '09:00', opensOn: 'today' });
  });

  it('follows the change to summer time (UTC+2 from 29 March 2026)', () => {
    // Friday 27 March, winter time: 08:30 UTC is 09:30 local.
    expect(openingStatus(wroclaw, at('2026-03-27T08:30:00Z'))).toEqual({ state: 'open', closesAt: '16:00' });
    // Monday 30 March, summer time: 07:30 UTC is 09:30 local (it would be 08:30 in winter).
    expect(openingStatus(wroclaw, at('2026-03-30T07:30:00Z'))).toEqual({ state: 'open', closesAt: '16:00' });
    expect(openingStatus(wroclaw, at('2026-03-30T14:00:00Z'))).toEqual({ state: 'closed', opensAt: '09:00', opensOn: 'tomorrow' });
  });

  it('follows the change back to winter time (25 October 2026)', () => {
    // Friday 23 October, summer: 13:59 UTC is 15:59 local, open; 14:00 UTC is 16:00, closed.
    expect(openingStatus(wroclaw, at('2026-10-23T13:59:00Z'))).toEqual({ state: 'open', closesAt: '16:00' });
    expect(openingStatus(wroclaw, at('2026-10-23T14:00:00Z'))).toEqual({ state: 'closed', opensAt: '09:00', opensOn: 1 });
    // Monday 26 October, winter: 14:30 UTC is 15:30 local, still open.
    expect(openingStatus(wroclaw, at('2026-10-26T14:30:00Z'))).toEqual({ state: 'open', closesAt: '16:00' });
  });

  it('says nothing when the hours are not known', () => {
    expect(openingStatus([], at('2026-11-23T10:00:00Z'))).toEqual({ state: 'unknown' });
  });
});
