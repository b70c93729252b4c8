import "server-only";
import { getDbHandle } from "@/db";
import { CHANNEL, type ChangeEvent } from "./publish";

// One LISTEN per app instance, fanned out to every open event stream of that instance.

type Subscriber = (event: ChangeEvent) => void;
const g = globalThis as unknown as { __liveSubscribers?: Set<Subscriber>; __liveListening?: Promise<void> };
const subscribers = (g.__liveSubscribers ??= new Set());

function ensureListening(): Promise<void> {
  g.__liveListening ??= (async () => {
    const handle = await getDbHandle();
    await handle.listen(CHANNEL, (payload) => {
      let event: ChangeEvent;
      try {
        event = JSON.parse(payload) as ChangeEvent;
      } catch {
        return;
      }
      for (const s of subscribers) s(event);
    });
  })().catch((error) => {
    g.__liveListening = undefined; // retry on the next subscriber
    throw error;
  });
  return g.__liveListening;
}

export async function subscribe(fn: Subscriber): Promise<() => void> {
  await ensureListening();
  subscribers.add(fn);
  return () => subscribers.delete(fn);
}
