import { describe, expect, it } from 'vitest';
import type { BoardState } from './board';
import { QueueHub } from './hub';

const state = (n: number): BoardState => ({ called: [], waiting: [], at: new Date(n).toISOString() });

describe('queue hub (one listener per process, fanning out to board streams)', () => {
  it('reads a location once for events close together and sends it to every stream of that location only', async () => {
    const reads: number[] = [];
    const hub = new QueueHub(async (id) => {
      reads.push(id);
      return state(id);
    });
    const a: BoardState[] = [];
    const b: BoardState[] = [];
    const other: BoardState[] = [];
    hub.subscribe(1, (s) => a.push(s));
    hub.subscribe(1, (s) => b.push(s));
    hub.subscribe(2, (s) => other.push(s));
    hub.changed(1);
    hub.changed(1);
    hub.changed(1);
    hub.changed(3); // nobody watches location 3: no read
    await new Promise((r) => setTimeout(r, 100));
    expect(reads).toEqual([1]);
    expect([a.length, b.length, other.length]).toEqual([1, 1, 0]);
  });

  it('after a reconnect refreshes every watched location; an unsubscribed stream gets nothing more', async () => {
    const reads: number[] = [];
    const hub = new QueueHub(async (id) => {
      reads.push(id);
      return state(id);
    });
    const got: BoardState[] = [];
    const stop = hub.subscribe(1, (s) => got.push(s));
    hub.subscribe(2, () => {});
    hub.resyncAll();
    await new Promise((r) => setTimeout(r, 100));
    expect(reads.sort()).toEqual([1, 2]);
    stop();
    hub.changed(1);
    await new Promise((r) => setTimeout(r, 100));
    expect(got).toHaveLength(1);
  });
});
