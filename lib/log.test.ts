import { Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { reservations } from '@/db/schema';
import { config, resetConfigForTests } from '@/lib/config';
import { log, REDACTED_FIELDS, requestContext, resetLoggerForTests } from './log';

/** A destination that keeps pino's lines, parsed. */
function capture() {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const l of String(chunk).split('\n').filter(Boolean)) {
        raw.push(l);
        lines.push(JSON.parse(l));
      }
      done();
    },
  });
  resetLoggerForTests(stream);
  // pino writes to a plain stream synchronously only through its own destinations: wait a tick.
  const settle = () => new Promise((r) => setImmediate(r));
  return { lines, raw, settle };
}

const withEnv = (name: string, value: string | undefined) => {
  const before = process.env[name];
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
  resetConfigForTests();
  return () => {
    if (before === undefined) delete process.env[name];
    else process.env[name] = before;
    resetConfigForTests();
  };
};

afterEach(() => {
  vi.restoreAllMocks();
  resetLoggerForTests();
});

describe('log lines', () => {
  it('are one JSON object each, with an ISO time, the level by name and the message', async () => {
    const out = capture();
    log.info('Slot generation done', { slots: 42 });
    log.warn('Outbox lease lost');
    await out.settle();
    expect(out.lines).toHaveLength(2);
    expect(out.lines[0]).toMatchObject({ level: 'info', msg: 'Slot generation done', slots: 42 });
    expect(out.lines[1]).toMatchObject({ level: 'warn', msg: 'Outbox lease lost' });
    expect(String(out.lines[0]!.time)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('go to stdout below warn and to stderr from warn up, by default', () => {
    resetLoggerForTests();
    const stdout: string[] = [];
    const stderr: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => (stdout.push(String(c)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((c: string | Uint8Array) => (stderr.push(String(c)), true));
    log.info('Worker started');
    log.error('Worker stopped', new Error('SMTP down'));
    vi.restoreAllMocks();
    expect(stdout.map((l) => JSON.parse(l).msg)).toEqual(['Worker started']);
    expect(stderr.map((l) => JSON.parse(l).msg)).toEqual(['Worker stopped']);
    expect(JSON.parse(stderr[0]!).err).toMatchObject({ name: 'Error', message: 'SMTP down' });
  });

  it('carry the request id while a request is handled, and none outside one', async () => {
    const out = capture();
    await requestContext.run({ requestId: '5b0e6a9c-request' }, async () => {
      await Promise.resolve();
      log.error('Booking request failed', new Error('boom'));
    });
    log.error('Housekeeping failed', new Error('boom'));
    await out.settle();
    expect(out.lines[0]).toMatchObject({ msg: 'Booking request failed', requestId: '5b0e6a9c-request' });
    expect(out.lines[1]).not.toHaveProperty('requestId');
  });
});

describe('log level (LOG_LEVEL)', () => {
  it('is info by default: debug lines are dropped', async () => {
    const restore = withEnv('LOG_LEVEL', undefined);
    try {
      expect(config().LOG_LEVEL).toBe('info');
      const out = capture();
      log.debug('Cache miss');
      log.info('Started');
      await out.settle();
      expect(out.lines.map((l) => l.msg)).toEqual(['Started']);
    } finally {
      restore();
    }
  });

  it('follows the setting (warn drops info; debug keeps debug)', async () => {
    let restore = withEnv('LOG_LEVEL', 'warn');
    try {
      const out = capture();
      log.info('Started');
      log.warn('Lease lost');
      await out.settle();
      expect(out.lines.map((l) => l.msg)).toEqual(['Lease lost']);
    } finally {
      restore();
    }
    restore = withEnv('LOG_LEVEL', 'debug');
    try {
      const out = capture();
      log.debug('Cache miss');
      await out.settle();
      expect(out.lines.map((l) => l.msg)).toEqual(['Cache miss']);
    } finally {
      restore();
    }
  });

  it('refuses an unknown level at start', () => {
    const restore = withEnv('LOG_LEVEL', 'verbose');
    try {
      expect(() => config()).toThrow(/LOG_LEVEL/);
    } finally {
      restore();
    }
  });
});

describe('redaction', () => {
  // A reservation as Drizzle returns it, every personal value recognisable.
  const row: typeof reservations.$inferSelect = {
    id: '0d7c2a40-0000-4000-8000-000000000001',
    code: 'R-7KQ2MX',
    slotId: 17,
    serviceId: 3,
    ownerId: null,
    givenName: 'OHOTNIKOVA',
    familyName: 'ZAVADSKA',
    birthDate: '1987-03-29',
    passportNumber: 'EX7350921',
    minors: [{ givenName: 'MYROSLAVA', familyName: 'ZAVADSKA', birthDate: '2016-08-02' }],
    locale: 'uk',
    email: 'zavadska@example.com',
    status: 'active',
    cancelReason: null,
    checkedInAt: null,
    staffBooking: true,
    staffReason: 'Pani Zavadska, tel. 600 100 200',
    createdAt: new Date('2026-12-01T10:00:00Z'),
    cancelledAt: null,
    sequence: 0,
  };
  const personal = ['OHOTNIKOVA', 'ZAVADSKA', '1987-03-29', 'EX7350921', 'MYROSLAVA', '2016-08-02', 'zavadska@example.com', '600 100 200'];

  it('names the personal fields of the schema and the credentials', () => {
    for (const f of ['passportNumber', 'givenName', 'familyName', 'birthDate', 'email', 'phone', 'pesel', 'casePassword', 'password', 'token', 'street', 'postalCode', 'recipient', 'minors', 'authorization', 'cookie']) {
      expect(REDACTED_FIELDS).toContain(f);
    }
  });

  it('replaces them at any depth, inside arrays, in camelCase and in snake_case, and keeps the rest', async () => {
    const out = capture();
    const sqlRow = { passport_number: 'EX7350921', given_name: 'OHOTNIKOVA', birth_date: '1987-03-29', slot_id: 17 };
    log.error('Booking failed', new Error('check violation'), { reservation: row, attempt: { input: { visitor: row } }, sqlRow, history: [[{ who: { passportNumber: 'EX7350921' } }]] });
    log.info('Notice queued', { recipient: 'zavadska@example.com', kind: 'reservation_confirmed', headers: { Authorization: 'Bearer s3cr3t-token', 'Set-Cookie': 'session=s3cr3t' } });
    await out.settle();
    const text = out.raw.join('\n');
    for (const value of [...personal, 's3cr3t']) expect(text).not.toContain(value);
    expect(out.lines[0]).toMatchObject({ reservation: { code: 'R-7KQ2MX', slotId: 17, passportNumber: '[redacted]', minors: '[redacted]' }, sqlRow: { slot_id: 17, passport_number: '[redacted]' } });
    expect(out.lines[1]).toMatchObject({ kind: 'reservation_confirmed', recipient: '[redacted]' });
  });

  it('cuts what is nested too deep instead of writing it', async () => {
    const out = capture();
    type Deep = { next?: Deep; secretish?: string };
    const deep: Deep = {};
    let at = deep;
    for (let i = 0; i < 20; i++) at = at.next = {};
    at.secretish = 'EX7350921';
    log.info('Deep', { deep });
    await out.settle();
    expect(out.raw.join('')).not.toContain('EX7350921');
    expect(out.raw.join('')).toContain('[truncated]');
  });
});
