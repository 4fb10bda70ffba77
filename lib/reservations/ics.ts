import 'server-only';
import { TIME_ZONE } from '@/lib/time';

// The EU rule for Poland since 1996 (last Sunday of March / October at 01:00 UTC):
// RFC 5545 requires a VTIMEZONE for every TZID the file uses.
const WARSAW_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Warsaw',
  'X-LIC-LOCATION:Europe/Warsaw',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

export type VisitEvent = {
  uid: string;
  start: Date;
  minutes: number;
  summary: string;
  description: string;
  location: string;
  url: string;
  organizer: { name: string; email: string };
  cancelled?: boolean;
};

// Warsaw wall-clock time as an iCalendar local DATE-TIME (the VTIMEZONE above says which offset applies).
function warsawLocal(d: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}${parts.month}${parts.day}T${parts.hour}${parts.minute}${parts.second}`;
}

const utc = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const text = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** RFC 5545 §3.1: lines longer than 75 octets continue on the next line after a space, never inside a UTF-8 character. */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  for (const ch of line) {
    const limit = out.length ? 74 : 75;
    if (Buffer.byteLength(current + ch) > limit) {
      out.push(current);
      current = '';
    }
    current += ch;
  }
  out.push(current);
  return out.join('\r\n ');
}

/**
 * One visit as an iCalendar file, in Warsaw time. The UID is the
 * reservation's, so a moved or cancelled visit updates the event the calendar
 * already has; the sequence grows with time so that the newest notice wins.
 */
export function visitIcs(e: VisitEvent, now = new Date()): string {
  const end = new Date(e.start.getTime() + e.minutes * 60_000);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Pobyt//Reservations//PL',
    'CALSCALE:GREGORIAN',
    `METHOD:${e.cancelled ? 'CANCEL' : 'PUBLISH'}`,
    WARSAW_VTIMEZONE,
    'BEGIN:VEVENT',
    `UID:${e.uid}@pobyt`,
    `SEQUENCE:${Math.max(0, Math.floor(now.getTime() / 1000) - 1_700_000_000)}`,
    `DTSTAMP:${utc(now)}`,
    `DTSTART;TZID=${TIME_ZONE}:${warsawLocal(e.start)}`,
    `DTEND;TZID=${TIME_ZONE}:${warsawLocal(end)}`,
    `SUMMARY:${text(e.summary)}`,
    `DESCRIPTION:${text(e.description)}`,
    `LOCATION:${text(e.location)}`,
    `URL:${e.url}`,
    `ORGANIZER;CN=${JSON.stringify(e.organizer.name)}:mailto:${e.organizer.email}`,
    `STATUS:${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.flatMap((l) => l.split('\r\n')).map(fold).join('\r\n') + '\r\n';
}
