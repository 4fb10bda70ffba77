'use client';

import { useEffect, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { Link, usePathname, useRouter } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { checkInAction, walkInAction } from '@/lib/queue/actions';
import type { IssuedTicket, QueueRefusal } from '@/lib/queue/types';
import { warsawDate } from '@/lib/calendar/dates';
import { TIME_ZONE } from '@/lib/time';
import { Notice } from '@/components/ui/notice';
import { useErrorMessage } from '@/components/ui/use-error-message';
import { localName } from '@/lib/i18n/local-name';
import { KioskKeypad } from './kiosk-keypad';
import { PrintedTicket, type PolishTicketMessages } from './printed-ticket';
import styles from './office.module.css';

/** After this long the screen is ready for the next visitor. */
const TICKET_SHOWN_MS = 15_000;
const ERROR_SHOWN_MS = 30_000;

type Name = { text: string; lang?: string };

export function KioskScreen({
  location,
  walkIns,
  keys,
  polish,
}: {
  location: { slug: string; name: string };
  walkIns: { id: number; name: Name }[];
  /** The characters a reservation code is made of, with its separator, for the on-screen keypad. */
  keys: string[];
  polish: PolishTicketMessages;
}) {
  const t = useTranslations('queue.kiosk');
  const te = useTranslations('errors');
  const errorMessage = useErrorMessage();
  const tl = useTranslations('localeSwitcher');
  const format = useFormatter();
  const locale = useLocale();
  const pathname = usePathname();
  const router = useRouter();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [ticket, setTicket] = useState<IssuedTicket | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const ticketHeading = useRef<HTMLHeadingElement>(null);
  const caret = useRef<number | null>(null);
  const printed = useRef<number | null>(null);

  // A key on the keypad put the caret after what it typed; restore it once React has rendered the new value.
  useLayoutEffect(() => {
    if (caret.current === null) return;
    input.current?.focus();
    input.current?.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  }, [code]);

  // Print each ticket once, as soon as it is shown (kiosk browsers print silently); the ref survives a double effect run.
  useEffect(() => {
    if (!ticket || printed.current === ticket.id) return;
    printed.current = ticket.id;
    window.print();
  }, [ticket]);

  // The code field always has the focus, so a scanner can type into it at any time.
  useEffect(() => {
    if (ticket) ticketHeading.current?.focus();
    else input.current?.focus();
  }, [ticket]);

  // Back to the start after a while, so the next visitor never sees someone else's number or error.
  useEffect(() => {
    if (!ticket && !error) return;
    const timer = setTimeout(
      () => {
        setTicket(null);
        setError(null);
        setCode('');
      },
      ticket ? TICKET_SHOWN_MS : ERROR_SHOWN_MS,
    );
    return () => clearTimeout(timer);
  }, [ticket, error]);

  const refusal = (r: QueueRefusal | { ok: false; formError?: string }) => {
    const code = r.formError ?? 'unexpected';
    const params = 'params' in r ? { ...r.params } : {};
    if (typeof params.from === 'string') {
      const from = new Date(params.from);
      const sameDay = warsawDate(from) === warsawDate(new Date());
      params.from = format.dateTime(from, sameDay ? { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE } : { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE });
    }
    return errorMessage(code, params);
  };

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      const result = (await action()) as { ok: true; ticket: IssuedTicket } | QueueRefusal | { ok: false; formError?: string; fieldErrors?: Record<string, string> };
      if (result.ok) {
        setTicket(result.ticket);
        setCode('');
      } else if (result.formError === 'forbidden') {
        // The device was revoked (or the session ended): the page itself now says so.
        setError(te('forbidden'));
        router.refresh();
      } else if ('fieldErrors' in result && result.fieldErrors?.code) {
        setError(t('codeRequired'));
      } else {
        setError(refusal(result));
      }
    } catch {
      setError(te('unexpected'));
    } finally {
      setBusy(false);
      // A scanner's next code replaces this one instead of being appended to it.
      requestAnimationFrame(() => input.current?.select());
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!code.trim()) {
      setError(t('codeRequired'));
      input.current?.focus();
      return;
    }
    void run(() => checkInAction({ location: location.slug, code }));
  };

  if (ticket) {
    const service = localName(ticket.serviceNames, locale);
    return (
      <>
        <section className={styles.ticket} aria-labelledby="kiosk-ticket">
          <h1 id="kiosk-ticket" ref={ticketHeading} tabIndex={-1}>
            {t('ticketHeading')} <span className={styles.ticketLabel}>{ticket.label}</span>
          </h1>
          <p className={styles.big}>
            {t('ticketService')} <strong lang={service.lang}>{service.text}</strong>
          </p>
          <p>{t('ticketWait')}</p>
          <p className={styles.status}>{t('resetSoon')}</p>
          <div className={styles.ticketButtons}>
            <button type="button" className="button button-secondary" onClick={() => window.print()}>
              {t('print.again')}
            </button>
            <button type="button" className="button" onClick={() => setTicket(null)}>
              {t('done')}
            </button>
          </div>
        </section>
        <PrintedTicket ticket={ticket} location={location.name} polish={polish} />
      </>
    );
  }

  return (
    <>
      <div className={styles.top}>
        <h1>{t('title', { location: location.name })}</h1>
        <nav aria-label={tl('label')}>
          <ul className={styles.languages}>
            {routing.locales.map((l) => (
              <li key={l}>
                <Link href={pathname} locale={l} lang={l} hrefLang={l} aria-current={l === locale ? 'true' : undefined}>
                  {tl(`names.${l}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <form className={`${styles.big} ${styles.codeForm}`} method="post" noValidate onSubmit={onSubmit}>
        {error ? (
          <Notice kind="error" role="alert">
            {error}
          </Notice>
        ) : null}
        <div className={`field${error ? ' field-error' : ''}`}>
          <label htmlFor="kiosk-code">{t('codeLabel')}</label>
          <span className="hint" id="kiosk-code-hint">
            {t('codeHint')}
          </span>
          <input
            ref={input}
            id="kiosk-code"
            name="code"
            className="input"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            autoCorrect="off"
            spellCheck={false}
            enterKeyHint="go"
            maxLength={200}
            // The keypad below replaces the touch screen's own keyboard, which would cover half the kiosk; a scanner types as before.
            inputMode="none"
            aria-describedby="kiosk-code-hint"
            aria-invalid={error ? true : undefined}
          />
        </div>
        <KioskKeypad
          keys={keys}
          input={input}
          value={code}
          disabled={busy}
          onChange={(next, at) => {
            // Nothing changed (Clear on an empty field): no render follows, so only bring the focus back.
            if (next === code) return input.current?.focus();
            caret.current = at;
            setCode(next);
          }}
        />
        <button type="submit" className="button" disabled={busy} aria-busy={busy || undefined}>
          {t('submit')}
        </button>
      </form>
      {walkIns.length ? (
        <section aria-labelledby="kiosk-walk-in">
          <h2 id="kiosk-walk-in">{t('walkInTitle')}</h2>
          <p>{t('walkInIntro')}</p>
          <ul className={`${styles.walkIns} ${styles.big}`}>
            {walkIns.map((s) => (
              <li key={s.id}>
                <button type="button" className="button button-secondary" disabled={busy} lang={s.name.lang} onClick={() => void run(() => walkInAction({ location: location.slug, serviceId: s.id }))}>
                  {s.name.text}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
