"use client";

import { useOptimistic, useState } from "react";
import { toast } from "sonner";
import { conflictMessage, conflictOf } from "@/components/backlog/conflict";
import { useTimeZone } from "@/components/time/time-zone";
import { StatusBadge } from "@/components/backlog/badges";
import { asksBeforeDone, OpenCriteriaList } from "@/components/backlog/open-criteria-list";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Input, Select } from "@/components/ui/input";
import { useItemAction } from "@/components/use-item-action";
import { setStatusAction } from "@/lib/backlog/actions";
import { STATUSES } from "@/lib/backlog/query";
import { STATUS_LABELS, type Status } from "@/lib/backlog/labels";
import { NO_OPEN_CRITERIA, type OpenCriteria } from "@/lib/backlog/open-criteria";

// The one status control (engineers and up), in the backlog table ("compact") and on the item
// page ("full"). Choosing "Blocked" asks what it is blocked on, in place, before anything is
// saved; a blocked item's reason can be edited the same way on the item page. Choosing "Done"
// while acceptance criteria are open asks first and names them (the server allows it; this is a
// safeguard against a slip, not a rule). A change someone else made first is refused with who and
// when, and the view then shows their change.

type Props = {
  id: string;
  itemKey: string;
  version: number;
  status: Status;
  blockedReason: string | null;
  variant: "compact" | "full";
  /** The item's unticked acceptance criteria, named before a Done. */
  openCriteria?: OpenCriteria;
  /** After a save or a refusal (the table refetches its rows); by default the page is refreshed. */
  onSettled?: () => void;
};

export function StatusPicker({ id, itemKey, version, status, blockedReason, variant, openCriteria = NO_OPEN_CRITERIA, onSettled }: Props) {
  const { pending, run } = useItemAction();
  const zone = useTimeZone();
  const [shown, setShown] = useOptimistic(status);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState("");
  const [confirmingDone, setConfirmingDone] = useState(false);

  function save(next: Status, why?: string) {
    run(() => setStatusAction({ id, version, status: next, ...(why !== undefined ? { blockedReason: why } : {}) }), {
      success: `${itemKey} → ${STATUS_LABELS[next]}`,
      optimistic: () => setShown(next),
      onSuccess: () => setAsking(false),
      onError: (error) => {
        const current = conflictOf(error);
        if (current) toast.error(`${itemKey}: ${conflictMessage(current, zone)} Not saved; it now shows their change.`);
        else toast.error(`${itemKey}: ${error.message}`);
        return true;
      },
      refresh: !onSettled,
      onSettled,
    });
  }

  function ask() {
    setReason(blockedReason ?? "");
    setAsking(true);
  }

  const choose = (next: Status) => {
    if (next === "blocked") ask();
    else if (asksBeforeDone(status, next, openCriteria)) {
      // The select is controlled, so it keeps showing the current status while the question is open.
      setAsking(false);
      setConfirmingDone(true);
    } else {
      setAsking(false);
      save(next);
    }
  };
  const submitReason = (e: React.FormEvent) => {
    e.preventDefault();
    if (reason.trim()) save("blocked", reason.trim());
  };
  // Mounted only while asked: a backlog page has fifty pickers, and a closed dialog still costs each a render.
  const confirmDone = confirmingDone && (
    <ConfirmDialog
      open={confirmingDone}
      onOpenChange={setConfirmingDone}
      title={`Mark ${itemKey} done?`}
      description={<OpenCriteriaList criteria={openCriteria} />}
      confirmLabel="Mark done anyway"
      pendingLabel="Saving…"
      pending={pending}
      onConfirm={(close) => {
        close();
        save("done");
      }}
    />
  );
  // Paper cannot open a select: the status prints as its text (app/globals.css hides the select).
  const printed = (
    <span className="hidden print:inline">
      <StatusBadge status={shown} />
    </span>
  );
  const options = STATUSES.map((s) => (
    <option key={s} value={s}>
      {STATUS_LABELS[s]}
    </option>
  ));

  if (variant === "compact") {
    if (asking) {
      return (
        <form className="flex items-center gap-1" onSubmit={submitReason}>
          <Input autoFocus aria-label={`Why is ${itemKey} blocked?`} placeholder="Blocked on…" className="h-8 w-40" value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} onKeyDown={(e) => e.key === "Escape" && setAsking(false)} />
          <Button type="submit" size="sm" disabled={pending || !reason.trim()}>
            Save
          </Button>
        </form>
      );
    }
    return (
      <>
        <Select
          aria-label={`Status of ${itemKey}`}
          // As wide as its longest label ("Not started"), never cut to "Not starte".
          className="h-8 w-auto"
          value={shown}
          disabled={pending}
          title={status === "blocked" && blockedReason ? `Blocked: ${blockedReason}` : undefined}
          onChange={(e) => choose(e.target.value as Status)}
        >
          {options}
        </Select>
        {printed}
        {confirmDone}
      </>
    );
  }

  return (
    <div className="space-y-2">
      <Select
        id="item-status"
        aria-keyshortcuts="S"
        value={asking ? "blocked" : shown}
        disabled={pending}
        aria-describedby={status === "blocked" && blockedReason ? "item-blocked-reason" : undefined}
        onChange={(e) => choose(e.target.value as Status)}
      >
        {options}
      </Select>
      {printed}
      {asking ? (
        <form className="space-y-2" onSubmit={submitReason}>
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
      {confirmDone}
    </div>
  );
}
