import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { type DbHandle } from '@/db/client';
import { auditLog, kioskDevices, locations, queueTickets, reservations, users, visitServiceLocations, visitServices, visitSlots } from '@/db/schema';
import { testDatabases } from '@/test/db';
import type { Actor } from '@/lib/auth/actor';
import { kioskDeviceAt, LAST_SEEN_EVERY_MS, listKioskDevices, pairKioskDevice, PAIRING_TTL_SECONDS, registerKioskDevice, resolveKioskDevice, revokeKioskDevice } from './kiosk-devices';
import { checkIn, takeWalkInTicket } from './tickets';

const MIN = 60_000;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

describe.each(testDatabases)('kiosk devices on $name', ({ open }) => {
  let h: DbHandle;
  let admin: Actor;
  let wroclaw: number;
  let legnica: number;
  let cards: number;
  const now = new Date();

  const audits = async (action: string, entityId?: string) =>
    h.db.select().from(auditLog).where(and(eq(auditLog.action, action), entityId ? eq(auditLog.entityId, entityId) : undefined));
  const device = async (id: string) => (await h.db.select().from(kioskDevices).where(eq(kioskDevices.id, id)))[0]!;
  const ticketCount = async () => (await h.db.select({ n: sql<number>`count(*)::int` }).from(queueTickets))[0]!.n;
  /** A device registered at `locationId` and paired at once. */
  const paired = async (locationId: number, name = 'Kiosk') => {
    const reg = await registerKioskDevice(h.db, admin, { locationId, name }, now);
    if (!reg.ok) throw new Error(JSON.stringify(reg));
    const pair = await pairKioskDevice(h.db, reg.pairingToken, now, '198.51.100.4');
    if (!pair.ok) throw new Error(JSON.stringify(pair));
    return { deviceId: reg.deviceId, credential: pair.credential };
  };

  beforeAll(async () => {
    h = await open();
    const [u] = await h.db.insert(users).values({ email: 'admin@duw.test', role: 'admin' }).returning();
    admin = { id: u!.id, role: 'admin', email: u!.email, clientAddress: '203.0.113.7' };
    const [w, l] = await h.db
      .insert(locations)
      .values([
        { slug: 'wroclaw', kind: 'head_office', name: 'Wrocław', street: 'pl. Powstańców Warszawy 1', postalCode: '50-153', city: 'Wrocław' },
        { slug: 'legnica', kind: 'branch', name: 'Delegatura w Legnicy', street: 'ul. F. Skarbka 3', postalCode: '59-220', city: 'Legnica' },
      ])
      .returning();
    wroclaw = w!.id;
    legnica = l!.id;
    const [c] = await h.db.insert(visitServices).values({ slug: 'cards', names: { pl: 'Odbiór karty' }, durationMinutes: 10, ticketLetter: 'C', walkIns: true }).returning();
    cards = c!.id;
    await h.db.insert(visitServiceLocations).values([
      { serviceId: cards, locationId: wroclaw },
      { serviceId: cards, locationId: legnica },
    ]);
  });
  afterAll(async () => h?.close());

  it('registers a device for one location, keeps only the hash of the pairing token, and audits it', async () => {
    const reg = await registerKioskDevice(h.db, admin, { locationId: wroclaw, name: 'Kiosk przy wejściu' }, now);
    if (!reg.ok) throw new Error(JSON.stringify(reg));
    expect(reg.pairingToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await device(reg.deviceId);
    expect(row).toMatchObject({ locationId: wroclaw, name: 'Kiosk przy wejściu', tokenHash: sha256(reg.pairingToken), createdBy: admin.id, lastSeenAt: null, revokedAt: null });
    const [audit] = await audits('kiosk_device.register', reg.deviceId);
    expect(audit).toMatchObject({ actorId: admin.id, actorRole: 'admin', entityType: 'kiosk_device', clientAddress: '203.0.113.7', after: { locationId: wroclaw, name: 'Kiosk przy wejściu' } });
    // The token itself is never written anywhere.
    expect(JSON.stringify(await h.db.select().from(auditLog))).not.toContain(reg.pairingToken);
    // An unpaired device is "pending" on the admin page.
    const list = await listKioskDevices(h.db, now);
    expect(list.find((l) => l.location.id === wroclaw)!.devices.find((d) => d.id === reg.deviceId)).toMatchObject({ status: 'pending', lastSeenAt: null });
  });

  it('refuses to register a device at a location that does not exist, or for anyone but an admin, writing nothing', async () => {
    const before = (await h.db.select().from(kioskDevices)).length;
    const auditsBefore = (await h.db.select().from(auditLog)).length;
    expect(await registerKioskDevice(h.db, admin, { locationId: 999_999, name: 'X' }, now)).toEqual({ ok: false, formError: 'not_found' });
    const reception: Actor = { ...admin, role: 'reception' };
    expect(await registerKioskDevice(h.db, reception, { locationId: wroclaw, name: 'X' }, now)).toEqual({ ok: false, formError: 'forbidden' });
    const { deviceId, credential } = await paired(wroclaw, 'Kiosk kept');
    expect(await revokeKioskDevice(h.db, reception, deviceId, now)).toEqual({ ok: false, formError: 'forbidden' });
    expect(await resolveKioskDevice(h.db, credential, now)).not.toBeNull();
    expect(await h.db.select().from(kioskDevices)).toHaveLength(before + 1);
    expect(await audits('kiosk_device.revoke', deviceId)).toHaveLength(0);
    expect((await h.db.select().from(auditLog)).length).toBe(auditsBefore + 2); // the one registration and pairing above
  });

  it('pairs once: the token becomes a credential, a second use of the token is refused', async () => {
    const reg = await registerKioskDevice(h.db, admin, { locationId: wroclaw, name: 'Kiosk 2' }, now);
    if (!reg.ok) throw new Error();
    const first = await pairKioskDevice(h.db, reg.pairingToken, new Date(now.getTime() + MIN));
    if (!first.ok) throw new Error(JSON.stringify(first));
    expect(first.device).toEqual({ id: reg.deviceId, locationId: wroclaw, locationSlug: 'wroclaw', name: 'Kiosk 2' });
    expect(first.credential).not.toBe(reg.pairingToken);
    expect(await device(reg.deviceId)).toMatchObject({ tokenHash: sha256(first.credential), lastSeenAt: new Date(now.getTime() + MIN) });
    expect(await pairKioskDevice(h.db, reg.pairingToken, new Date(now.getTime() + 2 * MIN))).toEqual({ ok: false, code: 'pairing_invalid' });
    expect(await audits('kiosk_device.pair', reg.deviceId)).toHaveLength(1);
    expect(JSON.stringify(await h.db.select().from(auditLog))).not.toContain(first.credential);
    // The credential cannot pair a second browser either.
    expect(await pairKioskDevice(h.db, first.credential, new Date(now.getTime() + 2 * MIN))).toEqual({ ok: false, code: 'pairing_invalid' });
    expect(await resolveKioskDevice(h.db, first.credential, new Date(now.getTime() + 2 * MIN))).toMatchObject({ kind: 'kiosk_device', deviceId: reg.deviceId, locationId: wroclaw });
  });

  it('pairs only once when two browsers race with one token', async () => {
    const reg = await registerKioskDevice(h.db, admin, { locationId: wroclaw, name: 'Kiosk race' }, now);
    if (!reg.ok) throw new Error();
    const results = await Promise.all([pairKioskDevice(h.db, reg.pairingToken, now), pairKioskDevice(h.db, reg.pairingToken, now)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await audits('kiosk_device.pair', reg.deviceId)).toHaveLength(1);
  });

  it('refuses an expired pairing token, and the device stays unpaired', async () => {
    const reg = await registerKioskDevice(h.db, admin, { locationId: wroclaw, name: 'Kiosk late' }, now);
    if (!reg.ok) throw new Error();
    const late = new Date(now.getTime() + PAIRING_TTL_SECONDS * 1000 + 1000);
    expect(await pairKioskDevice(h.db, reg.pairingToken, late)).toEqual({ ok: false, code: 'pairing_expired' });
    expect(await device(reg.deviceId)).toMatchObject({ tokenHash: sha256(reg.pairingToken), lastSeenAt: null });
    expect(await audits('kiosk_device.pair', reg.deviceId)).toHaveLength(0);
    const list = await listKioskDevices(h.db, late);
    expect(list.find((l) => l.location.id === wroclaw)!.devices.find((d) => d.id === reg.deviceId)!.status).toBe('expired');
  });

  it('never takes a pairing token, a malformed or an unknown value for a device credential', async () => {
    const reg = await registerKioskDevice(h.db, admin, { locationId: wroclaw, name: 'Kiosk unpaired' }, now);
    if (!reg.ok) throw new Error();
    expect(await resolveKioskDevice(h.db, reg.pairingToken, now)).toBeNull();
    expect(await resolveKioskDevice(h.db, '', now)).toBeNull();
    expect(await resolveKioskDevice(h.db, "' or 1=1 --", now)).toBeNull();
    expect(await resolveKioskDevice(h.db, 'A'.repeat(43), now)).toBeNull();
    expect(await pairKioskDevice(h.db, 'x'.repeat(500), now)).toEqual({ ok: false, code: 'pairing_invalid' });
  });

  it('updates lastSeenAt at most once a minute', async () => {
    const { deviceId, credential } = await paired(wroclaw, 'Kiosk seen');
    await resolveKioskDevice(h.db, credential, new Date(now.getTime() + 10_000));
    expect((await device(deviceId)).lastSeenAt).toEqual(now);
    const later = new Date(now.getTime() + LAST_SEEN_EVERY_MS + 1);
    await resolveKioskDevice(h.db, credential, later);
    expect((await device(deviceId)).lastSeenAt).toEqual(later);
  });

  it('refuses a revoked device from its next request on, audits the revocation once, and cannot pair a revoked pending device', async () => {
    const { deviceId, credential } = await paired(wroclaw, 'Kiosk revoked');
    expect(await resolveKioskDevice(h.db, credential, now)).not.toBeNull();
    expect(await revokeKioskDevice(h.db, admin, deviceId, now)).toEqual({ ok: true });
    expect(await resolveKioskDevice(h.db, credential, now)).toBeNull();
    const [audit] = await audits('kiosk_device.revoke', deviceId);
    expect(audit).toMatchObject({ actorId: admin.id, before: { revokedAt: null }, after: { revokedAt: now.toISOString(), locationId: wroclaw, name: 'Kiosk revoked' } });
    // Twice is harmless and not logged again.
    expect(await revokeKioskDevice(h.db, admin, deviceId, now)).toEqual({ ok: true });
    expect(await audits('kiosk_device.revoke', deviceId)).toHaveLength(1);
    expect(await revokeKioskDevice(h.db, admin, '00000000-0000-4000-8000-000000000000', now)).toEqual({ ok: false, formError: 'not_found' });

    const pending = await registerKioskDevice(h.db, admin, { locationId: wroclaw, name: 'Kiosk never paired' }, now);
    if (!pending.ok) throw new Error();
    await revokeKioskDevice(h.db, admin, pending.deviceId, now);
    expect(await pairKioskDevice(h.db, pending.pairingToken, now)).toEqual({ ok: false, code: 'pairing_invalid' });
    const list = await listKioskDevices(h.db, now);
    expect(list.find((l) => l.location.id === wroclaw)!.devices.find((d) => d.id === deviceId)!.status).toBe('revoked');
  });

  it('a kiosk of one location issues tickets there, audited with the device, and is nobody at another location', async () => {
    const { deviceId, credential } = await paired(wroclaw, 'Kiosk Wrocław');
    expect((await audits('kiosk_device.pair', deviceId))[0]).toMatchObject({ actorId: null, after: { locationId: wroclaw, name: 'Kiosk Wrocław', clientAddress: '198.51.100.4' } });
    const kiosk = (await resolveKioskDevice(h.db, credential, now))!;
    expect(kioskDeviceAt(kiosk, wroclaw)).toEqual(kiosk);
    expect(kioskDeviceAt(kiosk, legnica)).toBeNull();

    const here = await takeWalkInTicket(h.db, kiosk, wroclaw, cards, now);
    if (!here.ok) throw new Error(JSON.stringify(here));
    const [audit] = await audits('queue.walk_in', String(here.ticket.id));
    expect(audit).toMatchObject({ actorId: null, after: { kioskDeviceId: deviceId, locationId: wroclaw } });

    // Even a caller that skips kioskDeviceAt gets nothing at another location.
    const before = await ticketCount();
    expect(await takeWalkInTicket(h.db, kiosk, legnica, cards, now)).toEqual({ ok: false, formError: 'not_found' });
    const [slot] = await h.db.insert(visitSlots).values({ locationId: legnica, serviceId: cards, startsAt: now, capacity: 1, booked: 1, releasedAt: new Date(0) }).returning();
    const [r] = await h.db
      .insert(reservations)
      .values({ code: 'R-KCDEFG', slotId: slot!.id, serviceId: cards, givenName: 'OLENA', familyName: 'KOVALENKO', birthDate: '1990-05-14', passportNumber: 'FA123456' })
      .returning();
    expect(await checkIn(h.db, kiosk, legnica, r!.code, now)).toEqual({ ok: false, formError: 'not_found' });
    expect(await ticketCount()).toBe(before);
    expect((await h.db.select().from(reservations).where(eq(reservations.id, r!.id)))[0]).toMatchObject({ status: 'active', checkedInAt: null });

    // A Legnica kiosk checks the same reservation in at Legnica.
    const legnicaKiosk = (await resolveKioskDevice(h.db, (await paired(legnica, 'Kiosk Legnica')).credential, now))!;
    const ok = await checkIn(h.db, legnicaKiosk, legnica, r!.code, now);
    expect(ok.ok).toBe(true);
    expect((await audits('queue.checkin', r!.id))[0]).toMatchObject({ actorId: null, after: { kioskDeviceId: legnicaKiosk.deviceId, status: 'checked_in' } });
  });
});
