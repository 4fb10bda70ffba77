import 'server-only';
import { and, eq, max } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { visitSlots } from '@/db/schema';
import { warsawDate } from '@/lib/calendar/dates';
import { firstFreeSlot } from './catalog';

export type CalendarMonth = { current: string; prev: string | null; next: string | null; firstFree: string | null };

const shift = (month: string, n: number) => {
  const m = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
};

/**
 * Which month the calendar shows: the one asked for if it lies between this
 * month and the last month with slots, otherwise the month of the first free
 * place (so nobody starts on an empty month).
 */
export async function calendarMonth(db: DbOrTx, locationId: number, serviceId: number, asked?: string): Promise<CalendarMonth> {
  const thisMonth = warsawDate(new Date()).slice(0, 7);
  const [last] = await db.select({ at: max(visitSlots.startsAt) }).from(visitSlots).where(and(eq(visitSlots.locationId, locationId), eq(visitSlots.serviceId, serviceId)));
  const lastMonth = last?.at ? warsawDate(last.at).slice(0, 7) : thisMonth;
  const first = await firstFreeSlot(db, locationId, serviceId);
  const firstFree = first ? warsawDate(first) : null;
  const valid = asked && /^\d{4}-(0[1-9]|1[0-2])$/.test(asked) && asked >= thisMonth && asked <= lastMonth ? asked : null;
  const current = valid ?? firstFree?.slice(0, 7) ?? thisMonth;
  return { current, prev: current > thisMonth ? shift(current, -1) : null, next: current < lastMonth ? shift(current, 1) : null, firstFree };
}
