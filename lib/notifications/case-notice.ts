import type { Locale } from '@/i18n/routing';
import { translatorFor } from '@/lib/i18n/translator';

export type NoticeKind = 'stage_changed' | 'missing_document' | 'message';
/** What a held notice says: one change, or several joined into `case_updated`. */
export type CaseNoticeKind = NoticeKind | 'case_updated';

/**
 * The text of an SMS or e-mail notice. By design it holds no personal data,
 * no case number and no request for payment: only that something changed and
 * where to look (a phone or mailbox may be seen by others).
 */
export function caseNoticeText(kind: CaseNoticeKind, locale: Locale, appUrl: string): { subject: string; text: string } {
  const t = translatorFor(locale);
  const url = `${appUrl}/${locale}/case`;
  return { subject: t('notices.subject'), text: t(`notices.${kind}`, { url }) };
}
