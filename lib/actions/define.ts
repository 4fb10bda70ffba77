import 'server-only';
import type { z } from 'zod';
import type { Role } from '@/db/schema';
import { actorWithRole, getActor } from '@/lib/auth/session';
import type { Actor } from '@/lib/auth/actor';
import { fieldErrorsOf, FORBIDDEN, type ActionResult } from './result';
import { log } from '@/lib/log';

/**
 * Every server action goes through one of these: the input is parsed with the
 * form's own schema (unknown fields are dropped, wrong types refused), the
 * session and role are checked, and unexpected errors become a generic message.
 */
export function publicAction<S extends z.ZodType, R extends object>(
  schema: S,
  run: (input: z.output<S>, actor: Actor | null) => Promise<ActionResult<R>>,
) {
  return async (raw: unknown): Promise<ActionResult<R>> => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
    return guarded(async () => run(parsed.data, await getActor()));
  };
}

export function roleAction<S extends z.ZodType, R extends object>(
  roles: readonly Role[],
  schema: S,
  run: (input: z.output<S>, actor: Actor) => Promise<ActionResult<R>>,
) {
  return async (raw: unknown): Promise<ActionResult<R>> => {
    const actor = await actorWithRole(roles);
    if (!actor) return FORBIDDEN as ActionResult<R>;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
    return guarded(() => run(parsed.data, actor));
  };
}

async function guarded<R extends object>(fn: () => Promise<ActionResult<R>>): Promise<ActionResult<R>> {
  try {
    return await fn();
  } catch (e) {
    // Redirects and notFound() are control flow in Next.js, not failures.
    if (e && typeof e === 'object' && 'digest' in e) throw e;
    log.error('Server action failed', e);
    return { ok: false, formError: 'unexpected' };
  }
}

export { getActor };
