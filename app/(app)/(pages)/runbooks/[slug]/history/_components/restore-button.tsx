"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { useItemAction } from "@/components/use-item-action";
import { restoreRevisionAction } from "@/lib/runbooks/actions";
import { runbookPath } from "@/lib/runbooks/paths";

type Props = { runbookId: string; version: number; revision: number; currentRevision: number };

/**
 * Restoring copies an old text into a new revision (nothing is lost), so an inline question is
 * enough of a guard. Afterwards the page compares the text it replaced with the restored one.
 */
export function RestoreButton({ runbookId, version, revision, currentRevision }: Props) {
  const router = useRouter();
  const { run, pending } = useItemAction();
  const [confirming, setConfirming] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  // Cancelling unmounts the focused button; hand focus back to the one that opened the question.
  useEffect(() => {
    if (!confirming && wasOpen.current) trigger.current?.focus();
    wasOpen.current = confirming;
  }, [confirming]);

  if (!confirming) {
    return (
      <Button ref={trigger} variant="secondary" size="sm" onClick={() => setConfirming(true)} aria-label={`Restore revision ${revision}`}>
        Restore
      </Button>
    );
  }

  const restore = () =>
    run(() => restoreRevisionAction({ id: runbookId, version, revision }), {
      success: (data) => `Restored revision ${revision} as revision ${data.revision}`,
      // Navigating shows the new state; a plain refresh would keep the old comparison on screen.
      refresh: false,
      onSuccess: (data) => router.push(`${runbookPath(data.slug, "history")}?from=${currentRevision}&to=${data.revision}`),
      onError: () => {
        // A conflict means someone saved meanwhile: reload so the next try carries their version.
        setConfirming(false);
        router.refresh();
      },
    });

  return (
    <span
      role="group"
      aria-label={`Restore revision ${revision}`}
      className="inline-flex items-center gap-2"
      onKeyDown={(e) => {
        if (e.key === "Escape" && !pending) setConfirming(false);
      }}
    >
      <span className="text-sm whitespace-nowrap">Restore revision {revision}?</span>
      <Button size="sm" onClick={restore} disabled={pending} autoFocus>
        {pending ? "Restoring…" : "Restore"}
      </Button>
      <Button variant="ghost" size="sm" onClick={() => setConfirming(false)} disabled={pending}>
        Cancel
      </Button>
    </span>
  );
}
