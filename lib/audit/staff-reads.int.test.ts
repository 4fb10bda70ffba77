import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/db/client';
import { auditLog, locations, users, visitServices, visitSlots } from '@/db/schema';
import { testDatabases } from '@/test/db';
import type { Actor } from '@/lib/auth/actor';
import { createDraft, saveSection, submitApplication } from '@/lib/forms/applications';
import { form01Fixture } from '@/lib/forms/fixtures/form-01';
import { bookVisit } from '@/lib/reservations/booking';
import { registerCase } from '@/lib/cases/registration';

// The route handlers are called as Next calls them; only the session and the database handle are ours.
const current = vi.hoisted(() => ({ db: null as unknown, actor: null as Actor | null }));
vi.mock('@/db/client', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/db/client')>()), getDb: async () => current.db }));
vi.mock('@/lib/auth/session', () => ({
  getActor: async () => current.actor,
  actorWithRole: async (roles: readonly string[]) => (current.actor && roles.includes(current.actor.role) ? current.actor : null),
}));

const { GET: applicationPdf } = await import('@/app/api/applications/[id]/pdf/route');
const { GET: reservationPdf } = await import('@/app/api/reservations/[id]/pdf/route');
const { POST: caseLetter } = await import('@/app/api/staff/cases/[id]/letter/route');

const PERSONAL = ['Olena', 'KOVALENKO', 'FA100777', 'olena@example.com', '+48600700800', 'anna@example.com'];

describe.each(testDatabases)('staff reads in the audit log on $name', ({ open }) => {
  let h: DbHandle;
  let anna: Actor;
  let clerk: Actor;
  let reception: Actor;
  const rows = () => h.db.select().from(auditLog).where(sql`${auditLog.action} like '%download'`).orderBy(auditLog.id);
  const as = (actor: Actor) => {
    current.actor = actor;
  };
  const params = (id: string) => ({ params: Promise.resolve({ id }) });

  beforeAll(async () => {
    h = await open();
    current.db = h.db;
    const mk = async (email: string, role: Actor['role']) => {
      const [u] = await h.db.insert(users).values({ email, role }).returning();
      return { id: u!.id, role, email, clientAddress: '192.0.2.10' } as Actor;
    };
    anna = await mk('anna@example.com', 'applicant');
    clerk = await mk('clerk@duw.test', 'clerk');
    reception = await mk('reception@duw.test', 'reception');
  });
  beforeEach(async () => {
    await h.db.delete(auditLog);
  });
  afterAll(async () => h?.close());

  it('logs a clerk downloading an application PDF (ids and version only), not its owner', async () => {
    const d = await createDraft(h.db, anna, 1, 'uk');
    if (!d.ok) throw new Error();
    for (const [section, values] of Object.entries(form01Fixture)) await saveSection(h.db, anna.id, d.id, section, values, '2026-11-23');
    const s = await submitApplication(h.db, anna.id, d.id, '2026-11-23');
    if (!s.ok) throw new Error(JSON.stringify(s));
    const url = `http://pobyt.test/api/applications/${d.id}/pdf?v=${s.version}`;

    as(anna);
    expect((await applicationPdf(new Request(url), params(d.id))).status).toBe(200);
    expect(await rows()).toEqual([]);

    as(clerk);
    expect((await applicationPdf(new Request(url), params(d.id))).status).toBe(200);
    const logged = await rows();
    expect(logged).toMatchObject([{ action: 'application.pdf_download', actorId: clerk.id, actorRole: 'clerk', entityType: 'application', entityId: d.id, after: { version: s.version }, clientAddress: '192.0.2.10' }]);
    expect(JSON.stringify(logged)).not.toContain(s.code);
  });

  it('logs reception downloading a reservation PDF, not the person who booked it', async () => {
    const [l] = await h.db.insert(locations).values({ slug: 'wroclaw', kind: 'head_office', name: 'Wrocław', street: 'pl. Powstańców Warszawy 1', postalCode: '50-153', city: 'Wrocław' }).returning();
    const [sv] = await h.db.insert(visitServices).values({ slug: 'filing', names: { pl: 'Złożenie wniosku' }, durationMinutes: 20, ticketLetter: 'A' }).returning();
    const [slot] = await h.db
      .insert(visitSlots)
      .values({ locationId: l!.id, serviceId: sv!.id, capacity: 3, startsAt: sql`now() + '7 days'::interval`, releasedAt: sql`now() - '1 day'::interval` })
      .returning();
    const r = await bookVisit(h.db, anna, slot!.id, { givenName: 'OLENA', familyName: 'KOVALENKO', birthDate: '1990-05-14', passportNumber: 'FA100777' });
    if (!r.ok) throw new Error(JSON.stringify(r));
    await h.db.delete(auditLog);
    const url = `http://pobyt.test/api/reservations/${r.reservationId}/pdf`;

    as(anna);
    expect((await reservationPdf(new Request(url), params(r.reservationId))).status).toBe(200);
    expect(await rows()).toEqual([]);

    as(reception);
    expect((await reservationPdf(new Request(url), params(r.reservationId))).status).toBe(200);
    const logged = await rows();
    expect(logged).toMatchObject([{ action: 'reservation.pdf_download', actorId: reception.id, entityType: 'reservation', entityId: r.reservationId, after: null }]);
    for (const p of PERSONAL) expect(JSON.stringify(logged)).not.toContain(p);
  });

  it('logs staff printing a case letter, and nothing for a refused print', async () => {
    const c = await registerCase(h.db, clerk, { formNumber: 1, applicantName: 'Olena Kovalenko', contactEmail: 'olena@example.com', contactPhone: '+48600700800', notifyConsent: true, locale: 'uk' });
    if (!c.ok) throw new Error();
    await h.db.delete(auditLog);
    const post = (password: string) => {
      const body = new FormData();
      body.set('password', password);
      return caseLetter(new Request(`http://pobyt.test/api/staff/cases/${c.caseId}/letter`, { method: 'POST', body }), params(c.caseId));
    };

    as(reception);
    expect((await post('AAAA-BBBB-CCCC')).status).toBe(404);
    expect(await rows()).toEqual([]);
    expect((await post(c.password)).status).toBe(200);
    const logged = await rows();
    expect(logged).toMatchObject([{ action: 'case.letter_download', actorId: reception.id, entityType: 'case', entityId: c.caseId, after: null }]);
    for (const p of [...PERSONAL, c.password, c.number]) expect(JSON.stringify(logged)).not.toContain(p);
  });
});
