"use client";

import { useRouter } from "next/navigation";
import { useEffect, useReducer, useRef, useState } from "react";
import { toast } from "sonner";
import { conflictMessage, conflictOf } from "@/components/backlog/conflict";
import { useTimeZone } from "@/components/time/time-zone";
import { setStatusAction, updateItemAction } from "@/lib/backlog/actions";
import { STATUS_LABELS, type Priority, type Status } from "@/lib/backlog/labels";
import type { TriageAssignee, TriageItem } from "@/lib/backlog/triage-queries";
import type { ActionError, ActionResult } from "@/lib/result";
import {
  addDecision,
  entryFields,
  entryFromConflict,
  focusIndex,
  initialState,
  leavesInbox,
  previousValues,
  reducer,
  undoTarget,
  UNDO_MS,
  type Changes,
  type Decision,
} from "./triage-state";

// Decisions apply at once (the item leaves the list before the server answers), are saved one
// after another so each carries the version the previous save produced, and can be undone while
// their toast shows. The rules for the list itself are in triage-state.ts.

/** Only a status (and a blocked item's reason): the same status change as the table and the API. */
const isStatusChange = (changes: Changes): changes is Changes & { status: Status } =>
  changes.status !== undefined && Object.keys(changes).every((k) => k === "status" || k === "blockedReason");

/** A failed call (network, server restart) reads like a refused one, so the queue is put right. */
async function save(id: string, version: number, changes: Changes): Promise<ActionResult<{ version: number }>> {
  try {
    if (isStatusChange(changes)) {
      const { status, blockedReason } = changes;
      return await setStatusAction({ id, version, status, ...(blockedReason !== undefined ? { blockedReason } : {}) });
    }
    return await updateItemAction({ id, version, changes });
  } catch {
    return { ok: false, error: { code: "unavailable", message: "Could not reach the server; nothing was saved." } };
  }
}

