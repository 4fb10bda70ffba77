import 'server-only';
import type { Locale } from '@/i18n/routing';
import { translatorFor } from '@/lib/i18n/translator';
import { config } from '@/lib/config';
import type { Mail } from '@/lib/notifications/mailer';

type Kind = 'verifyEmail' | 'resetPassword' | 'staffInvite' | 'oidcConfirm';

const paths: Record<Kind, string> = {
  verifyEmail: 'verify-email',
  resetPassword: 'reset-password',
  staffInvite: 'reset-password',
  oidcConfirm: 'verify-email/identity',
};

/** A link e-mail in the recipient's language; the token travels only in the link. */
export function accountLinkMail(kind: Kind, to: string, locale: Locale, token: string): Mail {
  const t = translatorFor(locale);
  const cfg = config();
  const link = `${cfg.appUrl}/${locale}/${paths[kind]}?token=${encodeURIComponent(token)}`;
  return {
    to,
    subject: t(`emails.${kind}.subject`, { office: cfg.OFFICE_NAME }),
    text: t(`emails.${kind}.body`, { link, office: cfg.OFFICE_NAME }),
  };
}

/**
 * To the owner of an address someone tried to register again. Registration
 * answers alike whether or not the address has an account, so only the owner
 * learns of it; no token: signing in or asking for a reset is up to them.
 */
export function registerAttemptMail(to: string, locale: Locale): Mail {
  const t = translatorFor(locale);
  const cfg = config();
  const values = { signIn: `${cfg.appUrl}/${locale}/sign-in`, reset: `${cfg.appUrl}/${locale}/forgot-password`, office: cfg.OFFICE_NAME };
  return { to, subject: t('emails.registerAttempt.subject', values), text: t('emails.registerAttempt.body', values) };
}
