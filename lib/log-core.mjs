// @ts-check
// Plain JavaScript: server.mjs loads it before Next (and any TypeScript loader)
// runs, and the app's lib/log.ts builds its logger from it, so both write the
// same JSON lines with the same redaction and the same request id.
import { AsyncLocalStorage } from 'node:async_hooks';
import pino from 'pino';

/** The header server.mjs sets on every request (for the app) and response (for the caller). */
export const REQUEST_ID_HEADER = 'x-request-id';

/** pino's levels, lowest first; `silent` turns logging off. */
export const LOG_LEVELS = /** @type {const} */ (['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']);

/**
 * Fields whose values never reach a log line, at whatever depth they appear
 * (a visitor inside a booking, a minor inside a visitor). Compared without
 * case, `_` and `-`, so `passportNumber`, `passport_number` and
 * `Passport-Number` are one field. Taken from the personal columns in
 * db/schema/*.ts and the form fields in lib/forms, plus credentials.
 */
export const REDACTED_FIELDS = /** @type {const} */ ([
  // Identity (reservations, forms, cases)
  'passportNumber',
  'passport',
  'passports',
  'pesel',
  'givenName',
  'familyName',
  'name',
  'surname',
  'fatherName',
  'motherName',
  'motherFamilyName',
  'applicantName',
  'displayName',
  'companyName',
  'nip',
  'birthDate',
  'birthPlace',
  'minors',
  // Contact
  'email',
  'contactEmail',
  'recipient',
  'phone',
  'contactPhone',
  'address',
  'addresses',
  'street',
  'postalCode',
  'clientAddress',
  'ip',
  // Free text people write (and application answers as a whole)
  'body',
  'plainText',
  'note',
  'remark',
  'staffReason',
  'subject',
  'data',
  'answers',
  // Credentials
  'password',
  'passwordHash',
  'casePassword',
  'token',
  'tokenHash',
  'pairingToken',
  'credential',
  'secret',
  'authorization',
  'cookie',
  'setCookie',
]);

/** What a redacted value is replaced with. */
export const REDACTED = '[redacted]';

const normalize = (/** @type {string} */ key) => key.replace(/[_-]/g, '').toLowerCase();
const redactedKeys = new Set(REDACTED_FIELDS.map(normalize));
// Deeper than this is cut, not copied: a cycle or a huge object must not be walked forever.
const MAX_DEPTH = 8;

/**
 * A copy of `value` with every REDACTED_FIELDS key's value replaced. Plain
 * walk rather than pino's `redact` paths: those need one path per depth, and
 * with wildcards cost about 100 times more per line (measured on pino 10).
 * @param {unknown} value
 * @param {number} [depth]
 * @returns {unknown}
 */
export function redact(value, depth = 0) {
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if (depth >= MAX_DEPTH) return '[truncated]';
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const [k, v] of Object.entries(value)) out[k] = redactedKeys.has(normalize(k)) ? REDACTED : redact(v, depth + 1);
  return out;
}

/**
 * @typedef {{ name: string, message?: string, code?: string, constraint?: string, table?: string, column?: string, stack?: string, cause?: SafeError }} SafeError
 */

const SQLSTATE = /^[0-9A-Z]{5}$/;

/** The message up to any parameter list; PostgreSQL's own messages are kept only for drivers' generic errors. */
function safeMessage(/** @type {string} */ message) {
  const cut = message.search(/\n?\s*params:/i);
  return (cut >= 0 ? message.slice(0, cut) : message).slice(0, 500);
}

const str = (/** @type {unknown} */ v) => (typeof v === 'string' && v ? v : undefined);

/**
 * An error reduced to what helps an operator without copying personal data:
 * Drizzle's "Failed query: … params: …" message, its `params` property and
 * PostgreSQL's `detail` (which echoes the offending values) are never kept.
 * @param {unknown} e
 * @param {number} [depth]
 * @returns {SafeError}
 */
export function sanitizeError(e, depth = 0) {
  if (!(e instanceof Error)) {
    // A thrown non-Error may be anything, including a user's input: keep only its type.
    return { name: e === null ? 'null' : typeof e };
  }
  const o = /** @type {Error & Record<string, unknown>} */ (e);
  /** @type {SafeError} */
  const out = { name: o.name || 'Error' };
  const pgCode = str(o.code);
  // A PostgreSQL error's message can quote values ("invalid input syntax … "EX1234567""): code is enough.
  const isPgError = !!pgCode && SQLSTATE.test(pgCode);
  if (!isPgError) out.message = safeMessage(o.message ?? '');
  if (pgCode) out.code = pgCode;
  for (const k of /** @type {const} */ (['constraint', 'table', 'column'])) {
    const v = str(o[k]);
    if (v) out[k] = v;
  }
  // The stack's first lines repeat the message (with params): keep the frames only.
  if (typeof o.stack === 'string') {
    const frames = o.stack.split('\n').filter((l) => /^\s+at /.test(l));
    if (frames.length) out.stack = frames.slice(0, 15).join('\n');
  }
  if (o.cause !== undefined && depth < 3) out.cause = sanitizeError(o.cause, depth + 1);
  return out;
}

/** @typedef {{ requestId: string }} RequestContext */

/**
 * The request being handled, set by server.mjs around Next's handler. On
 * globalThis because Next bundles its own copy of this module into each
 * server chunk; one store must serve them all and the server.
 * @type {AsyncLocalStorage<RequestContext>}
 */
export const requestContext = /** @type {any} */ (globalThis)[Symbol.for('pobyt.requestContext')] ??= new AsyncLocalStorage();

/**
 * A pino logger writing one JSON object per line: `time` (ISO), `level` (its
 * name), `msg`, the request id while a request is handled, and the fields
 * given, redacted. Below `warn` to stdout, `warn` and above to stderr (unless
 * a destination is given, as tests do).
 * @param {{ level?: string, destination?: import('pino').DestinationStream }} [options]
 */
export function createLogger({ level = 'info', destination } = {}) {
  const stream =
    destination ??
    pino.multistream(
      [
        { level: 'trace', stream: process.stdout },
        { level: 'warn', stream: process.stderr },
      ],
      { dedupe: true },
    );
  return pino(
    {
      level,
      base: undefined,
      messageKey: 'msg',
      timestamp: pino.stdTimeFunctions.isoTime,
      // pino's own error serializer would copy the message and every property back in.
      serializers: { err: (e) => e },
      mixin() {
        const id = requestContext.getStore()?.requestId;
        return id ? { requestId: id } : {};
      },
      formatters: {
        level: (label) => ({ level: label }),
        // `err` is reduced by sanitizeError (its `name` is the error's class, not a person's).
        log: ({ err, ...fields }) => ({ .../** @type {Record<string, unknown>} */ (redact(fields)), ...(err === undefined ? {} : { err: sanitizeError(err) }) }),
      },
    },
    stream,
  );
}
