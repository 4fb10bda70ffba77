'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { roleAction } from '@/lib/actions/define';
import { STAFF_ROLES } from '@/lib/auth/actor';
import { z } from '@/lib/zod';
import { getTask, latestTask, startTask } from '@/lib/tasks/tasks';
import { bookVisit } from '../booking';
import { replanAllSlots } from './replan';
import { addClosedDay, deleteSchedule, loadPublicHolidays, removeClosedDay, saveDesk, saveSchedule, saveService } from './config';
import { closedDaySchema, deleteByIdSchema, deskSchema, holidaysSchema, scheduleSchema, serviceSchema, staffBookingSchema } from './schemas';

const ADMIN = ['admin'] as const;
// Pages under here read the configuration and the slots it produces.
const changed = () => revalidatePath('/[locale]/staff/reservations', 'layout');

const after = <R extends { ok: boolean }>(r: R) => {
  if (r.ok) changed();
  return r;
};

export const saveServiceAction = roleAction(ADMIN, serviceSchema, async (input, actor) => after(await saveService(await getDb(), actor, input)));
export const saveDeskAction = roleAction(ADMIN, deskSchema, async (input, actor) => after(await saveDesk(await getDb(), actor, input)));
export const saveScheduleAction = roleAction(ADMIN, scheduleSchema, async (input, actor) => after(await saveSchedule(await getDb(), actor, input)));
export const deleteScheduleAction = roleAction(ADMIN, deleteByIdSchema, async ({ id }, actor) => after(await deleteSchedule(await getDb(), actor, id)));
export const addClosedDayAction = roleAction(ADMIN, closedDaySchema, async (input, actor) => after(await addClosedDay(await getDb(), actor, input)));
export const removeClosedDayAction = roleAction(ADMIN, deleteByIdSchema, async ({ id }, actor) => after(await removeClosedDay(await getDb(), actor, id)));
export const loadHolidaysAction = roleAction(ADMIN, holidaysSchema, async ({ year }, actor) => after(await loadPublicHolidays(await getDb(), actor, year)));

/** Re-plans the next 8 weeks everywhere in the background; the page follows the task (replanTaskAction). */
export const startReplanAction = roleAction(ADMIN, z.object({}), async (_input, actor) => {
  const db = await getDb();
  return startTask(db, actor, 'slots.replan', (progress) => replanAllSlots(db, progress));
});

/** How far the re-planning task has come (the newest one without an id). */
export const replanTaskAction = roleAction(ADMIN, z.object({ id: z.string().uuid().optional() }), async ({ id }) => {
  const db = await getDb();
  const task = id ? await getTask(db, 'slots.replan', id) : await latestTask(db, 'slots.replan');
  return task ? { ok: true as const, task } : { ok: false as const, formError: 'not_found' };
});

/** A booking made by staff for a person: only with a written reason, and marked as a staff booking. */
export const staffBookAction = roleAction(STAFF_ROLES, staffBookingSchema, async (input, actor) => {
  const { slotId, staffReason, ...visitor } = input;
  const result = await bookVisit(await getDb(), actor, slotId, visitor, staffReason);
  if (!result.ok && result.fieldErrors?.staffReason) return { ok: false, fieldErrors: { staffReason: 'required' } };
  return after(result);
});
