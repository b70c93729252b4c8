import { describe, expect, it } from "vitest";
import type { TriageItem } from "@/lib/backlog/triage-queries";
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
  type Action,
  type Decision,
  type State,
} from "./triage-state";

function item(id: string, over: Partial<TriageItem> = {}): TriageItem {
  return {
    id,
    key: `KEY-${id}`,
    title: `Item ${id}`,
    description: "",
    descriptionTruncated: false,
    projectSlug: "proj",
    projectName: "Project",
    categoryPath: [],
    status: "not_started",
    blockedReason: null,
    severity: null,
    effortHours: null,
    impact: null,
    assigneeId: null,
    assigneeName: null,
    version: 1,
    createdAt: "2026-01-01T00:00:00.000Z",
    sourceImportFileName: null,
    recentImport: false,
    checklistDone: 0,
    openCriteria: { count: 0, texts: [] },
    checklistTotal: 0,
    ...over,
  };
}

const ids = (s: State) => s.queue.map((it) => it.id);
const focusedId = (s: State) => s.queue[focusIndex(s)]?.id ?? null;
const run = (s: State, ...actions: Action[]) => actions.reduce(reducer, s);
const queueOf = (...names: string[]) => initialState(names.map((n) => item(n)), names.length);

describe("triage queue: deciding", () => {
  it("starts focused on the oldest item", () => {
    expect(focusedId(queueOf("a", "b", "c"))).toBe("a");
    expect(initialState([], 0).focusId).toBeNull();
  });

  it("takes a prioritised item out and moves the focus to the next one", () => {
    const s = run(queueOf("a", "b", "c"), { type: "move", by: 1 }, { type: "remove", id: "b" });
    expect(ids(s)).toEqual(["a", "c"]);
    expect(focusedId(s)).toBe("c");
    expect(s.total).toBe(2);
  });

  it("moves the focus back when the last item goes, and to nothing when the queue empties", () => {
    const s = run(queueOf("a", "b"), { type: "move", by: 1 }, { type: "remove", id: "b" });
    expect(focusedId(s)).toBe("a");
    const empty = run(s, { type: "remove", id: "a" });
    expect(empty.queue).toEqual([]);
    expect(empty.focusId).toBeNull();
    expect(empty.total).toBe(0);
  });

  it("leaves the focus alone when another item is removed", () => {
    const s = run(queueOf("a", "b", "c"), { type: "remove", id: "c" });
    expect(focusedId(s)).toBe("a");
  });

  it("keeps removed items out of a refreshed server list until they come back", () => {
    const s = run(queueOf("a", "b", "c"), { type: "remove", id: "a" }, { type: "sync", queue: [item("a"), item("b"), item("c"), item("d")], total: 4 });
    expect(ids(s)).toEqual(["b", "c", "d"]);
    expect(s.total).toBe(3);
  });

  it("keeps an assigned (or still-open) item in place, showing the change", () => {
    const changes = { assigneeId: "u1" };
    expect(leavesInbox(changes)).toBe(false);
    const s = run(queueOf("a", "b"), { type: "patch", id: "a", fields: entryFields(changes, "Eli Engineer") });
    expect(ids(s)).toEqual(["a", "b"]);
    expect(s.queue[0]).toMatchObject({ assigneeId: "u1", assigneeName: "Eli Engineer" });
    expect(s.total).toBe(2);
  });

  it("knows which decisions take an item out of the inbox", () => {
    expect(leavesInbox({ priority: "P2" })).toBe(true);
    expect(leavesInbox({ status: "done" })).toBe(true);
    expect(leavesInbox({ status: "wont_do" })).toBe(true);
    expect(leavesInbox({ status: "blocked", blockedReason: "waiting" })).toBe(false);
    expect(leavesInbox({ assigneeId: null })).toBe(false);
  });

  it("clears a blocked reason when the status moves off blocked", () => {
    expect(entryFields({ status: "in_progress" }, null)).toEqual({ status: "in_progress", blockedReason: null });
    expect(entryFields({ status: "blocked", blockedReason: "vendor" }, null)).toEqual({ status: "blocked", blockedReason: "vendor" });
  });

  it("counts what is left in the announcement unless told not to", () => {
    const s = run(queueOf("a", "b"), { type: "remove", id: "a" }, { type: "announce", message: "KEY-a set to P1" });
    expect(s.announcement).toBe("KEY-a set to P1 · 1 left");
    expect(run(s, { type: "announce", message: "Nothing to undo", count: false }).announcement).toBe("Nothing to undo");
  });
});

