import type { ConflictCurrent } from "@/components/backlog/conflict";
import type { Priority, Status } from "@/lib/backlog/labels";
import type { TriageItem } from "@/lib/backlog/triage-queries";
import { isClosed } from "@/lib/domain/items";

// The triage queue as plain data: what a decision changes, how the list answers (removal, focus,
// putting an item back) and how long a decision stays undoable. Kept free of React, the server
// and the DOM so the rules are unit-tested; use-triage-queue.ts drives it.

export const UNDO_MS = 6_000;
/** TRIAGE_DESCRIPTION_CHARS, copied (it lives in a server module): conflicts cut descriptions like the queue. */
const DESCRIPTION_CHARS = 2_000;

/** What a triage decision writes; undo writes the same fields back (priority back to null). */
export type Changes = { priority?: Priority | null; assigneeId?: string | null; status?: Status; blockedReason?: string | null };

export type Decision = {
  id: number;
  /** The entry as it was before, to put back on undo. */
  item: TriageItem;
  /** Its place in the queue then. */
  index: number;
  before: Changes;
  /** The decision took the item out of the inbox. */
  removed: boolean;
  message: string;
  at: number;
  toastId?: string | number;
};

export const leavesInbox = (changes: Changes) => !!changes.priority || (!!changes.status && isClosed(changes.status));

/** The values `changes` will overwrite, read from the entry: undo writes these back. */
export function previousValues(item: TriageItem, changes: Changes): Changes {
  const out: Changes = {};
  if (changes.priority !== undefined) out.priority = null; // everything in the inbox is untriaged
  if (changes.assigneeId !== undefined) out.assigneeId = item.assigneeId;
  if (changes.status !== undefined) {
    out.status = item.status;
    out.blockedReason = item.blockedReason;
  }
  return out;
}

/** How `changes` show on a queue entry. */
export function entryFields(changes: Changes, assigneeName: string | null): Partial<TriageItem> {
  const out: Partial<TriageItem> = {};
  if (changes.assigneeId !== undefined) Object.assign(out, { assigneeId: changes.assigneeId, assigneeName });
  if (changes.status !== undefined) Object.assign(out, { status: changes.status, blockedReason: changes.status === "blocked" ? (changes.blockedReason ?? null) : null });
  return out;
}

type ItemNow = ConflictCurrent & Partial<Pick<TriageItem, "title" | "description" | "categoryPath" | "status" | "blockedReason" | "severity" | "effortHours" | "impact" | "assigneeId">> & { priority?: Priority | null };

/** The entry as someone else left it (from a conflict's current values), and whether it still needs triage. */
export function entryFromConflict(item: TriageItem, current: ConflictCurrent, nameOf: (id: string | null) => string | null) {
  const now = current as ItemNow;
  const pick = <K extends keyof ItemNow & keyof TriageItem>(k: K) => (now[k] !== undefined ? now[k] : item[k]) as TriageItem[K];
  const description = pick("description");
  const assigneeId = pick("assigneeId");
  const entry: TriageItem = {
    ...item,
    title: pick("title"),
    description: description.slice(0, DESCRIPTION_CHARS),
    descriptionTruncated: now.description !== undefined ? description.length > DESCRIPTION_CHARS : item.descriptionTruncated,
    categoryPath: pick("categoryPath"),
    status: pick("status"),
    blockedReason: pick("blockedReason"),
    severity: pick("severity"),
    effortHours: pick("effortHours"),
    impact: pick("impact"),
    assigneeId,
    assigneeName: assigneeId === item.assigneeId ? item.assigneeName : nameOf(assigneeId),
    version: now.version,
  };
  return { entry, untriaged: (now.priority ?? null) === null && !isClosed(entry.status) };
}

// ---- Undo window -------------------------------------------------------------------------------

export const undoable = (d: Decision, now: number) => now - d.at < UNDO_MS;

/** The history with `d` added; expired decisions are dropped so it stays short. */
export const addDecision = (history: Decision[], d: Decision, now: number) => [...history.filter((h) => undoable(h, now)), d];

/**
 * What an undo acts on: the given decision (a toast's Undo, for as long as its toast shows), or
 * else the latest one still within its undo time.
 */
export function undoTarget(history: Decision[], now: number, decisionId?: number): Decision | undefined {
  return decisionId === undefined ? history.findLast((d) => undoable(d, now)) : history.find((d) => d.id === decisionId);
}

// ---- Queue state -------------------------------------------------------------------------------

export type State = {
  queue: TriageItem[];
  total: number;
  focusId: string | null;
  /** Taken out here; kept out of refreshed server lists even if their save has not landed yet. */
  hidden: string[];
  announcement: string;
  notice: { id: string; message: string } | null;
};

export type Action =
  | { type: "sync"; queue: TriageItem[]; total: number }
  | { type: "focus"; id: string }
  | { type: "move"; by: 1 | -1 }
  | { type: "patch"; id: string; fields: Partial<TriageItem> }
  | { type: "remove"; id: string }
  /** Make the queue show `item` (inserted at `index` and focused if missing), or drop it if !keep. */
  | { type: "place"; item: TriageItem; index: number; keep: boolean }
  | { type: "announce"; message: string; count?: boolean }
  | { type: "notice"; notice: State["notice"] };

export const initialState = (queue: TriageItem[], total: number): State => ({
  queue,
  total,
  focusId: queue[0]?.id ?? null,
  hidden: [],
  announcement: "",
  notice: null,
});

export const focusIndex = (s: State) => Math.max(0, s.queue.findIndex((it) => it.id === s.focusId));

export function reducer(s: State, a: Action): State {
  switch (a.type) {
    case "sync": {
      const queue = a.queue.filter((it) => !s.hidden.includes(it.id));
      return { ...s, queue, total: Math.max(0, a.total - (a.queue.length - queue.length)) };
    }
    case "focus":
      return { ...s, focusId: a.id };
    case "move": {
      const next = s.queue[Math.min(Math.max(focusIndex(s) + a.by, 0), s.queue.length - 1)];
      return next ? { ...s, focusId: next.id } : s;
    }
    case "patch":
      return { ...s, queue: s.queue.map((it) => (it.id === a.id ? { ...it, ...a.fields } : it)) };
    case "remove": {
      const i = s.queue.findIndex((it) => it.id === a.id);
      if (i < 0) return s;
      const queue = s.queue.filter((it) => it.id !== a.id);
      // The focus moves on to the next item (or back, at the end), as a reader's eye does.
      const focusId = s.queue[focusIndex(s)]?.id === a.id ? ((queue[i] ?? queue[i - 1])?.id ?? null) : s.focusId;
      return { ...s, queue, total: Math.max(0, s.total - 1), focusId, hidden: [...s.hidden, a.id] };
    }
    case "place": {
      const present = s.queue.some((it) => it.id === a.item.id);
      if (!a.keep) return present ? reducer(s, { type: "remove", id: a.item.id }) : s;
      if (present) return reducer(s, { type: "patch", id: a.item.id, fields: a.item });
      const queue = [...s.queue.slice(0, a.index), a.item, ...s.queue.slice(a.index)];
      return { ...s, queue, total: s.total + 1, focusId: a.item.id, hidden: s.hidden.filter((id) => id !== a.item.id) };
    }
    case "announce":
      return { ...s, announcement: a.count === false ? a.message : `${a.message} · ${s.total} left` };
    case "notice":
      return { ...s, notice: a.notice };
  }
}
