'use server';

import { headers } from 'next/headers';
import { z } from '@/lib/zod';
import { getDb } from '@/db/client';
import { roleAction, publicAction } from '@/lib/actions/define';
import { FORBIDDEN, type ActionResult } from '@/lib/actions/result';
import { getSignedInCaseId } from '@/lib/auth/session';
import { clientAddress } from '@/lib/auth/client-address';
import { PANEL_ROLES } from '@/lib/auth/actor';
import { linkCaseToAccount } from './holder';
import { changeNotificationSettings } from './notification-settings';
import { caseForHolderAction } from './access';
import { openWindowFor } from './letter-window';
import { registerCase, registerCaseFromApplication, reissueCasePassword } from './registration';
import { addMissingDocument, assignCase, changeStage, postMessage, resolveMissingDocument, updateMissingDocument } from './handling';
import { assignSchema, caseIdSchema, changeStageSchema, linkCaseSchema, messageSchema, missingDocumentSchema, notificationSettingsSchema, registerCaseSchema, resolveDocumentSchema } from './schemas';

const CLERKS = ['clerk', 'admin'] as const;

/** The case holder (signed in with the case number) or an account that linked the case. */
export const updateNotificationSettingsAction = publicAction(notificationSettingsSchema, async (input, account): Promise<ActionResult> => {
  const db = await getDb();
  const caseId = await caseForHolderAction(db, { caseId: await getSignedInCaseId(), userId: account?.id ?? null }, input.caseId);
  if (!caseId) return FORBIDDEN;
  await changeNotificationSettings(db, account, caseId, { sms: input.sms, email: input.email });
  return { ok: true };
});

export const linkCaseAction = roleAction(PANEL_ROLES, linkCaseSchema, async (input, actor) =>
  linkCaseToAccount(await getDb(), { ...actor, clientAddress: clientAddress(await headers()) }, input.number, input.password),
);

/** After a password is issued, the same staff member may print the letter again for a short while (lib/cases/letter-window.ts). */
async function withLetterWindow<R extends { password: string }>(actor: { id: string }, caseId: string | ((r: R) => string), result: ActionResult<R>): Promise<ActionResult<R>> {
  if (result.ok) await openWindowFor(typeof caseId === 'string' ? caseId : caseId(result), actor.id, result.password);
  return result;
}

export const registerCaseAction = roleAction(CLERKS, registerCaseSchema, async (input, actor) => withLetterWindow(actor, (r) => r.caseId, await registerCase(await getDb(), actor, input)));

export const reissuePasswordAction = roleAction(['reception', 'admin'], caseIdSchema, async ({ caseId }, actor) =>
  withLetterWindow(actor, caseId, await reissueCasePassword(await getDb(), actor, caseId)),
);

export const changeStageAction = roleAction(CLERKS, changeStageSchema, async (i, actor) => changeStage(await getDb(), actor, i.caseId, i.stage, i.note, i.dueDate));

export const saveMissingDocumentAction = roleAction(CLERKS, missingDocumentSchema, async (i, actor) =>
  i.docId
    ? updateMissingDocument(await getDb(), actor, i.caseId, i.docId, { kind: i.kind, title: i.title, remark: i.remark })
    : addMissingDocument(await getDb(), actor, i.caseId, { kind: i.kind, title: i.title, remark: i.remark }),
);

export const resolveMissingDocumentAction = roleAction(CLERKS, resolveDocumentSchema, async (i, actor) => resolveMissingDocument(await getDb(), actor, i.caseId, i.docId));

export const postMessageAction = roleAction(CLERKS, messageSchema, async (i, actor) => postMessage(await getDb(), actor, i.caseId, i.body));

export const assignCaseAction = roleAction(CLERKS, assignSchema, async (i, actor) => assignCase(await getDb(), actor, i.caseId, i.assigneeId || null));

export const registerFromApplicationAction = roleAction(
  CLERKS,
  z.object({ applicationId: z.string().uuid(), version: z.coerce.number().int().min(1), notifyConsent: z.boolean(), acknowledgeDifferences: z.boolean().optional() }),
  async (i, actor) => withLetterWindow(actor, (r) => r.caseId, await registerCaseFromApplication(await getDb(), actor, i.applicationId, i.version, i.notifyConsent, i.acknowledgeDifferences ?? false)),
);
