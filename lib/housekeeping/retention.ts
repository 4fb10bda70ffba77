import 'server-only';
import { and, isNotNull, lt, ne, or, inArray, sql, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { emailTokens, notificationOutbox, rateLimits, reservations, visitSlots } from '@/db/schema';

export type RetentionPolicy = { reservationDays: number; outboxDays: number };
export type RetentionCounts = { reservations: number; outbox: number; rateLimits: number; tokens: number };

// Placeholders for NOT NULL columns; the passport one stays unique per row so the
// partial unique index on (passport_number, service_id) can never collide.
export const ERASED = '—';
export const ERASED_BIRTH_DATE = '1900-01-01';
const ERASED_PASSPORT_PREFIX = 'ERASED-';

// The longest rate-limit window in use is a day (the register-attempt mail limit); a row whose window started a day ago
// and which is not locked counts nothing. The privacy notice (content/*/privacy.md) states this period.
const RATE_LIMIT_STALE = sql`interval '1 day'`;

/**
 * Erases personal data no longer needed (RODO art. 5(1)(e), storage limitation).
 * Reservations keep their slot, service, status and times, which the transparency
 * statistics count. Idempotent: already-erased rows are not matched again.
 */
export async function applyRetention(db: Db, policy: RetentionPolicy): Promise<RetentionCounts> {
  const pastVisits = db
    .select({ id: visitSlots.id })
    .from(visitSlots)
    .where(lt(visitSlots.startsAt, sql`now() - make_interval(days => ${policy.reservationDays})`));
  const erasedReservations = await db
    .update(reservations)
    .set({
      givenName: ERASED,
      familyName: ERASED,
      birthDate: ERASED_BIRTH_DATE,
      passportNumber: sql`${ERASED_PASSPORT_PREFIX} || left(${reservations.id}::text, 8)`,
      minors: [],
      email: null,
      ownerId: null,
      staffReason: null,
    })
    .where(and(inArray(reservations.slotId, pastVisits), sql`${reservations.passportNumber} not like ${ERASED_PASSPORT_PREFIX + '%'}`))
    .returning({ id: reservations.id });

  // Failed notices have no end time of their own; their last attempt is the latest time known.
  const outboxDone = sql`coalesce(${notificationOutbox.sentAt}, ${notificationOutbox.nextAttemptAt}, ${notificationOutbox.createdAt})`;
  const erasedOutbox = await db
    .update(notificationOutbox)
    .set({ recipient: '', lastError: null })
    .where(
      and(
        inArray(notificationOutbox.status, ['sent', 'failed']),
        lt(outboxDone, sql`now() - make_interval(days => ${policy.outboxDays})`),
        or(ne(notificationOutbox.recipient, ''), isNotNull(notificationOutbox.lastError)),
      ),
    )
    .returning({ id: notificationOutbox.id });

  const staleLimits = await db
    .delete(rateLimits)
    .where(and(lt(rateLimits.windowStart, sql`now() - ${RATE_LIMIT_STALE}`), or(isNull(rateLimits.lockedUntil), lt(rateLimits.lockedUntil, sql`now()`))))
    .returning({ key: rateLimits.key });

  const expiredTokens = await db.delete(emailTokens).where(lt(emailTokens.expiresAt, sql`now()`)).returning({ id: emailTokens.id });

  return { reservations: erasedReservations.length, outbox: erasedOutbox.length, rateLimits: staleLimits.length, tokens: expiredTokens.length };
}