describe("triage queue: undo and failed saves", () => {
  it("remembers what to write back: priority to untriaged, the old assignee, status and reason", () => {
    const a = item("a", { assigneeId: "u1", status: "blocked", blockedReason: "vendor" });
    expect(previousValues(a, { priority: "P1" })).toEqual({ priority: null });
    expect(previousValues(a, { assigneeId: "u2" })).toEqual({ assigneeId: "u1" });
    expect(previousValues(a, { status: "done" })).toEqual({ status: "blocked", blockedReason: "vendor" });
  });

  it("undo puts the item back at its old position, focused, and counted again", () => {
    const start = queueOf("a", "b", "c");
    const decided = run(start, { type: "move", by: 1 }, { type: "remove", id: "b" }, { type: "move", by: 1 });
    const undone = run(decided, { type: "place", item: { ...item("b"), version: 2 }, index: 1, keep: true });
    expect(ids(undone)).toEqual(["a", "b", "c"]);
    expect(focusedId(undone)).toBe("b");
    expect(undone.total).toBe(3);
    expect(undone.queue[1]!.version).toBe(2);
    expect(undone.hidden).not.toContain("b");
  });

  it("a failed save puts the item back where it was", () => {
    const b = item("b");
    const decided = run(queueOf("a", "b", "c"), { type: "move", by: 1 }, { type: "remove", id: "b" });
    const restored = run(decided, { type: "place", item: b, index: 1, keep: true }, { type: "notice", notice: { id: "b", message: "not saved" } });
    expect(ids(restored)).toEqual(["a", "b", "c"]);
    expect(focusedId(restored)).toBe("b");
    expect(restored.total).toBe(3);
    expect(restored.notice).toEqual({ id: "b", message: "not saved" });
  });

  it("a failed save of an item still listed updates it in place instead of adding it twice", () => {
    const s = run(queueOf("a", "b"), { type: "place", item: item("b", { title: "Renamed" }), index: 0, keep: true });
    expect(ids(s)).toEqual(["a", "b"]);
    expect(s.queue[1]!.title).toBe("Renamed");
    expect(s.total).toBe(2);
  });

  it("on a conflict, shows the item as someone else left it, or drops it if they triaged it", () => {
    const a = item("a", { assigneeId: "u1", assigneeName: "Ann" });
    const current = { version: 5, updatedAt: "2026-01-02T00:00:00.000Z", updatedByName: "Bo", title: "Theirs", assigneeId: "u2" };
    const nameOf = (id: string | null) => (id === "u2" ? "Bo" : null);
    const { entry, untriaged } = entryFromConflict(a, current, nameOf);
    expect(entry).toMatchObject({ title: "Theirs", assigneeId: "u2", assigneeName: "Bo", version: 5 });
    expect(untriaged).toBe(true);
    expect(entryFromConflict(a, { ...current, priority: "P1" }, nameOf).untriaged).toBe(false);
    expect(entryFromConflict(a, { ...current, status: "done" }, nameOf).untriaged).toBe(false);

    const gone = run(queueOf("a", "b"), { type: "place", item: entry, index: 0, keep: false });
    expect(ids(gone)).toEqual(["b"]);
    expect(run(gone, { type: "place", item: entry, index: 0, keep: false })).toBe(gone);
  });

  it("cuts a conflicting description like the queue does", () => {
    const current = { version: 2, updatedAt: "2026-01-02T00:00:00.000Z", updatedByName: "Bo", description: "x".repeat(2_001) };
    const { entry } = entryFromConflict(item("a"), current, () => null);
    expect(entry.description).toHaveLength(2_000);
    expect(entry.descriptionTruncated).toBe(true);
  });
});

describe("triage queue: the undo window", () => {
  const decision = (id: number, at: number): Decision => ({ id, item: item(`i${id}`), index: 0, before: { priority: null }, removed: true, message: `d${id}`, at });

  it("undoes the latest decision while it is within the window, and nothing after", () => {
    const history = [decision(1, 0), decision(2, 1_000)];
    expect(undoTarget(history, 1_000)?.id).toBe(2);
    expect(undoTarget(history, 1_000 + UNDO_MS - 1)?.id).toBe(2);
    expect(undoTarget(history, 1_000 + UNDO_MS)).toBeUndefined();
  });

  it("falls back to an earlier decision still in the window once the latest is undone", () => {
    const history = [decision(1, 0), decision(2, 1_000)].filter((d) => d.id !== 2);
    expect(undoTarget(history, 1_000)?.id).toBe(1);
    expect(undoTarget([], 0)).toBeUndefined();
  });

  it("undoes a named decision (a toast's Undo) even past the window: its toast decides how long it offers", () => {
    const history = [decision(1, 0), decision(2, 1_000)];
    expect(undoTarget(history, 10 * UNDO_MS, 1)?.id).toBe(1);
    expect(undoTarget(history, 0, 3)).toBeUndefined();
  });

  it("drops expired decisions when a new one is remembered", () => {
    const history = addDecision([decision(1, 0), decision(2, UNDO_MS)], decision(3, UNDO_MS + 10), UNDO_MS + 10);
    expect(history.map((d) => d.id)).toEqual([2, 3]);
  });
});
