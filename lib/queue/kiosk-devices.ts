import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, gte, isNotNull, isNull } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { kioskDevices, locations } from '@/db/schema';
import { writeAudit } from '@/lib/audit/audit';
import type { Actor } from '@/lib/auth/actor';

/*
 * A kiosk is a device, not a staff session: it holds its own random credential
 * (in an httpOnly cookie, see kiosk-cookie.ts) that allows check-in and walk-in
 * tickets at one location and nothing else.
 *
 * The table has no pairing column, so a row's own fields carry its state:
 * - registered, not yet paired: `tokenHash` is the SHA-256 of the one-time
 *   pairing token, `lastSeenAt` and `revokedAt` are null. The token pairs until
 *   `createdAt + PAIRING_TTL_SECONDS`.
 * - paired: pairing replaces `tokenHash` with the SHA-256 of the device
 *   credential and sets `lastSeenAt` (never null again). The pairing token is
 *   then gone from the table, so it cannot pair twice.
 * - revoked: `revokedAt` is set; the device (or its pending pairing) is refused.
 * A pairing token never works as a credential (its row has no `lastSeenAt`) and a
 * credential never pairs (its row has one), though both are hashes in one column.
 */

export const PAIRING_TTL_SECONDS = 15 * 60;
/** lastSeenAt is written at most this often, so a busy kiosk does not write on every request. */
export const LAST_SEEN_EVERY_MS = 60_000;
/** Browsers cap a cookie's lifetime at 400 days (RFC 6265bis); the device is paired again after that. */
export const KIOSK_CREDENTIAL_MAX_AGE_SECONDS = 400 * 24 * 3600;

/** The caller of a kiosk action when it is a paired device rather than a person. */
export type KioskDevicePrincipal = { kind: 'kiosk_device'; deviceId: string; locationId: number; name: string };

export type KioskDeviceStatus = 'pending' | 'expired' | 'paired' | 'revoked';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const newSecret = () => randomBytes(32).toString('base64url');
// 32 random bytes in base64url; anything else is refused before it is hashed or looked up.
const SECRET_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function kioskDeviceStatus(d: { createdAt: Date; lastSeenAt: Date | null; revokedAt: Date | null }, now: Date = new Date()): KioskDeviceStatus {
  if (d.revokedAt) return 'revoked';
  if (d.lastSeenAt) return 'paired';
  return d.createdAt.getTime() + PAIRING_TTL_SECONDS * 1000 > now.getTime() ? 'pending' : 'expired';
}

// Only admins manage kiosks; checked here as well as in the actions, so no caller can forget it.

/** An admin registers a kiosk for one location; the pairing token is returned once and only its hash is kept. */
export async function registerKioskDevice(
  db: Db,
  actor: Actor,
  input: { locationId: number; name: string },
  now: Date = new Date(),
): Promise<{ ok: true; deviceId: string; pairingToken: string } | { ok: false; formError: 'not_found' | 'forbidden' }> {
  if (actor.role !== 'admin') return { ok: false, formError: 'forbidden' };
  return db.transaction(async (tx) => {
    const [loc] = await tx.select({ id: locations.id }).from(locations).where(eq(locations.id, input.locationId));
    if (!loc) return { ok: false as const, formError: 'not_found' as const };
    const pairingToken = newSecret();
    const [row] = await tx
      .insert(kioskDevices)
      .values({ locationId: loc.id, name: input.name, tokenHash: sha256(pairingToken), createdBy: actor.id, createdAt: now })
      .returning({ id: kioskDevices.id });
    await writeAudit(tx, actor, { action: 'kiosk_device.register', entityType: 'kiosk_device', entityId: row!.id, after: { locationId: loc.id, name: input.name } });
    return { ok: true as const, deviceId: row!.id, pairingToken };
  });
}

export type PairResult =
  | { ok: true; credential: string; device: { id: string; locationId: number; locationSlug: string; name: string } }
  | { ok: false; code: 'pairing_invalid' | 'pairing_expired' };

/**
 * The kiosk device opens the pairing link: the token is exchanged for a fresh
 * device credential in one statement, so two tabs racing with one token pair once.
 */
