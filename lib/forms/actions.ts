'use server';

import { z } from '@/lib/zod';
import { getLocale } from 'next-intl/server';
import { getDb } from '@/db/client';
import { roleAction } from '@/lib/actions/define';
import { PANEL_ROLES, STAFF_ROLES } from '@/lib/auth/actor';
import { warsawDate } from '@/lib/calendar/dates';
import { createDraft, recordComparison, reopenApplication, saveSection, saveSectionDraft, submitApplication } from './applications';

const id = z.string().uuid();

export const createDraftAction = roleAction(PANEL_ROLES, z.object({ formNumber: z.coerce.number().int().min(1).max(99) }), async ({ formNumber }, actor) =>
  createDraft(await getDb(), actor, formNumber, await getLocale()),
);

// `values` is checked by the section's own schema inside saveSection (strictly: unknown fields are refused).
export const saveSectionAction = roleAction(PANEL_ROLES, z.object({ applicationId: id, sectionId: z.string().max(50), values: z.unknown() }), async (i, actor) =>
  saveSection(await getDb(), actor.id, i.applicationId, i.sectionId, i.values, warsawDate(new Date())),
);

// Kept as typed; the section's own shape (known fields, kinds, sizes) is still enforced.
export const saveSectionDraftAction = roleAction(PANEL_ROLES, z.object({ applicationId: id, sectionId: z.string().max(50), values: z.unknown() }), async (i, actor) =>
  saveSectionDraft(await getDb(), actor.id, i.applicationId, i.sectionId, i.values),
);

export const submitApplicationAction = roleAction(PANEL_ROLES, z.object({ applicationId: id }), async (i, actor) =>
  submitApplication(await getDb(), actor.id, i.applicationId, warsawDate(new Date())),
);

export const reopenApplicationAction = roleAction(PANEL_ROLES, z.object({ applicationId: id }), async (i, actor) => reopenApplication(await getDb(), actor.id, i.applicationId));

export const recordComparisonAction = roleAction(
  STAFF_ROLES.filter((r) => r !== 'reception'),
  z.object({
    applicationId: id,
    version: z.coerce.number().int().min(1),
    fields: z.record(z.string().max(120), z.object({ matches: z.boolean(), note: z.string().max(1000).optional() })),
  }),
  async (i, actor) => recordComparison(await getDb(), actor, i.applicationId, i.version, i.fields),
);
