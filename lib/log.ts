import type { DestinationStream, Logger } from 'pino';
import { config } from '@/lib/config';
import { createLogger, REDACTED_FIELDS, requestContext, sanitizeError, type SafeError } from '@/lib/log-core.mjs';

/**
 * One logger for the server: pino, one JSON object per line (time, level, msg,
 * requestId while a request is handled, the sanitised error, the fields given).
 * Errors keep only what helps an operator (sanitizeError: no query parameters,
 * no PostgreSQL detail, no message of a database error); fields named in
 * REDACTED_FIELDS are replaced at any depth. The level is LOG_LEVEL.
 */

export { REDACTED_FIELDS, requestContext, sanitizeError, type SafeError };

/** Context for a line: ids, codes, counts. A personal field given by mistake is still redacted. */
export type LogFields = Record<string, unknown>;

let logger: Logger | undefined;

function current(): Logger {
  if (logger) return logger;
  let level = 'info';
  try {
    level = config().LOG_LEVEL;
  } catch {
    // A broken configuration is itself logged (scripts/migrate.ts); it must not hide behind another error here.
  }
  logger = createLogger({ level });
  return logger;
}

export const log = {
  debug: (msg: string, fields?: LogFields) => current().debug({ ...fields }, msg),
  info: (msg: string, fields?: LogFields) => current().info({ ...fields }, msg),
  warn: (msg: string, err?: unknown, fields?: LogFields) => current().warn({ ...fields, ...(err === undefined ? {} : { err }) }, msg),
  error: (msg: string, err?: unknown, fields?: LogFields) => current().error({ ...fields, ...(err === undefined ? {} : { err }) }, msg),
};

/** For tests: the next line is written by a logger built now (after an env change), or to `destination`. */
export function resetLoggerForTests(destination?: DestinationStream) {
  logger = destination ? createLogger({ level: config().LOG_LEVEL, destination }) : undefined;
}
