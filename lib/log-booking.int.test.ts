import { resetConfigForTests } from '@/lib/config';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/db/client';
import { locations, users, visitServices, visitSlots } from '@/db/schema';
import { testDatabases } from '@/test/db';
import type { Actor } from '@/lib/auth/actor';
import { createChallenge } from '@/lib/security/pow';
import { solveChallenge } from '@/lib/security/pow-solver';
import { requestContext } from '@/lib/log';

// The booking action is called as the form calls it; only the session, the locale and the database handle are ours.
const current = vi.hoisted(() => ({ db: null as unknown, actor: null as Actor | null }));
vi.mock('@/db/client', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/db/client')>()), getDb: async () => current.db }));
vi.mock('@/lib/auth/session', () => ({ getActor: async () => current.actor, actorWithRole: async () => current.actor }));
vi.mock('next-intl/server', () => ({ getLocale: async () => 'uk' }));

const { bookVisitAction } = await import('@/lib/reservations/actions');
const { bookVisit } = await import('@/lib/reservations/booking');

beforeAll(() => {
  process.env.NEXTAUTH_SECRET ??= 'test-secret-for-booking-log-tests-0123456789';
  process.env.POW_MAX_NUMBER = '500';
  resetConfigForTests();
});

// A visitor whose every personal value is distinctive enough to be found in any line.
const PASSPORT = 'EX7350921';
const visitor = { givenName: 'OHOTNIKOVA', familyName: 'ZAVADSKA', birthDate: '1987-03-29', passportNumber: 'ex 735 0921' };
const personal = [PASSPORT, 'ex 735 0921', '7350921', 'OHOTNIKOVA', 'ZAVADSKA', '1987-03-29', 'ohotnikova@example.com'];

/** Everything the process writes to stdout and stderr while `run` runs: where pino's lines go. */
async function captured(run: () => Promise<unknown>): Promise<string[]> {
  const lines: string[] = [];
  const keep = (c: string | Uint8Array) => (lines.push(typeof c === 'string' ? c : Buffer.from(c).toString('utf8')), true);
  vi.spyOn(process.stderr, 'write').mockImplementation(keep);
  vi.spyOn(process.stdout, 'write').mockImplementation(keep);
  try {
    await run();
  } finally {
    vi.restoreAllMocks();
  }
  return lines.join('').split('\n').filter(Boolean);
}

describe.each(testDatabases)('a failing booking is logged without the visitor’s personal data ($name)', ({ open }) => {
  let h: DbHandle;
  let slotId: number;

  beforeAll(async () => {
    h = await open();
    current.db = h.db;
    const [u] = await h.db.insert(users).values({ email: 'ohotnikova@example.com', role: 'applicant' }).returning();
    current.actor = { id: u!.id, role: 'applicant', email: u!.email, clientAddress: '192.0.2.44' };
    const [l] = await h.db.insert(locations).values({ slug: 'wroclaw', kind: 'head_office', name: 'Wrocław', street: 'pl. Powstańców Warszawy 1', postalCode: '50-153', city: 'Wrocław' }).returning();
    const [s] = await h.db.insert(visitServices).values({ slug: 'filing', names: { pl: 'Złożenie wniosku' }, durationMinutes: 20, ticketLetter: 'A' }).returning();
    const [slot] = await h.db
      .insert(visitSlots)
      .values({ locationId: l!.id, serviceId: s!.id, capacity: 3, startsAt: sql`now() + '7 days'::interval`, releasedAt: sql`now() - '1 day'::interval` })
      .returning();
    slotId = slot!.id;
    // A rule the database enforces and the booking does not know (as a later migration might add):
    // PostgreSQL's error for it quotes the whole failing row, and Drizzle's message lists every parameter.
    await h.db.execute(sql.raw(`alter table reservations add constraint reservations_no_ex_series check (passport_number !~ '^EX')`));
  });
  afterAll(async () => h?.close());
  afterEach(() => vi.restoreAllMocks());

  it('the raw database error does carry the passport number (so the log test below can fail)', async () => {
    const err = await bookVisit(h.db, current.actor!, slotId, visitor).then(
      () => null,
      (e: unknown) => e as Error & { cause?: { detail?: string } },
    );
    expect(err).not.toBeNull();
    expect(err!.message).toContain(PASSPORT);
    expect(err!.cause?.detail ?? '').toContain(PASSPORT);
  });

  it('the booking action answers with a generic error and logs one error line, with the request id and no passport number, name or birth date', async () => {
    const proof = (await solveChallenge(createChallenge('booking')))!;
    let result: unknown;
    const lines = await captured(() =>
      requestContext.run({ requestId: 'req-booking-0001' }, async () => {
        result = await bookVisitAction({ slotId, ...visitor, minors: [], proof });
      }),
    );
    expect(result).toEqual({ ok: false, formError: 'unexpected' });
    const errors = lines.map((l) => JSON.parse(l)).filter((l) => l.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ msg: 'Server action failed', requestId: 'req-booking-0001', err: { cause: { code: '23514', table: 'reservations' } } });
    for (const line of lines) for (const value of personal) expect(line.toLowerCase()).not.toContain(value.toLowerCase());
    expect(lines.join('\n')).not.toMatch(/params|Failing row/i);
  });
});
