import 'server-only';
import { getDbHandle } from '@/db/client';
import { getBoardState, type BoardState } from './board';
import { listenForQueueEvents } from './events';
import { log } from '@/lib/log';

type Subscriber = (state: BoardState) => void;

/**
 * The process's one LISTEN connection and the board streams it feeds. An event
 * for a location makes one fresh read of that location's board, sent to every
 * stream watching it; events arriving close together share that read.
 */
export class QueueHub {
  private subscribers = new Map<number, Set<Subscriber>>();
  private pending = new Set<number>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly read: (locationId: number) => Promise<BoardState>) {}

  subscribe(locationId: number, fn: Subscriber): () => void {
    let set = this.subscribers.get(locationId);
    if (!set) this.subscribers.set(locationId, (set = new Set()));
    set.add(fn);
    return () => {
      set.delete(fn);
      if (!set.size) this.subscribers.delete(locationId);
    };
  }

  changed(locationId: number) {
    if (!this.subscribers.has(locationId)) return;
    this.pending.add(locationId);
    this.timer ??= setTimeout(() => void this.flush(), 50);
  }

  /** After the listener reconnects: events may have been missed, so every board gets the current state. */
  resyncAll() {
    for (const id of this.subscribers.keys()) this.changed(id);
  }

  private async flush() {
    this.timer = undefined;
    const batch = [...this.pending];
    this.pending.clear();
    await Promise.all(
      batch.map(async (locationId) => {
        try {
          const state = await this.read(locationId);
          for (const fn of this.subscribers.get(locationId) ?? []) fn(state);
        } catch (e) {
          log.error('Board refresh failed', e);
        }
      }),
    );
  }
}

const globalForHub = globalThis as unknown as { pobytQueueHub?: Promise<QueueHub> };

/** Started on first use: one per process, kept across dev reloads. */
export function getQueueHub(): Promise<QueueHub> {
  globalForHub.pobytQueueHub ??= (async () => {
    const handle = await getDbHandle();
    const hub = new QueueHub((locationId) => getBoardState(handle.db, locationId));
    await listenForQueueEvents(
      handle,
      (e) => hub.changed(e.locationId),
      () => hub.resyncAll(),
    );
    return hub;
  })().catch((e: unknown) => {
    globalForHub.pobytQueueHub = undefined;
    throw e;
  });
  return globalForHub.pobytQueueHub;
}
