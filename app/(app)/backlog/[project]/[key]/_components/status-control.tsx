"use client";

import { useOptimistic, useState } from "react";
import { toast } from "sonner";
import { conflictMessage, conflictOf } from "@/components/backlog/conflict";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { setStatusAction } from "@/lib/backlog/actions";
import { STATUS_LABELS, type Status } from "@/lib/backlog/labels";
import { useItemAction } from "@/components/use-item-action";

const STATUSES = Object.keys(STATUS_LABELS) as Status[];

/**
 * The status select (engineers and up). Choosing "Blocked" asks why, in place, before saving;
 * a blocked item's reason can be edited the same way.
 */
export function StatusControl({ id, itemKey, version, status, blockedReason }: { id: string; itemKey: string; version: number; status: Status; blockedReason: string | null }) {
  const { pending, run } = useItemAction();
  const [shown, setShown] = useOptimistic(status);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState("");

  function save(next: Status, why?: string) {
    run(() => setStatusAction({ id, version, status: next, ...(why !== undefined ? { blockedReason: why } : {}) }), {
      success: `${itemKey} → ${STATUS_LABELS[next]}`,
      optimistic: () => setShown(next),
      onSuccess: () => setAsking(false),
      onError: (error) => {
        const current = conflictOf(error);
        if (!current) return false;
        toast.error(`${conflictMessage(current)} Not saved: the page now shows their change.`);
        return true;
      },
    });
  }

  function ask() {
    setReason(blockedReason ?? "");
    setAsking(true);
  }

  return (
    <div className="space-y-2">
      <Select
        id="item-status"
        value={asking ? "blocked" : shown}
        disabled={pending}
        aria-describedby={status === "blocked" && blockedReason ? "item-blocked-reason" : undefined}
        onChange={(e) => {
          const next = e.target.value as Status;
          if (next === "blocked") ask();
          else {
            setAsking(false);
            save(next);
          }
        }}
      >
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABELS[s]}
          </option>
        ))}
      </Select>
      {asking ? (
        <form
          className="space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim()) save("blocked", reason.trim());
          }}
        >
          <label htmlFor="item-blocked-input" className="block text-xs font-medium">
            What is it blocked on?
          </label>
          <Input
            id="item-blocked-input"
            autoFocus
            required
            maxLength={1000}
            value={reason}
            placeholder="Waiting for the vendor's fix…"
            onChange={(e) => setReason(e.target.value)}
            onKeyDown={(e) => e.key === "Escape" && setAsking(false)}
          />
          <div className="flex gap-2">
            <Button type="submit" size="sm" disabled={pending || !reason.trim()}>
              {pending ? "Saving…" : status === "blocked" ? "Save reason" : "Mark blocked"}
            </Button>
            <Button size="sm" variant="ghost" disabled={pending} onClick={() => setAsking(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : status === "blocked" ? (
        <div className="text-sm">
          <p id="item-blocked-reason" className="text-muted-foreground">
            Blocked on: <span className="text-foreground">{blockedReason ?? "—"}</span>
          </p>
          <Button size="sm" variant="ghost" className="-ml-2.5" disabled={pending} onClick={ask}>
            Edit reason
          </Button>
        </div>
      ) : null}
    </div>
  );
}
