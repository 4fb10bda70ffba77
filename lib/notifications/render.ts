import 'server-only';
import type { Db } from '@/db/client';
import type { notificationOutbox } from '@/db/schema';
import { config } from '@/lib/config';
import type { Mail } from './mailer';
import { caseNoticeText, type CaseNoticeKind } from './case-notice';
import { renderEnquiryNotice } from '@/lib/enquiries/notices';
import { renderReservationNotice } from '@/lib/reservations/notice';
import { renderAccountMail } from './account-mail';
import { renderSubmittedMail } from '@/lib/forms/submitted-mail';

export type OutboxRow = typeof notificationOutbox.$inferSelect;
export type RenderedNotice = Pick<Mail, 'subject' | 'text' | 'attachments'>;
type Renderer = (db: Db, row: OutboxRow) => Promise<RenderedNotice>;

const caseNotice: Renderer = async (_db, row) => caseNoticeText(row.kind as CaseNoticeKind, row.locale, config().appUrl);

/**
 * What each kind of outbox row says. Texts are built at delivery time, in the
 * recipient's language, from the row's `ref`; the outbox itself holds no
 * personal data beyond the address.
 */
const renderers: Record<OutboxRow['kind'], Renderer | undefined> = {
  stage_changed: caseNotice,
  missing_document: caseNotice,
  message: caseNotice,
  case_updated: caseNotice,
  reservation_confirmed: renderReservationNotice,
  reservation_moved: renderReservationNotice,
  reservation_cancelled: renderReservationNotice,
  enquiry_confirm_email: renderEnquiryNotice,
  enquiry_received: renderEnquiryNotice,
  enquiry_reply: renderEnquiryNotice,
  account_verify_email: renderAccountMail,
  account_reset_password: renderAccountMail,
  account_staff_invite: renderAccountMail,
  account_register_attempt: renderAccountMail,
  application_submitted: renderSubmittedMail,
};

export async function renderNotice(db: Db, row: OutboxRow): Promise<RenderedNotice> {
  const render = renderers[row.kind];
  // Throwing keeps the row in the outbox (failed after retries), visible to admins, instead of losing it.
  if (!render) throw new Error(`No renderer for notice kind ${row.kind}`);
  return render(db, row);
}
