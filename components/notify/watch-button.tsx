"use client";

import { Eye, EyeOff } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useItemAction } from "@/components/use-item-action";
import type { WatchSubject } from "@/lib/domain/notifications";
import { watchAction } from "@/lib/inbox/actions";

const NOUN: Record<WatchSubject, string> = { item: "item", runbook: "runbook", metric: "metric", project: "project" };

/** Watch / Unwatch: a toggle button (aria-pressed) whose state shows at once and settles on the server's answer. */
export function WatchButton({
  subjectType,
  subjectId,
  watching: initial,
  subjectName,
  showNoun = false,
}: {
  subjectType: WatchSubject;
  subjectId: string;
  watching: boolean;
  subjectName?: string;
  /** "Watch project" rather than "Watch", where the page is not the subject's own (the backlog). */
  showNoun?: boolean;
}) {
  const { pending, run } = useItemAction();
  const [watching, setWatching] = useState(initial);
  const [shown, setShown] = useState(initial);
  if (shown !== initial) {
    // A newer server value (after a refresh) wins over the local one.
    setShown(initial);
    setWatching(initial);
  }
  const next = !watching;
  return (
    <Button
      variant="secondary"
      size="sm"
      aria-pressed={watching}
      // In a list, the name also says which one (the visible word stays first in it).
      aria-label={subjectName ? `${watching ? "Watching" : "Watch"} ${subjectName}` : undefined}
      disabled={pending}
      title={watching ? `You are told about changes to this ${NOUN[subjectType]}` : `Be told about changes to this ${NOUN[subjectType]}`}
      onClick={() =>
        run(() => watchAction({ subjectType, subjectId, watching: next }), {
          optimistic: () => setWatching(next),
          success: next ? `Watching this ${NOUN[subjectType]}` : `Stopped watching this ${NOUN[subjectType]}`,
          onError: () => {
            setWatching(!next);
          },
        })
      }
    >
      {watching ? <Eye className="size-4" aria-hidden /> : <EyeOff className="size-4" aria-hidden />}
      <span className="ml-1.5">
        {watching ? "Watching" : "Watch"}
        {showNoun && ` ${NOUN[subjectType]}`}
      </span>
    </Button>
  );
}
