import { API } from "@/lib/api/catalog";
import { defineRoute, errorResponse } from "@/lib/auth/route";
import { subscribe } from "@/lib/live/listen";
import { claimStream, MAX_STREAMS_PER_CALLER } from "@/lib/live/stream-limit";

export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 25_000;

// GET /api/v1/events — server-sent events: one "change" event per committed item change, from
// any app instance (PostgreSQL LISTEN/NOTIFY), and an "inbox" event when the caller's own inbox
// changed. Clients refetch what they show; no data is pushed.
export const GET = defineRoute(API.events.action, API.events, async (_input, { request, actor }) => {
  // Sessions only today (no token scope includes this action), but a token would count as itself.
  const release = claimStream(actor!.kind === "user" ? actor!.userId : `token:${actor!.tokenId}`);
  if (!release) {
    return errorResponse(
      { code: "rate_limited", message: `At most ${MAX_STREAMS_PER_CALLER} event streams may be open at once for one user; close another tab or retry later.` },
      { "Retry-After": "30" },
    );
  }
  const encoder = new TextEncoder();
  let cleanup = release;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      let unsubscribe: () => void;
      try {
        const self = actor!.kind === "user" ? actor!.userId : null;
        unsubscribe = await subscribe((event) => {
          // Inbox news is for the people it names: others never learn who was told what.
          if (event.type === "inbox") {
            if (self && event.userIds.includes(self)) send(`event: inbox\ndata: {}\n\n`);
            return;
          }
          send(`event: change\ndata: ${JSON.stringify(event)}\n\n`);
        });
      } catch (error) {
        release();
        throw error;
      }
      const heartbeat = setInterval(() => send(": keep-alive\n\n"), HEARTBEAT_MS);
      cleanup = () => {
        clearInterval(heartbeat);
        unsubscribe();
        release();
      };
      const close = () => {
        cleanup();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      // The caller may have gone while the subscription was being set up.
      if (request.signal.aborted) return close();
      request.signal.addEventListener("abort", close);
      send("retry: 5000\n: connected\n\n");
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", connection: "keep-alive", "x-accel-buffering": "no" },
  });
});