export function useTriageQueue({ queue: serverQueue, total: serverTotal, assignees }: { queue: TriageItem[]; total: number; assignees: TriageAssignee[] }) {
  const zone = useTimeZone();
  const router = useRouter();
  const [state, dispatch] = useReducer(reducer, null, () => initialState(serverQueue, serverTotal));
  // A fresh server list (live updates, the next batch) replaces the queue; focus and undo stay.
  const [source, setSource] = useState(serverQueue);
  if (source !== serverQueue) {
    setSource(serverQueue);
    dispatch({ type: "sync", queue: serverQueue, total: serverTotal });
  }
  const [lastDecision, setLastDecision] = useState<Decision | null>(null);
  const saves = useRef<Promise<void>>(Promise.resolve());
  const versions = useRef(new Map<string, number>());
  const history = useRef<Decision[]>([]);
  const decisionCount = useRef(0);

  const focused = state.queue[focusIndex(state)] ?? null;
  const nameOf = (id: string | null) => (id ? (assignees.find((a) => a.id === id)?.name ?? "another user") : null);
  const versionOf = (item: TriageItem) => Math.max(versions.current.get(item.id) ?? 0, item.version);

  /** Saves run one after another: each sends the version the one before it produced. */
  const enqueue = (task: () => Promise<void>) => {
    saves.current = saves.current.then(task).catch((e: unknown) => void toast.error(e instanceof Error ? e.message : "Something went wrong."));
  };

  const showLatest = () => setLastDecision(undoTarget(history.current, Date.now()) ?? null);
  const remember = (d: Decision) => {
    history.current = addDecision(history.current, d, Date.now());
    setLastDecision(d);
    setTimeout(showLatest, UNDO_MS + 50);
  };

  /** Puts the queue right after a refused save and says why. */
  function refused(item: TriageItem, index: number, restore: TriageItem | null, error: ActionError, what: string) {
    const current = conflictOf(error);
    if (current) {
      versions.current.set(item.id, current.version);
      const { entry, untriaged } = entryFromConflict(item, current, nameOf);
      dispatch({ type: "place", item: entry, index, keep: untriaged });
    } else if (restore) {
      dispatch({ type: "place", item: restore, index, keep: true });
    }
    const message = current ? `${conflictMessage(current, zone)} ${what} was not saved.` : `${what} was not saved: ${error.message}`;
    toast.error(message);
    dispatch({ type: "notice", notice: { id: item.id, message } });
    dispatch({ type: "announce", message, count: false });
  }

  function decide(item: TriageItem, changes: Changes, message: string) {
    const index = state.queue.findIndex((it) => it.id === item.id);
    const removed = leavesInbox(changes);
    const before = previousValues(item, changes);
    dispatch({ type: "notice", notice: null });
    if (removed) dispatch({ type: "remove", id: item.id });
    else dispatch({ type: "patch", id: item.id, fields: entryFields(changes, nameOf(changes.assigneeId ?? null)) });
    enqueue(async () => {
      const result = await save(item.id, versionOf(item), changes);
      if (!result.ok) return refused(item, index, item, result.error, `Your change to ${item.key}`);
      versions.current.set(item.id, result.data.version);
      dispatch({ type: "patch", id: item.id, fields: { version: result.data.version } });
      const decision: Decision = { id: ++decisionCount.current, item, index, before, removed, message, at: Date.now() };
      decision.toastId = toast(message, { action: { label: "Undo", onClick: () => undo(decision.id) }, duration: UNDO_MS });
      remember(decision);
      dispatch({ type: "announce", message });
    });
  }

  /** The given decision (a toast's Undo), or the latest one still within its undo time. */
  function undo(decisionId?: number) {
    enqueue(async () => {
      const decision = undoTarget(history.current, Date.now(), decisionId);
      if (!decision) return void dispatch({ type: "announce", message: "Nothing to undo", count: false });
      history.current = history.current.filter((d) => d.id !== decision.id);
      showLatest();
      // (Without an id, dismiss would close every toast.)
      if (decision.toastId !== undefined) toast.dismiss(decision.toastId);
      const { item } = decision;
      const result = await save(item.id, versionOf(item), decision.before);
      if (!result.ok) return refused(item, decision.index, null, result.error, `Undoing ${item.key}`);
      versions.current.set(item.id, result.data.version);
      if (decision.removed) dispatch({ type: "place", item: { ...item, version: result.data.version }, index: decision.index, keep: true });
      else dispatch({ type: "patch", id: item.id, fields: { ...entryFields(decision.before, item.assigneeName), version: result.data.version } });
      const message = `Undone: ${decision.message}`;
      toast(message, { duration: 3_000 });
      dispatch({ type: "announce", message });
    });
  }

  const setPriority = (item: TriageItem, priority: Priority) => decide(item, { priority }, `${item.key} set to ${priority}`);
  const assign = (item: TriageItem, assigneeId: string | null) => {
    if (assigneeId === item.assigneeId) return;
    decide(item, { assigneeId }, assigneeId ? `${item.key} assigned to ${nameOf(assigneeId)}` : `${item.key} unassigned`);
  };
  const setStatus = (item: TriageItem, status: Status, blockedReason: string | null) => {
    if (status === item.status && (status !== "blocked" || blockedReason === item.blockedReason)) return;
    decide(item, status === "blocked" ? { status, blockedReason } : { status }, `${item.key} set to ${STATUS_LABELS[status]}`);
  };

  // The queue shows the oldest 200; once they are done, fetch the next ones after the saves land.
  const drained = state.queue.length === 0 && state.total > 0;
  useEffect(() => {
    if (!drained) return;
    let live = true;
    void saves.current.then(() => live && router.refresh());
    return () => {
      live = false;
    };
  }, [drained, source, router]);

  return {
    queue: state.queue,
    total: state.total,
    announcement: state.announcement,
    focused,
    /** A refused save's explanation, shown while its item is the focused one. */
    notice: state.notice && focused && state.notice.id === focused.id ? state.notice.message : null,
    drained,
    lastDecision,
    focus: (id: string) => dispatch({ type: "focus", id }),
    move: (by: 1 | -1) => dispatch({ type: "move", by }),
    setPriority,
    assign,
    setStatus,
    undo,
  };
}
