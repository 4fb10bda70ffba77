import 'server-only';
import { aliasedTable, and, asc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { enquiries, enquiryEntries, users } from '@/db/schema';
import type { Locale } from '@/i18n/routing';
import { addDays, warsawDate } from '@/lib/calendar/dates';
import { translatorFor } from '@/lib/i18n/translator';
import { TIME_ZONE, warsawLocalToDate } from '@/lib/time';
import { answeredInTime } from './deadline';
import { toCsv } from './csv';

/** Complaints and motions received between two Warsaw dates (both included), in order of receipt. */
export async function listRegister(db: DbOrTx, from: string, to: string) {
  const start = warsawLocalToDate(`${from}T00:00`);
  const end = warsawLocalToDate(`${addDays(to, 1)}T00:00`);
  if (!start || !end) return [];
  const assignee = aliasedTable(users, 'assignee');
  // The first message is the subject of the complaint or motion.
  const first = sql<string>`(select ${enquiryEntries.body} from ${enquiryEntries} where ${enquiryEntries.enquiryId} = ${enquiries.id} and ${enquiryEntries.kind} = 'sender' order by ${enquiryEntries.id} limit 1)`;
  return db
    .select({
      number: enquiries.number,
      kind: enquiries.kind,
      receivedAt: enquiries.receivedAt,
      email: enquiries.email,
      topic: enquiries.topic,
      caseRef: enquiries.caseRef,
      locale: enquiries.locale,
      message: first,
      deadline: enquiries.deadline,
      status: enquiries.status,
      firstAnsweredAt: enquiries.firstAnsweredAt,
      closedAt: enquiries.closedAt,
      assignee: assignee.email,
    })
    .from(enquiries)
    .leftJoin(assignee, eq(assignee.id, enquiries.assignedTo))
    .where(and(inArray(enquiries.kind, ['complaint', 'motion']), gte(enquiries.receivedAt, start), lt(enquiries.receivedAt, end)))
    .orderBy(asc(enquiries.receivedAt), asc(enquiries.number));
}

const COLUMNS = ['number', 'kind', 'receivedAt', 'sender', 'topic', 'caseRef', 'language', 'subject', 'deadline', 'status', 'answeredAt', 'inTime', 'assignee', 'closedAt'] as const;

/** The register of complaints and motions (rejestr skarg i wniosków) as CSV, headed in the staff member's language. */
export function registerCsv(rows: Awaited<ReturnType<typeof listRegister>>, locale: Locale): string {
  const t = translatorFor(locale);
  const day = (d: Date | null) => (d ? warsawDate(d) : '');
  const time = (d: Date | null) => (d ? new Intl.DateTimeFormat('pl-PL', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' }).format(d) : '');
  return toCsv([
    COLUMNS.map((c) => t(`staffEnquiries.csv.${c}`)),
    ...rows.map((r) => {
      const inTime = answeredInTime(r.deadline, r.firstAnsweredAt ? warsawDate(r.firstAnsweredAt) : null);
      return [
        r.number,
        t(`enquiries.kinds.${r.kind}`),
        `${day(r.receivedAt)} ${time(r.receivedAt)}`,
        r.email,
        t(`enquiries.topics.${r.topic}` as never),
        r.caseRef,
        r.locale,
        r.message,
        r.deadline,
        t(`enquiries.statuses.${r.status}`),
        day(r.firstAnsweredAt),
        inTime === null ? '' : t(inTime ? 'staffEnquiries.csv.yes' : 'staffEnquiries.csv.no'),
        r.assignee,
        day(r.closedAt),
      ];
    }),
  ]);
}
