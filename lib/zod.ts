import { z } from 'zod';

// Zod probes `new Function` when a schema is built; under our CSP (no 'unsafe-eval') the browser reports
// that probe as a violation even though zod catches it. Every schema imports z from here, so the setting
// comes first. Jitless parsing is plenty fast for our form sizes.
z.config({ jitless: true });

export { z };

/** A row id from outside (an outbox reference, a route segment): only a UUID reaches a uuid column, which would throw on anything else. */
export const isUuid = (value: unknown): value is string => z.string().uuid().safeParse(value).success;
