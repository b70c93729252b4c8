import { API } from "@/lib/api/catalog";
import { defineRoute } from "@/lib/auth/route";
import { subscribe } from "@/lib/live/listen";

export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 25_000;

// GET /api/v1/events — server-sent events: one "change" event per committed item change, from
// any app instance (PostgreSQL LISTEN/NOTIFY). Clients refetch what they show; no data is pushed.
export const GET = defineRoute(API.events.action, API.events, async (_input, { request }) => {
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      const unsubscribe = await subscribe((event) => send(`event: change\ndata: ${JSON.stringify(event)}\n\n`));
      const heartbeat = setInterval(() => send(": keep-alive\n\n"), HEARTBEAT_MS);
      cleanup = () => {
        clearInterval(heartbeat);
        unsubscribe();
      };
      request.signal.addEventListener("abort", () => {
        cleanup();
        try {
          controller.close();
        } catch {
          // already closed
        }
      });
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
