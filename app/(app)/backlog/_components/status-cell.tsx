"use client";

import { useState } from "react";
import { toast } from "sonner";
import { StatusBadge } from "@/components/backlog/badges";
import { conflictMessage, conflictOf } from "@/components/backlog/conflict";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { setStatusAction } from "@/lib/backlog/actions";
import { STATUS_LABELS, type Status } from "@/lib/backlog/labels";
import { STATUSES } from "@/lib/backlog/filters";
import type { BacklogRow } from "@/lib/backlog/list";

/** Inline status change from the table; "Blocked" asks for the reason in place before saving. */
export function StatusCell({ row, canEdit, onChanged }: { row: BacklogRow; canEdit: boolean; onChanged: () => void }) {
  const [pending, setPending] = useState(false);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState("");
  if (!canEdit) return <StatusBadge status={row.status} />;

  async function save(status: Status, blockedReason?: string) {
    setPending(true);
    const result = await setStatusAction({ id: row.id, version: row.version, status, ...(blockedReason ? { blockedReason } : {}) });
    setPending(false);
    if (result.ok) {
      setAsking(false);
      toast.success(`${row.key} → ${STATUS_LABELS[status]}`);
    } else {
      const current = conflictOf(result.error);
      toast.error(current ? `${row.key}: ${conflictMessage(current)} Not saved; the row now shows their change.` : `${row.key}: ${result.error.message}`);
    }
    onChanged();
  }

  if (asking) {
    return (
      <form
        className="flex items-center gap-1"
        onSubmit={(e) => {
          e.preventDefault();
          if (reason.trim()) void save("blocked", reason.trim());
        }}
      >
        <Input autoFocus aria-label={`Why is ${row.key} blocked?`} placeholder="Blocked on…" className="h-8 w-40" value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} onKeyDown={(e) => e.key === "Escape" && setAsking(false)} />
        <Button type="submit" size="sm" disabled={pending || !reason.trim()}>
          Save
        </Button>
      </form>
    );
  }
  return (
    <Select
      aria-label={`Status of ${row.key}`}
      className="h-8 w-32"
      value={row.status}
      disabled={pending}
      title={row.status === "blocked" && row.blockedReason ? `Blocked: ${row.blockedReason}` : undefined}
      onChange={(e) => {
        const status = e.target.value as Status;
        if (status === "blocked") setAsking(true);
        else void save(status);
      }}
    >
      {STATUSES.map((s) => (
        <option key={s} value={s}>
          {STATUS_LABELS[s]}
        </option>
      ))}
    </Select>
  );
}
