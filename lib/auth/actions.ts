'use server';

import { getLocale } from 'next-intl/server';
import { headers } from 'next/headers';
import { z } from '@/lib/zod';
import { getDb } from '@/db/client';
import { publicAction, roleAction } from '@/lib/actions/define';
import { clientAddress } from './client-address';
import { PANEL_ROLES, STAFF_ROLES } from './actor';
import * as accounts from './accounts';
import type { ActionResult } from '@/lib/actions/result';
import { confirmOidcSignup } from './oidc';
import { unlinkIdentity } from './identities';
import { changePasswordSchema, createStaffSchema, emailOnlySchema, registerSchema, resetPasswordSchema } from './schemas';

const requestContext = async (pow: string | undefined) => ({ clientAddress: clientAddress(await headers()), pow });

export const registerAction = publicAction(registerSchema, async ({ pow, ...input }) =>
  accounts.registerAccount(await getDb(), input, (await getLocale()) as never, await requestContext(pow)),
);

export const verifyEmailAction = publicAction(z.object({ token: z.string().min(10).max(100) }), async ({ token }) =>
  accounts.verifyEmail(await getDb(), token),
);

export const confirmOidcSignupAction = publicAction(z.object({ token: z.string().min(40).max(4000) }), async ({ token }): Promise<ActionResult> => {
  const r = await confirmOidcSignup(await getDb(), token, clientAddress(await headers()));
  return r.ok ? { ok: true } : r;
});

export const resendVerificationAction = publicAction(emailOnlySchema, async ({ email, pow }) =>
  accounts.resendVerification(await getDb(), email, await requestContext(pow)),
);

export const requestPasswordResetAction = publicAction(emailOnlySchema, async ({ email, pow }) =>
  accounts.requestPasswordReset(await getDb(), email, await requestContext(pow)),
);

export const resetPasswordAction = publicAction(resetPasswordSchema, async ({ token, password }) =>
  accounts.resetPassword(await getDb(), token, password, clientAddress(await headers())),
);

export const changePasswordAction = roleAction([...PANEL_ROLES, ...STAFF_ROLES], changePasswordSchema, async (input, actor) =>
  accounts.changePassword(await getDb(), actor, input.current, input.password),
);

export const createStaffAction = roleAction(['admin'], createStaffSchema, async (input, actor) =>
  accounts.createStaffAccount(await getDb(), actor, input, (await getLocale()) as never),
);

export const unlinkIdentityAction = roleAction(
  PANEL_ROLES,
  z.object({ identityId: z.string().uuid(), password: z.string().max(200).optional() }),
  async ({ identityId, password }, actor) => unlinkIdentity(await getDb(), { ...actor, clientAddress: clientAddress(await headers()) }, identityId, password || undefined),
);
