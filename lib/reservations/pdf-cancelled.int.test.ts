import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/db/client';
import { locations, users, visitServices, visitSlots } from '@/db/schema';
import { testDatabases } from '@/test/db';
import type { Actor } from '@/lib/auth/actor';
import { bookVisit, cancelReservation } from '@/lib/reservations/booking';

// The route handler is called as Next calls it; only the session and the database handle are ours.
const current = vi.hoisted(() => ({ db: null as unknown, actor: null as Actor | null }));
vi.mock('@/db/client', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/db/client')>()), getDb: async () => current.db }));
vi.mock('@/lib/auth/session', () => ({ getActor: async () => current.actor }));

const { GET: reservationPdf } = await import('@/app/api/reservations/[id]/pdf/route');

/** The PDF's text and how many images (the QR code is the only one) it holds. */
async function download(id: string, locale: string) {
  const res = await reservationPdf(new Request(`http://pobyt.test/api/reservations/${id}/pdf?locale=${locale}`), { params: Promise.resolve({ id }) });
  expect(res.status).toBe(200);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'reservation-route-')), 'r.pdf');
  fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  // `pdfimages -list`: two header lines, then one row per image (a PNG's alpha channel is a row of type smask).
  const rows = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  const images = rows.filter((row) => row.trim().split(/\s+/)[2] === 'image').length;
  return { text, images };
}

describe.each(testDatabases)('the PDF of a cancelled reservation on $name', ({ open }) => {
  let h: DbHandle;
  let olena: Actor;
  let slotId: number;

  beforeAll(async () => {
    h = await open();
    current.db = h.db;
    const [u] = await h.db.insert(users).values({ email: 'olena@example.com', role: 'applicant' }).returning();
    olena = { id: u!.id, role: 'applicant', email: 'olena@example.com', clientAddress: '192.0.2.10' } as Actor;
    current.actor = olena;
    const [l] = await h.db.insert(locations).values({ slug: 'wroclaw', kind: 'head_office', name: 'Wrocław', street: 'pl. Powstańców Warszawy 1', postalCode: '50-153', city: 'Wrocław' }).returning();
    const [sv] = await h.db.insert(visitServices).values({ slug: 'filing', names: { pl: 'Złożenie wniosku', uk: 'Подання заяви' }, durationMinutes: 20, ticketLetter: 'A' }).returning();
    const [slot] = await h.db
      .insert(visitSlots)
      .values({ locationId: l!.id, serviceId: sv!.id, capacity: 3, startsAt: sql`now() + '7 days'::interval`, releasedAt: sql`now() - '1 day'::interval` })
      .returning();
    slotId = slot!.id;
  });
  afterAll(async () => h?.close());

  it('is stamped as cancelled in Polish and in the visitor’s language and has no QR code, while an active one has its QR code', async () => {
    const r = await bookVisit(h.db, olena, slotId, { givenName: 'OLENA', familyName: 'KOVALENKO', birthDate: '1990-05-14', passportNumber: 'FA100777' });
    if (!r.ok) throw new Error(JSON.stringify(r));

    const active = await download(r.reservationId, 'uk');
    expect(active.images).toBe(1);
    expect(active.text).not.toMatch(/ODWOŁANA|СКАСОВАНО/);

    expect(await cancelReservation(h.db, olena, r.reservationId)).toEqual({ ok: true });
    const cancelled = await download(r.reservationId, 'uk');
    expect(cancelled.images).toBe(0);
    expect(cancelled.text).toContain('ODWOŁANA');
    expect(cancelled.text).toContain('СКАСОВАНО');
    expect(cancelled.text).toContain('To potwierdzenie jest nieważne');
    expect(cancelled.text).toContain('Підтвердження недійсне');
    // Nothing that tells the visitor how to use it at the kiosk.
    expect(cancelled.text).not.toContain('Відскануйте');
  });
});
