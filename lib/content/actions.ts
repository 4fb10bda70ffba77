'use server';

import { updateTag } from 'next/cache';
import { getDb } from '@/db/client';
import type { AnnouncementTexts } from '@/db/schema';
import { roleAction } from '@/lib/actions/define';
import { warsawLocalToDate } from '@/lib/time';
import { ANNOUNCEMENTS_TAG, CONTENT_TAG } from './cached';
import { restoreVersion, savePage } from './pages';
import { createAnnouncement, endAnnouncement } from './announcements';
import { announcementSchema, endAnnouncementSchema, pageEditSchema, restoreSchema } from './schemas';

// updateTag: the editor's next view of the public page must show the new text.
export const savePageAction = roleAction(['admin'], pageEditSchema, async (input, actor) => {
  const result = await savePage(await getDb(), actor, input);
  if (result.ok) updateTag(CONTENT_TAG);
  return result;
});

export const restoreVersionAction = roleAction(['admin'], restoreSchema, async (input, actor) => {
  const result = await restoreVersion(await getDb(), actor, input.slug, input.locale, input.version);
  if (result.ok) updateTag(CONTENT_TAG);
  return result;
});

export const createAnnouncementAction = roleAction(['admin'], announcementSchema, async (input, actor) => {
  const validFrom = warsawLocalToDate(input.validFrom);
  const validTo = warsawLocalToDate(input.validTo);
  if (!validFrom) return { ok: false, fieldErrors: { validFrom: 'date_invalid' } };
  if (!validTo) return { ok: false, fieldErrors: { validTo: 'date_invalid' } };
  const texts: AnnouncementTexts = { pl: { title: input.titlePl, body: input.bodyPl } };
  for (const [locale, title, body] of [
    ['en', input.titleEn, input.bodyEn],
    ['ru', input.titleRu, input.bodyRu],
    ['uk', input.titleUk, input.bodyUk],
  ] as const) {
    if (title && body) texts[locale] = { title, body };
  }
  const result = await createAnnouncement(await getDb(), actor, { texts, validFrom, validTo });
  if (result.ok) updateTag(ANNOUNCEMENTS_TAG);
  return result;
});

export const endAnnouncementAction = roleAction(['admin'], endAnnouncementSchema, async ({ id }, actor) => {
  const result = await endAnnouncement(await getDb(), actor, id);
  if (result.ok) updateTag(ANNOUNCEMENTS_TAG);
  return result;
});