export async function pairKioskDevice(db: Db, pairingToken: string, now: Date = new Date(), clientAddress: string | null = null): Promise<PairResult> {
  if (!SECRET_SHAPE.test(pairingToken)) return { ok: false, code: 'pairing_invalid' };
  const hash = sha256(pairingToken);
  const credential = newSecret();
  const notBefore = new Date(now.getTime() - PAIRING_TTL_SECONDS * 1000);
  return db.transaction(async (tx): Promise<PairResult> => {
    const [paired] = await tx
      .update(kioskDevices)
      .set({ tokenHash: sha256(credential), lastSeenAt: now })
      .where(and(eq(kioskDevices.tokenHash, hash), isNull(kioskDevices.lastSeenAt), isNull(kioskDevices.revokedAt), gte(kioskDevices.createdAt, notBefore)))
      .returning({ id: kioskDevices.id, locationId: kioskDevices.locationId, name: kioskDevices.name });
    if (!paired) {
      const [pending] = await tx
        .select({ id: kioskDevices.id })
        .from(kioskDevices)
        .where(and(eq(kioskDevices.tokenHash, hash), isNull(kioskDevices.lastSeenAt), isNull(kioskDevices.revokedAt)));
      return { ok: false, code: pending ? 'pairing_expired' : 'pairing_invalid' };
    }
    const [loc] = await tx.select({ slug: locations.slug }).from(locations).where(eq(locations.id, paired.locationId));
    // Nobody is signed in on the device; the address says where the pairing came from.
    await writeAudit(tx, null, { action: 'kiosk_device.pair', entityType: 'kiosk_device', entityId: paired.id, after: { locationId: paired.locationId, name: paired.name, clientAddress } });
    return { ok: true, credential, device: { ...paired, locationSlug: loc!.slug } };
  });
}

/**
 * The device behind a credential, or null when it is unknown, not paired or
 * revoked. Called on every kiosk request, so a revoked device is refused on its next one.
 */
export async function resolveKioskDevice(db: DbOrTx, credential: string | null | undefined, now: Date = new Date()): Promise<KioskDevicePrincipal | null> {
  if (!credential || !SECRET_SHAPE.test(credential)) return null;
  const [d] = await db
    .select({ id: kioskDevices.id, locationId: kioskDevices.locationId, name: kioskDevices.name, lastSeenAt: kioskDevices.lastSeenAt })
    .from(kioskDevices)
    .where(and(eq(kioskDevices.tokenHash, sha256(credential)), isNull(kioskDevices.revokedAt), isNotNull(kioskDevices.lastSeenAt)));
  if (!d) return null;
  if (!d.lastSeenAt || now.getTime() - d.lastSeenAt.getTime() >= LAST_SEEN_EVERY_MS) {
    await db.update(kioskDevices).set({ lastSeenAt: now }).where(and(eq(kioskDevices.id, d.id), isNull(kioskDevices.revokedAt)));
  }
  return { kind: 'kiosk_device', deviceId: d.id, locationId: d.locationId, name: d.name };
}

/** Whether this device may act at this location: a kiosk of location A is nobody at location B. */
export function kioskDeviceAt(device: KioskDevicePrincipal | null, locationId: number): KioskDevicePrincipal | null {
  return device && device.locationId === locationId ? device : null;
}

/** The admin revokes a device (paired or still pending); it is refused from its next request on. */
export async function revokeKioskDevice(db: Db, actor: Actor, deviceId: string, now: Date = new Date()): Promise<{ ok: true } | { ok: false; formError: 'not_found' | 'forbidden' }> {
  if (actor.role !== 'admin') return { ok: false, formError: 'forbidden' };
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(kioskDevices)
      .set({ revokedAt: now })
      .where(and(eq(kioskDevices.id, deviceId), isNull(kioskDevices.revokedAt)))
      .returning({ id: kioskDevices.id, locationId: kioskDevices.locationId, name: kioskDevices.name });
    if (!row) {
      const [exists] = await tx.select({ id: kioskDevices.id }).from(kioskDevices).where(eq(kioskDevices.id, deviceId));
      // Revoking twice changes nothing and is not an error.
      return exists ? { ok: true as const } : { ok: false as const, formError: 'not_found' as const };
    }
    await writeAudit(tx, actor, {
      action: 'kiosk_device.revoke',
      entityType: 'kiosk_device',
      entityId: row.id,
      before: { revokedAt: null },
      after: { revokedAt: now.toISOString(), locationId: row.locationId, name: row.name },
    });
    return { ok: true as const };
  });
}

export type KioskDeviceRow = { id: string; name: string; createdAt: Date; lastSeenAt: Date | null; revokedAt: Date | null; status: KioskDeviceStatus };

/** Every location with its kiosks, for the admin page; newest device first. */
export async function listKioskDevices(db: DbOrTx, now: Date = new Date()) {
  const locs = await db.select({ id: locations.id, slug: locations.slug, name: locations.name }).from(locations).orderBy(asc(locations.id));
  const rows = await db
    .select({
      id: kioskDevices.id,
      locationId: kioskDevices.locationId,
      name: kioskDevices.name,
      createdAt: kioskDevices.createdAt,
      lastSeenAt: kioskDevices.lastSeenAt,
      revokedAt: kioskDevices.revokedAt,
    })
    .from(kioskDevices)
    .orderBy(asc(kioskDevices.createdAt));
  return locs.map((l) => ({
    location: l,
    devices: rows
      .filter((r) => r.locationId === l.id)
      .reverse()
      .map(({ locationId: _, ...r }): KioskDeviceRow => ({ ...r, status: kioskDeviceStatus(r, now) })),
  }));
}
