import { addMonths, nextWorkingDayFrom } from '@/lib/calendar/dates';
import type { EnquiryKind } from '@/db/schema/enquiries';

/** Kinds that carry the statutory time limit of the KPA's section on complaints and motions. */
export const KINDS_WITH_DEADLINE: readonly EnquiryKind[] = ['complaint', 'motion'];

export function hasDeadline(kind: EnquiryKind): boolean {
  return KINDS_WITH_DEADLINE.includes(kind);
}

/**
 * The last day to deal with a complaint or motion received on `received`
 * (a Warsaw date): one month (art. 237 § 1 KPA), ending on the day of the next
 * month with the same number, or on that month's last day when it has no such
 * day (art. 57 § 3 KPA: 31 January → 28/29 February); a last day on a Saturday,
 * Sunday or public holiday moves to the next working day (art. 57 § 4 KPA).
 */
export function enquiryDeadline(received: string): string {
  return nextWorkingDayFrom(addMonths(received, 1));
}

/** Overdue: past the deadline with no answer yet (Warsaw dates compare as strings). */
export function isOverdue(e: { deadline: string | null; firstAnsweredAt: Date | string | null; status: string }, today: string): boolean {
  return Boolean(e.deadline) && !e.firstAnsweredAt && e.status !== 'closed' && e.status !== 'unconfirmed' && today > e.deadline!;
}

/** For the register: whether the first answer came on or before the deadline; null while unanswered. */
export function answeredInTime(deadline: string | null, answeredOn: string | null): boolean | null {
  if (!deadline || !answeredOn) return null;
  return answeredOn <= deadline;
}
