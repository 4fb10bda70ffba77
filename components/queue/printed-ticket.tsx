'use client';

import { NextIntlClientProvider, useFormatter, useLocale, useTranslations } from 'next-intl';
import type { Messages } from '@/lib/i18n/messages';
import type { IssuedTicket } from '@/lib/queue/types';
import { TIME_ZONE } from '@/lib/time';
import { localName } from '@/lib/i18n/local-name';
import styles from './office.module.css';

/** Polish texts of the printed ticket, passed from the server so the paper always carries the office's language. */
export type PolishTicketMessages = { common: { officeName: string }; queue: { kiosk: { print: Messages['queue']['kiosk']['print'] } } };

/** One language's copy of the ticket's texts; the number is printed once, above them. */
function TicketTexts({ ticket }: { ticket: IssuedTicket }) {
  const t = useTranslations('queue.kiosk.print');
  const format = useFormatter();
  const locale = useLocale();
  const service = localName(ticket.serviceNames, locale);
  const when = (iso: string) => format.dateTime(new Date(iso), { day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE });
  return (
    <div lang={locale} className={styles.printedCopy}>
      <p>
        {t('service')} <strong lang={service.lang}>{service.text}</strong>
      </p>
      <p>{t('issued', { at: when(ticket.issuedAt) })}</p>
      {ticket.appointmentAt ? <p>{t('appointment', { at: when(ticket.appointmentAt) })}</p> : null}
      <p>{t('watch')}</p>
    </div>
  );
}

/**
 * The paper ticket for an 80 mm receipt printer. Hidden on screen (display:none,
 * so screen readers skip it too) and the only thing shown when printing. In the
 * kiosk's language, with a Polish copy when that is another language, so the
 * staff can read every ticket handed to them.
 */
export function PrintedTicket({ ticket, location, polish }: { ticket: IssuedTicket; location: string; polish: PolishTicketMessages }) {
  const t = useTranslations('queue.kiosk.print');
  const tc = useTranslations('common');
  const locale = useLocale();
  return (
    <div className={styles.printed}>
      <p className={styles.printedOffice}>{tc('officeName')}</p>
      {locale === 'pl' ? null : (
        <p className={styles.printedOffice} lang="pl">
          {polish.common.officeName}
        </p>
      )}
      <p>{location}</p>
      <p className={styles.printedHeading}>
        {t('heading')}
        {locale === 'pl' ? null : <span lang="pl"> / {polish.queue.kiosk.print.heading}</span>}
      </p>
      <p className={styles.printedNumber}>{ticket.label}</p>
      <TicketTexts ticket={ticket} />
      {locale === 'pl' ? null : (
        <NextIntlClientProvider locale="pl" messages={polish} timeZone={TIME_ZONE}>
          <TicketTexts ticket={ticket} />
        </NextIntlClientProvider>
      )}
    </div>
  );
}
