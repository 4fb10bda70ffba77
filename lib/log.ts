/**
 * One logger for the server: JSON lines (time, level, msg, sanitised error).
 * Errors are reduced to what helps an operator without copying personal data:
 * Drizzle's "Failed query: … params: …" message, its `params` property and
 * PostgreSQL's `detail` (which echoes the offending values) are never written.
 */

export type SafeError = {
  name: string;
  message?: string;
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  stack?: string;
  cause?: SafeError;
};

type Level = 'info' | 'warn' | 'error';

const SQLSTATE = /^[0-9A-Z]{5}$/;

/** The message up to any parameter list; PostgreSQL's own messages are kept only for drivers' generic errors. */
function safeMessage(message: string): string {
  const cut = message.search(/\n?\s*params:/i);
  return (cut >= 0 ? message.slice(0, cut) : message).slice(0, 500);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v ? v : undefined;
}

export function sanitizeError(e: unknown, depth = 0): SafeError {
  if (!(e instanceof Error)) {
    // A thrown non-Error may be anything, including a user's input: keep only its type.
    return { name: e === null ? 'null' : typeof e };
  }
  const o = e as Error & Record<string, unknown>;
  const out: SafeError = { name: o.name || 'Error' };
  const pgCode = str(o.code);
  // A PostgreSQL error's message can quote values ("invalid input syntax … "EX1234567""): code is enough.
  const isPgError = !!pgCode && SQLSTATE.test(pgCode);
  if (!isPgError) out.message = safeMessage(o.message ?? '');
  if (pgCode) out.code = pgCode;
  for (const k of ['constraint', 'table', 'column'] as const) {
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

function write(level: Level, msg: string, err?: unknown) {
  const line: Record<string, unknown> = { time: new Date().toISOString(), level, msg };
  if (err !== undefined) line.err = sanitizeError(err);
  const text = JSON.stringify(line) + '\n';
  if (level === 'info') process.stdout.write(text);
  else process.stderr.write(text);
}

export const log = {
  info: (msg: string) => write('info', msg),
  warn: (msg: string, err?: unknown) => write('warn', msg, err),
  error: (msg: string, err?: unknown) => write('error', msg, err),
};
