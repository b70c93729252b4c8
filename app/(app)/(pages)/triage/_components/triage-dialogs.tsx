"use client";

import { Command } from "cmdk";
import { useState } from "react";
import { ShortcutHelp } from "@/components/keyboard/shortcut-help";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Modal } from "@/components/ui/modal";
import { asksBeforeDone, OpenCriteriaList } from "@/components/backlog/open-criteria-list";
import { STATUS_LABELS, type Status } from "@/lib/backlog/labels";
import type { TriageAssignee, TriageItem } from "@/lib/backlog/triage-queries";
import { TRIAGE_SHORTCUTS } from "./triage-keys";
import { UNDO_MS } from "./triage-state";
import { isClosed, STATUSES } from "@/lib/domain/items";

// The inbox's dialogs: the assignee and status pickers (a small modal with a type-to-filter
// listbox, cmdk) and the keyboard help overlay. The status picker asks in place for what a choice
// needs first: a blocked item's reason, or a yes before Done over open acceptance criteria.


type Option = { id: string; label: string; detail?: string; current?: boolean };

/** Type to filter, arrows to move, Enter to choose; Escape closes the dialog around it. */
const optionValue = (o: Option) => `${o.label} ${o.detail ?? ""}`.trim();

function OptionList({ label, placeholder, options, onPick }: { label: string; placeholder: string; options: Option[]; onPick: (id: string) => void }) {
  const current = options.find((o) => o.current);
  return (
    // Starts on the current value; typing moves the selection to the best match.
    <Command label={label} loop defaultValue={current ? optionValue(current) : undefined}>
      <Command.Input placeholder={placeholder} className="h-10 w-full border-b border-border bg-transparent px-4 text-sm placeholder:text-muted-foreground" />
      <Command.List className="max-h-72 overflow-y-auto p-1.5">
        <Command.Empty className="px-3 py-6 text-center text-sm text-muted-foreground">No match.</Command.Empty>
        {options.map((o) => (
          <Command.Item
            key={o.id}
            // What typing matches (and, unique per option, what cmdk tells options apart by).
            value={optionValue(o)}
            onSelect={() => onPick(o.id)}
            className="flex cursor-pointer items-center gap-2 rounded-md px-2.5 py-1.5 text-sm data-[selected=true]:bg-muted"
          >
            <span className="flex-1 truncate">{o.label}</span>
            {o.detail ? <span className="truncate text-xs text-muted-foreground">{o.detail}</span> : null}
            {o.current ? <span className="rounded border border-border px-1 text-[0.7rem] text-muted-foreground">current</span> : null}
          </Command.Item>
        ))}
      </Command.List>
    </Command>
  );
}

export function AssignPicker({ item, assignees, onPick, onClose }: { item: TriageItem; assignees: TriageAssignee[]; onPick: (id: string | null) => void; onClose: () => void }) {
  const NONE = "none";
  const options: Option[] = [
    { id: NONE, label: "Unassigned", current: !item.assigneeId },
    ...assignees.map((a) => ({ id: a.id, label: a.name, detail: a.email, current: a.id === item.assigneeId })),
  ];
  return (
    <Modal title={`Assign ${item.key}`} onOpenChange={(open) => !open && onClose()}>
      <OptionList label="Engineers and leads" placeholder="Type a name…" options={options} onPick={(id) => onPick(id === NONE ? null : id)} />
    </Modal>
  );
}

export function StatusPicker({ item, onPick, onClose }: { item: TriageItem; onPick: (status: Status, reason: string | null) => void; onClose: () => void }) {
  const [askReason, setAskReason] = useState(false);
  const [confirmDone, setConfirmDone] = useState(false);
  const [reason, setReason] = useState(item.blockedReason ?? "");
  const options: Option[] = STATUSES.map((s) => ({ id: s, label: STATUS_LABELS[s], detail: isClosed(s) ? "leaves the inbox" : undefined, current: s === item.status }));
  const pick = (s: Status) => {
    if (s === "blocked") setAskReason(true);
    else if (asksBeforeDone(item.status, s, item.openCriteria)) setConfirmDone(true);
    else onPick(s, null);
  };
  const title = askReason ? `Why is ${item.key} blocked?` : confirmDone ? `Mark ${item.key} done?` : `Status of ${item.key}`;
  return (
    <Modal title={title} onOpenChange={(open) => !open && onClose()}>
      {confirmDone ? (
        <div className="space-y-3 p-4 text-sm text-muted-foreground">
          <OpenCriteriaList criteria={item.openCriteria} />
          <div className="flex justify-end gap-2">
            {/* The list this replaces held the focus; the safe answer takes it, so a held Enter cannot close the item. */}
            <Button size="sm" variant="ghost" autoFocus onClick={onClose}>
              Cancel
            </Button>
            <Button size="sm" variant="danger" className="bg-danger text-white hover:bg-danger/90" onClick={() => onPick("done", null)}>
              Mark done anyway
            </Button>
          </div>
        </div>
      ) : askReason ? (
        <form
          className="space-y-3 p-4"
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim()) onPick("blocked", reason.trim());
          }}
        >
          <label htmlFor="triage-blocked-reason" className="block text-sm font-medium">
            What is it waiting for?
          </label>
          {/* The list this replaces held the focus; hand it to the field that needs typing next. */}
          <Input id="triage-blocked-reason" autoFocus required maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
          <div className="flex justify-end gap-2">
            <Button size="sm" variant="ghost" onClick={() => setAskReason(false)}>
              Back
            </Button>
            <Button size="sm" type="submit" disabled={!reason.trim()}>
              Set blocked
            </Button>
          </div>
        </form>
      ) : (
        <OptionList label="Statuses" placeholder="Type a status…" options={options} onPick={(s) => pick(s as Status)} />
      )}
    </Modal>
  );
}

export function HelpDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  return <ShortcutHelp open={open} onOpenChange={onOpenChange} shortcuts={TRIAGE_SHORTCUTS} footer={`Each decision can be undone for ${UNDO_MS / 1000} seconds.`} />;
}
