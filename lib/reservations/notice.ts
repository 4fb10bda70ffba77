import 'server-only';
import type { Db } from '@/db/client';
import type { Locale } from '@/i18n/routing';
import { config } from '@/lib/config';
import { translatorFor } from '@/lib/i18n/translator';
import type { OutboxRow, RenderedNotice } from '@/lib/notifications/render';
import { TIME_ZONE } from '@/lib/time';
import { placeLine, reservationById } from './details';
import { localText } from '@/lib/i18n/local-name';
import { calendarState, visitIcs } from './ics';

export function visitWhen(startsAt: Date, locale: Locale) {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', hourCycle: 'h23', timeZone: TIME_ZONE }).format(startsAt);
}

/**
 * Confirmation, move and cancellation e-mails. They say what, when and where,
 * and the code needed at the kiosk, but never the visitor's name or passport
 * number; the details and the PDF are on the signed-in page.
 */
export async function renderReservationNotice(db: Db, row: OutboxRow): Promise<RenderedNotice> {
  const r = row.ref ? await reservationById(db, row.ref) : null;
  if (!r) throw new Error(`Reservation ${row.ref} of notice ${row.id} not found`);
  const locale = row.locale as Locale;
  const t = translatorFor(locale);
  const cfg = config();
  const kind = row.kind as 'reservation_confirmed' | 'reservation_moved' | 'reservation_cancelled';
  const service = localText(r.serviceNames, locale);
  const link = `${cfg.appUrl}/${locale}/account/reservations/${r.id}`;
  const values = { code: r.code, service, when: visitWhen(r.startsAt, locale), place: placeLine(r), link, office: cfg.OFFICE_NAME };
  // The calendar file states the visit as it is now: a confirmation sent late, after a cancellation, cancels too.
  const calendar = await calendarState(db, r.id);
  const cancelled = kind === 'reservation_cancelled' || calendar.cancelled;
  const ics = visitIcs({
    uid: r.id,
    start: calendar.start,
    minutes: r.durationMinutes,
    summary: t('reservations.ics.summary', { service, code: r.code }),
    description: t('reservations.ics.description', values),
    location: placeLine(r),
    url: link,
    organizer: { name: cfg.OFFICE_NAME, email: cfg.MAIL_FROM.replace(/^.*<([^>]+)>.*$/, '$1') },
    cancelled,
    sequence: calendar.sequence,
  });
  return {
    subject: t(`reservations.emails.${kind}.subject`, values),
    text: t(`reservations.emails.${kind}.body`, values),
    attachments: [{ filename: cancelled ? 'wizyta-odwolana.ics' : 'wizyta.ics', content: ics, contentType: `text/calendar; charset=utf-8; method=${cancelled ? 'CANCEL' : 'PUBLISH'}` }],
  };
}
