'use client';

import { useEffect, useState } from 'react';
import type { BoardState } from '@/lib/queue/board';

export type FeedStatus = 'connecting' | 'live' | 'lost';

/** The server pings every 20 s (app/api/queue/[location]/events); this long without a word means the line is dead. */
const SILENCE_MS = 50_000;

/**
 * The location's board state, kept current by the server-sent events stream.
 * EventSource retries by itself after a network error; when the server refused
 * or ended the stream, when the browser reports it went offline, or when the
 * stream has gone silent (a half-open connection), we open a new one. Each
 * connection begins with a full state, so nothing missed stays missing.
 */
export function useBoardFeed(location: string, initial: BoardState): { state: BoardState; status: FeedStatus } {
  const [state, setState] = useState(initial);
  const [status, setStatus] = useState<FeedStatus>('connecting');
  useEffect(() => {
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    let delay = 1000;

    const drop = () => {
      clearTimeout(watchdog);
      source?.close();
      source = null;
    };
    const reconnectLater = () => {
      drop();
      setStatus('lost');
      clearTimeout(retry);
      retry = setTimeout(connect, delay);
      delay = Math.min(delay * 2, 30_000);
    };
    const heard = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(reconnectLater, SILENCE_MS);
    };
    function connect() {
      drop();
      // Within one connection states arrive in order of reading; a late reply to an older read is dropped.
      let lastAt = '';
      const s = new EventSource(`/api/queue/${encodeURIComponent(location)}/events`);
      source = s;
      heard();
      s.addEventListener('ping', heard);
      s.addEventListener('state', (e) => {
        heard();
        const next = JSON.parse((e as MessageEvent<string>).data) as BoardState;
        if (next.at < lastAt) return;
        lastAt = next.at;
        setState(next);
        setStatus('live');
        delay = 1000;
      });
      s.onerror = () => {
        setStatus('lost');
        if (s.readyState === EventSource.CLOSED) reconnectLater();
      };
    }
    const offline = () => {
      drop();
      clearTimeout(retry);
      setStatus('lost');
    };
    const online = () => {
      delay = 1000;
      connect();
    };
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    connect();
    return () => {
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
      clearTimeout(retry);
      drop();
    };
  }, [location]);
  return { state, status };
}
