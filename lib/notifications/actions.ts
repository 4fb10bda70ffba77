'use server';

import { z } from '@/lib/zod';
import { getDb } from '@/db/client';
import { roleAction } from '@/lib/actions/define';
import type { ActionResult } from '@/lib/actions/result';
import { writeAudit } from '@/lib/audit/audit';
import { resendNotice } from './outbox';

export const resendNoticeAction = roleAction(['clerk', 'admin'], z.object({ id: z.coerce.number().int().positive() }), async ({ id }, actor): Promise<ActionResult> => {
  const db = await getDb();
  if (!(await resendNotice(db, id))) return { ok: false, formError: 'not_found' };
  await writeAudit(db, actor, { action: 'notification.resend', entityType: 'notification', entityId: String(id) });
  return { ok: true };
});
