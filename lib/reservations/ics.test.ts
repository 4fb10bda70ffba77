import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import nodeIcal from 'node-ical';
import { TIME_ZONE } from '@/lib/time';
import { visitIcs, type VisitEvent } from './ics';
import { generateSlots } from './slots';

const base: VisitEvent = {
  uid: '7f0c9a54-1111-4222-8333-944445555666',
  start: new Date('2026-12-02T08:30:00Z'),
  minutes: 30,
  summary: 'Wizyta: złożenie wniosku – R-ABC234',
  description: 'Kod rezerwacji: R-ABC234',
  location: 'Dolnośląski Urząd Wojewódzki, pl. Powstańców Warszawy 1, 50-153 Wrocław',
  url: 'https://pobyt.example/pl/account/reservations/x',
  organizer: { name: 'Pobyt', email: 'noreply@pobyt.example' },
  sequence: 0,
};
const event = (start: Date, cancelled = false) => visitIcs({ ...base, start, cancelled });

/** Reader 1: ical.js (Mozilla's, used by Thunderbird). */
function viaIcalJs(text: string) {
  const comp = new ICAL.Component(ICAL.parse(text));
  const vevent = comp.getFirstSubcomponent('vevent')!;
  const ev = new ICAL.Event(vevent);
  return {
    comp,
    ev,
    start: ev.startDate.toJSDate(),
    end: ev.endDate.toJSDate(),
    sequence: ev.sequence,
    status: vevent.getFirstPropertyValue('status'),
    method: comp.getFirstPropertyValue('method'),
    organizerCn: vevent.getFirstProperty('organizer')!.getParameter('cn'),
    organizer: vevent.getFirstPropertyValue('organizer'),
  };
}

/** Reader 2: node-ical, an independent implementation (own lexer, own date handling). */
function viaNodeIcal(text: string) {
  const events = Object.values(nodeIcal.sync.parseICS(text)).filter((c) => c?.type === 'VEVENT');
  expect(events).toHaveLength(1);
  const ev = events[0] as nodeIcal.VEvent;
  const val = (v: nodeIcal.ParameterValue | undefined) => (typeof v === 'string' || v === undefined ? v : v.val);
  const organizer = ev.organizer!;
  return {
    start: new Date(ev.start.getTime()),
    end: new Date(ev.end!.getTime()),
    sequence: Number(ev.sequence),
    status: ev.status,
    summary: val(ev.summary),
    description: val(ev.description),
    location: val(ev.location),
    organizerCn: typeof organizer === 'string' ? undefined : organizer.params.CN,
    organizer: typeof organizer === 'string' ? organizer : organizer.val,
  };
}

/** What a person in Warsaw reads on the clock, with the offset that tells the two 02:30s apart. */
const warsawClock = (d: Date) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'shortOffset' }).format(d);

