import { getDb } from '@/db/client';
import { getBoardState } from '@/lib/queue/board';
import { getQueueHub } from '@/lib/queue/hub';
import { findLocation } from '@/lib/queue/tickets';

export const dynamic = 'force-dynamic';

const encoder = new TextEncoder();
// Proxies close connections that stay silent, and a board must notice a half-open one:
// a ping every so often keeps the stream alive and lets the board's watchdog see it is.
const HEARTBEAT_MS = 20_000;

/**
 * The display board's live feed (server-sent events). Public: it carries
 * ticket labels, desks and counts, nothing personal. Every connection starts
 * with the full current state, so a board that reconnects is right at once;
 * after that a new state follows each change at this location, on whichever
 * instance it happened (see lib/queue/hub.ts).
 */
export async function GET(request: Request, { params }: { params: Promise<{ location: string }> }) {
  const { location } = await params;
  const db = await getDb();
  const loc = await findLocation(db, location);
  if (!loc) return new Response('Not found', { status: 404 });
  const hub = await getQueueHub();

  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      const send = (chunk: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(chunk));
        } catch {
          cleanup();
        }
      };
      const unsubscribe = hub.subscribe(loc.id, (state) => send(`event: state\ndata: ${JSON.stringify(state)}\n\n`));
      const heartbeat = setInterval(() => send('event: ping\ndata: \n\n'), HEARTBEAT_MS);
      cleanup = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      };
      request.signal.addEventListener('abort', cleanup);
      // The browser waits this long before reconnecting on its own.
      send('retry: 3000\n\n');
      send(`event: state\ndata: ${JSON.stringify(await getBoardState(db, loc.id))}\n\n`);
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store, no-transform',
      Connection: 'keep-alive',
      // Tells nginx-style proxies not to buffer the stream.
      'X-Accel-Buffering': 'no',
    },
  });
}
