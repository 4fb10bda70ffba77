import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { visitIcs } from './ics';

const event = (start: Date, cancelled = false) =>
  visitIcs({
    uid: '7f0c9a54-1111-4222-8333-944445555666',
    start,
    minutes: 30,
    summary: 'Wizyta: złożenie wniosku – R-ABC234',
    description: 'Kod rezerwacji: R-ABC234',
    location: 'Dolnośląski Urząd Wojewódzki, pl. Powstańców Warszawy 1, 50-153 Wrocław',
    url: 'https://pobyt.example/pl/account/reservations/x',
    organizer: { name: 'Pobyt', email: 'noreply@pobyt.example' },
    cancelled,
  });

function parse(text: string) {
  const comp = new ICAL.Component(ICAL.parse(text));
  for (const tz of comp.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  return { comp, vevent: new ICAL.Event(comp.getFirstSubcomponent('vevent')!) };
}

describe('visit .ics', () => {
  it.each([
    ['winter (CET)', '2026-12-02T08:30:00Z', '09:30'],
    ['summer (CEST)', '2027-06-15T07:00:00Z', '09:00'],
    ['the day after the spring change', '2027-03-29T06:00:00Z', '08:00'],
  ])('in %s keeps the instant and shows Warsaw wall-clock time', (_n, iso, wall) => {
    const text = event(new Date(iso));
    const { comp, vevent } = parse(text);
    expect(comp.getFirstPropertyValue('version')).toBe('2.0');
    expect(text).toMatch(/DTSTART;TZID=Europe\/Warsaw:\d{8}T\d{6}/);
    expect(vevent.startDate.zone?.tzid).toBe('Europe/Warsaw');
    expect(vevent.startDate.toJSDate().toISOString()).toBe(new Date(iso).toISOString());
    expect(vevent.startDate.toString().slice(11, 16)).toBe(wall);
    expect(vevent.endDate.toJSDate().getTime() - vevent.startDate.toJSDate().getTime()).toBe(30 * 60_000);
    expect(vevent.summary).toContain('R-ABC234');
    expect(vevent.location).toContain('Wrocław');
  });

  it('uses CRLF line ends and folds long lines at 75 octets', () => {
    const text = event(new Date('2026-12-02T08:30:00Z'));
    expect(text.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(text.endsWith('\r\n') || text.endsWith('END:VCALENDAR')).toBe(true);
  });

  it('a cancellation keeps the UID and says CANCELLED', () => {
    const a = parse(event(new Date('2026-12-02T08:30:00Z'))).vevent;
    const b = parse(event(new Date('2026-12-02T08:30:00Z'), true));
    expect(b.vevent.uid).toBe(a.uid);
    expect(b.comp.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(b.vevent.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });
});