describe('visit .ics', () => {
  it.each([
    ['winter (CET)', '2026-12-02T08:30:00Z', '09:30'],
    ['summer (CEST)', '2027-06-15T07:00:00Z', '09:00'],
    ['the day after the spring change', '2027-03-29T06:00:00Z', '08:00'],
  ])('in %s keeps the instant in both readers and shows Warsaw wall-clock time', (_n, iso, wall) => {
    const text = event(new Date(iso));
    expect(text).toMatch(/\r\nDTSTART:\d{8}T\d{6}Z\r\n/);
    const a = viaIcalJs(text);
    const b = viaNodeIcal(text);
    expect(a.comp.getFirstPropertyValue('version')).toBe('2.0');
    for (const r of [a, b]) {
      expect(r.start.toISOString()).toBe(new Date(iso).toISOString());
      expect(r.end.getTime() - r.start.getTime()).toBe(30 * 60_000);
      expect(warsawClock(r.start)).toMatch(new RegExp(`^${wall} `));
    }
    expect(a.ev.summary).toContain('R-ABC234');
    expect(b.location).toContain('Wrocław');
  });

  describe('on 31 October 2027, when Warsaw lives 02:00–03:00 twice', () => {
    // An office open through that night (01:00–04:00, 30-minute slots): the
    // schedule gives both 02:30s, each its own instant.
    const night = generateSlots(
      { weekdays: [7], opensAt: '01:00', closesAt: '04:00', slotMinutes: 30, capacity: 1, validFrom: '2027-01-01', validTo: null, releaseDaysBefore: 14, releaseAt: '08:00' },
      '2027-10-31',
      '2027-10-31',
      new Set(),
    ).map((s) => s.startsAt.toISOString());

    it('the schedule has a slot at 02:30 CEST and another at 02:30 CET, eight in four real hours', () => {
      expect(night).toContain('2027-10-31T00:30:00.000Z');
      expect(night).toContain('2027-10-31T01:30:00.000Z');
      expect(night).toHaveLength(8);
      expect(new Set(night).size).toBe(8);
    });

    it.each([
      ['02:30 CEST', '2027-10-31T00:30:00.000Z', '02:30 GMT+2', '02:00 GMT+1'],
      ['02:30 CET', '2027-10-31T01:30:00.000Z', '02:30 GMT+1', '03:00 GMT+1'],
    ])('a %s visit starts and ends at the right instant in ical.js and node-ical', (_n, iso, startClock, endClock) => {
      expect(night).toContain(iso);
      const text = event(new Date(iso));
      for (const r of [viaIcalJs(text), viaNodeIcal(text)]) {
        expect(r.start.toISOString()).toBe(iso);
        expect(r.end.getTime()).toBeGreaterThan(r.start.getTime());
        expect(r.end.getTime() - r.start.getTime()).toBe(30 * 60_000);
        expect(warsawClock(r.start)).toBe(startClock);
        expect(warsawClock(r.end)).toBe(endClock);
      }
    });

    it('the two visits stay an hour apart and do not collide in either reader', () => {
      const cest = event(new Date('2027-10-31T00:30:00Z'));
      const cet = event(new Date('2027-10-31T01:30:00Z'));
      expect(viaIcalJs(cet).start.getTime() - viaIcalJs(cest).start.getTime()).toBe(3_600_000);
      expect(viaNodeIcal(cet).start.getTime() - viaNodeIcal(cest).start.getTime()).toBe(3_600_000);
    });
  });

  it('drops control characters from text and turns any line break (CRLF, LF, lone CR) into one', () => {
    const text = visitIcs({
      ...base,
      summary: 'Wizyta\u0000 R-ABC234\u0007\u001b[31m',
      description: 'Linia 1\rLinia 2\nLinia 3\r\nLinia 4\u000bkoniec\u007f\u0085',
      location: 'pl. Powstańców Warszawy 1;\tWrocław\u0008',
    });
    // Only CRLF line ends remain in the file; no other control character but TAB.
    const body = text.split('\r\n').join('');
    expect(body).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/);
    const a = viaIcalJs(text);
    const b = viaNodeIcal(text);
    for (const r of [
      { summary: a.ev.summary, description: a.ev.description, location: a.ev.location },
      { summary: b.summary, description: b.description, location: b.location },
    ]) {
      expect(r.summary).toBe('Wizyta R-ABC234[31m');
      expect(r.description).toBe('Linia 1\nLinia 2\nLinia 3\nLinia 4koniec');
      expect(r.location).toBe('pl. Powstańców Warszawy 1;\tWrocław');
    }
    expect(a.start.toISOString()).toBe(base.start.toISOString());
  });

  it('an office name with quotes, colons, semicolons and commas keeps the ORGANIZER line whole', () => {
    const name = 'Urząd "Pobyt"; Wydział: Spraw Cudzoziemców, Wrocław\r\nX-EVIL:1';
    const cn = "Urząd 'Pobyt'; Wydział: Spraw Cudzoziemców, Wrocław X-EVIL:1";
    const text = visitIcs({ ...base, organizer: { name, email: 'noreply@pobyt.example' } });
    // RFC 5545 §3.1 unfolding: a CRLF followed by one space or tab continues the line.
    const line = text.replace(/\r\n[ \t]/g, '').split('\r\n').find((l) => l.startsWith('ORGANIZER'));
    expect(line).toBe(`ORGANIZER;CN="${cn}":mailto:noreply@pobyt.example`);
    expect(text).not.toMatch(/\r\nX-EVIL/);
    const a = viaIcalJs(text);
    expect(a.organizerCn).toBe(cn);
    expect(a.organizer).toBe('mailto:noreply@pobyt.example');
    // node-ical splits parameters at every `;`, even inside quotes (valid per §3.2):
    // its CN is cut there, but the address and the rest of the event stay right.
    const b = viaNodeIcal(text);
    expect(b.organizer).toBe('mailto:noreply@pobyt.example');
    expect(b.status).toBe('CONFIRMED');
    expect(b.start.toISOString()).toBe(base.start.toISOString());
  });

  it('an office name with a quote, a colon and a comma reads back the same in both readers', () => {
    const text = visitIcs({ ...base, organizer: { name: 'Urząd "Pobyt": Wydział Spraw Cudzoziemców, Wrocław', email: 'noreply@pobyt.example' } });
    for (const r of [viaIcalJs(text), viaNodeIcal(text)]) {
      expect(r.organizerCn).toBe("Urząd 'Pobyt': Wydział Spraw Cudzoziemców, Wrocław");
      expect(r.organizer).toBe('mailto:noreply@pobyt.example');
    }
  });

  it('uses CRLF line ends and folds long lines at 75 octets without breaking a letter', () => {
    const text = visitIcs({ ...base, description: 'Zażółć gęślą jaźń, щука їжак ґудзик. '.repeat(10) });
    expect(text.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(viaNodeIcal(text).description).toBe('Zażółć gęślą jaźń, щука їжак ґудзик. '.repeat(10));
    expect(viaIcalJs(text).ev.description).toBe('Zażółć gęślą jaźń, щука їжак ґудзик. '.repeat(10));
  });

  it('writes the stored sequence, whatever the time of rendering', () => {
    const early = visitIcs({ ...base, sequence: 2 }, new Date('2026-01-01T00:00:00Z'));
    const late = visitIcs({ ...base, sequence: 2 }, new Date('2030-01-01T00:00:00Z'));
    for (const text of [early, late]) {
      expect(viaIcalJs(text).sequence).toBe(2);
      expect(viaNodeIcal(text).sequence).toBe(2);
    }
    expect(() => visitIcs({ ...base, sequence: -1 })).toThrow();
  });

  it('a cancellation keeps the UID and says CANCELLED', () => {
    const a = viaIcalJs(event(base.start));
    const b = viaIcalJs(event(base.start, true));
    expect(b.ev.uid).toBe(a.ev.uid);
    expect(b.method).toBe('CANCEL');
    expect(b.status).toBe('CANCELLED');
    expect(viaNodeIcal(event(base.start, true)).status).toBe('CANCELLED');
  });
});
