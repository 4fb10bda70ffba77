import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { applications, notificationOutbox } from '@/db/schema';
import type { Locale } from '@/i18n/routing';
import { config } from '@/lib/config';
import { translatorFor } from '@/lib/i18n/translator';
import type { OutboxRow, RenderedNotice } from '@/lib/notifications/render';
import { NoticeUndeliverable } from '@/lib/notifications/undeliverable';
import { formDefinition } from './definitions';
import { isUuid } from '@/lib/zod';

/** Queued in the submitting transaction: sent even if SMTP is down now, never for a submission that rolled back. */
export async function enqueueSubmittedMail(tx: DbOrTx, mail: { applicationId: string; to: string; locale: Locale }): Promise<void> {
  await tx.insert(notificationOutbox).values({ channel: 'email', recipient: mail.to, locale: mail.locale, kind: 'application_submitted', ref: mail.applicationId });
}


/**
 * Built at delivery from the application: its code, version and the steps that follow, with links.
 * No answers from the form (a mailbox may be read by others); the applicant signs in to see them.
 */
export async function renderSubmittedMail(db: Db, row: OutboxRow): Promise<RenderedNotice> {
  const [app] = isUuid(row.ref) ? await db.select().from(applications).where(eq(applications.id, row.ref)) : [];
  if (!app?.code) throw new NoticeUndeliverable('application_gone');
  const def = formDefinition(app.formNumber)!;
  const t = translatorFor(row.locale);
  const cfg = config();
  const base = `${cfg.appUrl}/${row.locale}`;
  const values = {
    office: cfg.OFFICE_NAME,
    code: app.code,
    version: app.currentVersion,
    applicationUrl: `${base}/account/applications/${app.id}/v/${app.currentVersion}`,
    serviceUrl: `${base}/services/${def.service}`,
    visitUrl: `${base}/account/reservations/new`,
  };
  return { subject: t('emails.applicationSubmitted.subject', values), text: t('emails.applicationSubmitted.body', values) };
}
