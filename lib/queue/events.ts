import 'server-only';
import { sql } from 'drizzle-orm';
import { Client } from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import type { DbHandle, DbOrTx } from '@/db/client';
import { log } from '@/lib/log';

/** The one channel every app instance LISTENs on. */
export const QUEUE_CHANNEL = 'queue_events';

export type QueueEventKind = 'ticket' | 'call' | 'recall' | 'finish';
/** What changed where; the board reads the new state itself, so the payload stays tiny (NOTIFY allows < 8000 bytes). */
export type QueueEvent = { locationId: number; kind: QueueEventKind; ticketId?: number };

/**
 * Call inside the transaction that makes the change: PostgreSQL delivers a
 * NOTIFY only when that transaction commits, and never if it rolls back, so
 * the board never shows a change that did not happen.
 */
export async function publishQueueEvent(tx: DbOrTx, event: QueueEvent): Promise<void> {
  await tx.execute(sql`select pg_notify(${QUEUE_CHANNEL}, ${JSON.stringify(event)})`);
}

function parseEvent(payload: string | undefined): QueueEvent | null {
  try {
    const e = JSON.parse(payload ?? '') as QueueEvent;
    return Number.isInteger(e.locationId) ? e : null;
  } catch {
    return null;
  }
}

export type QueueListener = { close: () => Promise<void> };

/**
 * Listens for queue events on `handle`'s database. On PostgreSQL this is one
 * dedicated connection (a pooled one would be handed to other queries and lose
 * the LISTEN), reopened after a failure; `onResync` then tells subscribers they
 * may have missed events. PGlite is one process's database, so its own
 * listen/notify is enough there.
 */
export async function listenForQueueEvents(
  handle: Pick<DbHandle, 'kind' | 'url' | 'db'>,
  onEvent: (e: QueueEvent) => void,
  onResync: () => void = () => {},
): Promise<QueueListener> {
  if (handle.kind === 'pglite') {
    const client = (handle.db as unknown as { $client: PGlite }).$client;
    const unlisten = await client.listen(QUEUE_CHANNEL, (payload) => {
      const e = parseEvent(payload);
      if (e) onEvent(e);
    });
    return { close: () => unlisten() };
  }

  let client: Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  let delay = 500;
  const connect = async (): Promise<void> => {
    const c = new Client({ connectionString: handle.url });
    c.on('notification', (msg) => {
      if (msg.channel !== QUEUE_CHANNEL) return;
      const e = parseEvent(msg.payload);
      if (e) onEvent(e);
    });
    const lost = (err?: Error) => {
      if (closed || client !== c) return;
      client = null;
      if (err) log.error('Queue listener connection lost', err);
      c.end().catch(() => {});
      retry = setTimeout(reconnect, delay);
      delay = Math.min(delay * 2, 10_000);
    };
    c.on('error', lost);
    c.on('end', () => lost());
    await c.connect();
    await c.query(`listen ${QUEUE_CHANNEL}`);
    client = c;
    delay = 500;
  };
  const reconnect = () => {
    if (closed) return;
    connect()
      .then(onResync)
      .catch((err: Error) => {
        log.error('Queue listener reconnect failed', err);
        retry = setTimeout(reconnect, delay);
        delay = Math.min(delay * 2, 10_000);
      });
  };
  await connect();
  return {
    close: async () => {
      closed = true;
      clearTimeout(retry);
      await client?.end().catch(() => {});
    },
  };
}
