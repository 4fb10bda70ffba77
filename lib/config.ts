import path from 'node:path';
import { z } from '@/lib/zod';

// `OIDC_ISSUER=` in an env file means "not set", not "an invalid URL".
const unsetIfEmpty = <T extends z.ZodType>(inner: T) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), inner);

/**
 * The one place that reads process.env. Everything is validated once, so a
 * misconfigured server fails at start with a readable message.
 */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().url().optional(),
  // `1` makes `npm run db:seed` create the demo accounts even with NODE_ENV=production or a DATABASE_URL.
  SEED_DEMO: unsetIfEmpty(z.enum(['0', '1']).optional()),
  DATA_DIR: z.string().default('.data'),
  PGLITE_DIR: z.string().optional(),
  OUTBOX_DIR: z.string().optional(),
  APP_URL: z.string().url().default('http://localhost:3000'),
  NEXTAUTH_URL: z.string().url().optional(),
  NEXTAUTH_SECRET: z.string().min(32).optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Pobyt <no-reply@pobyt.localhost>'),
  OFFICE_NAME: z.string().default('Dolnośląski Urząd Wojewódzki we Wrocławiu'),
  // The office's postal address and the phone number for visitors, printed in the head of its letters (the demo office's by default).
  OFFICE_ADDRESS: z.string().trim().min(1).default('pl. Powstańców Warszawy 1, 50-153 Wrocław'),
  OFFICE_PHONE: z.string().trim().min(1).default('+48 71 340 63 09'),
  // The place a letter is dated at ("Wrocław, 3 grudnia 2026").
  OFFICE_CITY: z.string().trim().min(1).default('Wrocław'),
  // Where applicants pay the stamp duty (opłata skarbowa): the municipality of the office's seat.
  // Demo default from https://www.gov.pl/web/dolnoslaski-uw (prawo pobytu… członka rodziny obywatela UE, "Opłaty"), read 2026-12-03.
  OFFICE_FEE_PAYEE: z.string().trim().min(1).default('Gmina Wrocław, pl. Nowy Targ 1-8, 50-141 Wrocław'),
  OFFICE_FEE_ACCOUNT: z.string().trim().min(1).default('82 1020 5226 0000 6102 0417 7895'),
  CASE_NUMBER_PREFIX: z.string().regex(/^[A-Z]{2,6}$/).default('WSC'),
  SMS_PROVIDER: z.enum(['log', 'smsapi']).default('log'),
  SMSAPI_TOKEN: z.string().optional(),
  SMSAPI_URL: z.string().url().default('https://api.smsapi.pl/sms.do'),
  SMS_FROM: z.string().optional(),
  // The in-process notification worker; off when a separate `npm run worker` does the job.
  NOTIFICATION_WORKER: z.enum(['in-process', 'off']).optional(),
  // A notice that cannot be delivered is retried (after the 1–16 minute back-off, every 16 minutes) until it is this many hours old; then it is marked failed.
  OUTBOX_RETRY_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(24),
  // A case notice waits this long, so that a clerk's several changes in one sitting go out as one notice.
  CASE_NOTICE_HOLD_SECONDS: z.coerce.number().int().min(0).max(3600).default(180),
  // Bookings per hour per account (default 4, an employer's 20) and per client address; load tests and very large employers need more.
  BOOKING_LIMIT_PER_ACCOUNT: unsetIfEmpty(z.coerce.number().int().min(1).optional()),
  BOOKING_LIMIT_PER_ADDRESS: unsetIfEmpty(z.coerce.number().int().min(1).default(30)),
  // A time closes for booking this many minutes before it starts (the visitor must come 15 minutes early); 0: any future time.
  BOOKING_MIN_LEAD_MINUTES: unsetIfEmpty(z.coerce.number().int().min(0).max(7 * 24 * 60).default(60)),
  // The proof of work's largest number (about a second of hashing on a phone); load tests lower it.
  POW_MAX_NUMBER: unsetIfEmpty(z.coerce.number().int().min(100).default(150_000)),
  // /api/ready answers 503 when a due notice has waited longer than this: no worker is delivering.
  READY_MAX_BACKLOG_SECONDS: z.coerce.number().int().min(60).max(7 * 24 * 3600).default(900),
  // Sign-in through an external OpenID Connect provider (e.g. a Keycloak realm); on only when the first three are set.
  OIDC_ISSUER: unsetIfEmpty(z.string().url().optional()),
  OIDC_CLIENT_ID: unsetIfEmpty(z.string().optional()),
  OIDC_CLIENT_SECRET: unsetIfEmpty(z.string().optional()),
  OIDC_LABEL: unsetIfEmpty(z.string().max(80).optional()),
  // Retention (RODO art. 5(1)(e)): a reservation's personal data is erased this many days after its visit; an outbox notice's recipient this many days after it was sent or failed.
  RETENTION_RESERVATION_DAYS: z.coerce.number().int().min(1).default(30),
  RETENTION_OUTBOX_DAYS: z.coerce.number().int().min(1).default(90),
  // pino's level names; server.mjs reads the same variable for its access log.
  LOG_LEVEL: unsetIfEmpty(z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info')),
  // Bearer token for GET /api/metrics; unset, the endpoint answers 404 (nothing public by default).
  METRICS_TOKEN: unsetIfEmpty(z.string().min(16).optional()),
});

export type Config = z.infer<typeof schema> & {
  dataDir: string;
  pgliteDir: string;
  outboxDir: string;
  appUrl: string;
};

let cached: Config | undefined;

export function config(): Config {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const dataDir = path.resolve(/*turbopackIgnore: true*/ env.DATA_DIR);
  const appUrl = (env.NEXTAUTH_URL ?? env.APP_URL).replace(/\/$/, '');
  cached = {
    ...env,
    dataDir,
    pgliteDir: env.PGLITE_DIR?.startsWith('memory://') ? env.PGLITE_DIR : path.resolve(/*turbopackIgnore: true*/ env.PGLITE_DIR ?? path.join(dataDir, 'pglite')),
    outboxDir: path.resolve(/*turbopackIgnore: true*/ env.OUTBOX_DIR ?? path.join(dataDir, 'outbox')),
    appUrl,
  };
  // next-auth v4 reads NEXTAUTH_URL itself; give it the same address the app uses.
  process.env.NEXTAUTH_URL ??= appUrl;
  return cached;
}

/** For tests that change the environment between cases. */
export function resetConfigForTests() {
  cached = undefined;
}
