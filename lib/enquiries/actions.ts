'use server';

import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { getDb } from '@/db/client';
import type { Locale } from '@/i18n/routing';
import { publicAction, roleAction } from '@/lib/actions/define';
import { FORBIDDEN, type ActionResult } from '@/lib/actions/result';
import { clientAddress } from '@/lib/auth/client-address';
import { assignEnquirySchema, closeEnquirySchema, confirmEnquirySchema, followUpSchema, staffEntrySchema, submitEnquirySchema } from './schemas';
import { confirmEnquiry, submitEnquiry, writeAgain, type SenderAccess } from './sender';
import { addEnquiryNote, assignEnquiry, closeEnquiry, ENQUIRY_STAFF, replyToEnquiry } from './staff';

export const submitEnquiryAction = publicAction(submitEnquirySchema, async (input, actor) =>
  submitEnquiry(await getDb(), input, { actor, clientAddress: clientAddress(await headers()), locale: (await getLocale()) as Locale }),
);

export const confirmEnquiryAction = publicAction(confirmEnquirySchema, async ({ token }) => confirmEnquiry(await getDb(), token));

/** The sender writes again, proving who they are with the link's token or, signed in, as the item's owner. */
export const writeAgainAction = publicAction(followUpSchema, async (input, actor): Promise<ActionResult> => {
  let access: SenderAccess;
  if (input.token) access = { token: input.token };
  else if (input.id && actor) access = { id: input.id, userId: actor.id };
  else return FORBIDDEN;
  return writeAgain(await getDb(), access, input.body, actor);
});

export const assignEnquiryAction = roleAction(ENQUIRY_STAFF, assignEnquirySchema, async (i, actor) =>
  assignEnquiry(await getDb(), actor, i.enquiryId, i.assigneeId || null),
);

export const replyEnquiryAction = roleAction(ENQUIRY_STAFF, staffEntrySchema, async (i, actor) =>
  replyToEnquiry(await getDb(), actor, i.enquiryId, i.body),
);

export const noteEnquiryAction = roleAction(ENQUIRY_STAFF, staffEntrySchema, async (i, actor) =>
  addEnquiryNote(await getDb(), actor, i.enquiryId, i.body),
);

export const closeEnquiryAction = roleAction(ENQUIRY_STAFF, closeEnquirySchema, async (i, actor) =>
  closeEnquiry(await getDb(), actor, i.enquiryId),
);
