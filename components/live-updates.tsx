"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useEffectEvent } from "react";
import { createLiveCoalescer, parseChange } from "./live-updates-logic";

/**
 * Keeps open pages current: listens to /api/v1/events and, after a burst of changes, refetches
 * client queries and re-renders server components. Renders nothing; mounted once per signed-in layout.
 */
export function LiveUpdates({ userId }: { userId: string }) {
  const queryClient = useQueryClient();
  const router = useRouter();
  // Effect events: the connection below must not reopen when the router or client identity changes.
  const invalidate = useEffectEvent(() => void queryClient.invalidateQueries({ queryKey: ["items"] }));
  const refresh = useEffectEvent(() => router.refresh());
  // The caller's own inbox changed (a new entry, or read on another device): the bell refetches,
  // and the inbox page, if open, re-renders.
  const inboxChanged = useEffectEvent(() => {
    void queryClient.invalidateQueries({ queryKey: ["inbox"] });
    if (window.location.pathname === "/inbox") router.refresh();
  });

  useEffect(() => {
    const live = createLiveCoalescer({
      selfId: userId,
      isHidden: () => document.visibilityState === "hidden",
      onInvalidate: () => invalidate(),
      onRefresh: () => refresh(),
    });
    // EventSource reconnects by itself (the server sends retry: 5000).
    const source = new EventSource("/api/v1/events");
    let lostConnection = false;

    const onChange = (event: MessageEvent) => {
      const change = parseChange(event.data);
      if (change) live.receive(change);
    };
    // Changes made while disconnected were never sent: catch up once the stream is back.
    const onError = () => {
      lostConnection = true;
    };
    const onOpen = () => {
      if (lostConnection) {
        live.receive({ by: null });
        inboxChanged();
      }
      lostConnection = false;
    };
    const onVisibility = () => {
      if (document.visibilityState === "visible") live.resume();
    };

    const onInbox = () => inboxChanged();
    source.addEventListener("change", onChange);
    source.addEventListener("inbox", onInbox);
    source.addEventListener("error", onError);
    source.addEventListener("open", onOpen);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      source.close();
      document.removeEventListener("visibilitychange", onVisibility);
      live.dispose();
    };
  }, [userId]);

  return null;
}
