import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { reservations, visitSlots } from '@/db/schema';

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
  /** The reservation's own revision (reservations.sequence): 0 when booked, +1 for every move or cancellation. */
  sequence: number;
};

/**
 * Times are written in UTC (RFC 5545 §3.3.5, form #2). A Warsaw local time
 * with TZID cannot name the second 02:30 of the last Sunday of October: the
 * RFC resolves a repeated local time to its first occurrence, and readers
 * differ anyway. UTC names one instant in every reader; calendars show it in
 * the user's own zone.
 */
const utc = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

// RFC 5545 §3.1 CONTROL (all C0 but HTAB, and DEL) is never allowed in a value; C1 controls are invisible garbage too.
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;

/** A TEXT value (§3.3.11): line breaks of any kind become the \n escape; other controls are dropped. */
function text(s: string): string {
  return s
    .replace(/\r\n?|\n/g, '\n')
    .split('\n')
    .map((line) => line.replace(CONTROLS, '').replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,'))
    .join('\\n');
}

/**
 * A parameter value (§3.2): always DQUOTE-quoted, since a name may hold `:;,`.
 * A quoted value may not contain DQUOTE, and RFC 6868's ^' escape is not read
 * by every client, so it becomes an apostrophe; controls (line breaks too) are dropped.
 */
function paramValue(s: string): string {
  return `"${s.replace(/\r\n?|\n/g, ' ').replace(CONTROLS, '').replace(/"/g, "'")}"`;
}

/** A URI value: no controls and no spaces, which would end or break it. */
const uri = (s: string) => s.replace(CONTROLS, '').replace(/\s/g, (c) => encodeURIComponent(c));

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
 * One visit as an iCalendar file. The UID is the reservation's, so a moved or
 * cancelled visit updates the event the calendar already has. SEQUENCE is the
 * reservation's stored revision, never the render time: a calendar applies a
 * file only if its SEQUENCE is not lower than the one it holds (RFC 5546
 * §2.1.5), so a late or resent older notice cannot undo a newer change.
 */
export function visitIcs(e: VisitEvent, now = new Date()): string {
  if (!Number.isSafeInteger(e.sequence) || e.sequence < 0) throw new Error(`Invalid iCalendar SEQUENCE ${e.sequence}`);
  const end = new Date(e.start.getTime() + e.minutes * 60_000);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Pobyt//Reservations//PL',
    'CALSCALE:GREGORIAN',
    `METHOD:${e.cancelled ? 'CANCEL' : 'PUBLISH'}`,
    'BEGIN:VEVENT',
    `UID:${e.uid.replace(CONTROLS, '')}@pobyt`,
    `SEQUENCE:${e.sequence}`,
    `DTSTAMP:${utc(now)}`,
    `DTSTART:${utc(e.start)}`,
    `DTEND:${utc(end)}`,
    `SUMMARY:${text(e.summary)}`,
    `DESCRIPTION:${text(e.description)}`,
    `LOCATION:${text(e.location)}`,
    `URL:${uri(e.url)}`,
    `ORGANIZER;CN=${paramValue(e.organizer.name)}:mailto:${uri(e.organizer.email)}`,
    `STATUS:${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

/**
 * What the calendar file says of a reservation right now: its time, whether it
 * is cancelled, and its sequence, read in one statement so that the sequence
 * always belongs to the state it is sent with. A notice rendered late (a retry,
 * a resend) therefore carries the newest state, never an older one under a
 * newer sequence.
 */
export async function calendarState(db: DbOrTx, reservationId: string): Promise<Pick<VisitEvent, 'start' | 'cancelled' | 'sequence'>> {
  const [r] = await db
    .select({ start: visitSlots.startsAt, status: reservations.status, sequence: reservations.sequence })
    .from(reservations)
    .innerJoin(visitSlots, eq(visitSlots.id, reservations.slotId))
    .where(eq(reservations.id, reservationId));
  if (!r) throw new Error(`Reservation ${reservationId} not found`);
  return { start: r.start, cancelled: r.status === 'cancelled', sequence: r.sequence };
}
