import { describe, expect, it } from "vitest";
import { entryLine, entryWords } from "./entry-text";

const item = { id: "1", key: "P0-006", title: "Add tracing", project: "platform" };

describe("entryWords", () => {
  it("words a status change and links to the item", () => {
    const w = entryWords({ kind: "item_changed", actorLabel: "Lee Lead", subjectType: "item", detail: { items: [item], changes: [{ field: "status", to: "in_progress" }] } }, "UTC");
    expect(`${w.actor} ${w.text}`).toBe("Lee Lead moved P0-006 to In progress");
    expect(w.href).toBe("/backlog/platform/P0-006");
  });

  it("joins several changes into one sentence", () => {
    const w = entryWords(
      { kind: "item_changed", actorLabel: "Lee", subjectType: "item", detail: { items: [item], changes: [{ field: "status", to: "done" }, { field: "priority", from: "P2", to: "P1" }, { field: "dueAt", to: null }] } },
      "UTC",
    );
    expect(w.text).toBe("moved P0-006 to Done, changed its priority from P2 to P1 and removed its due date");
  });

  it("prints a due date in the reader's zone", () => {
    const detail = { items: [item], changes: [{ field: "dueAt" as const, to: "2026-12-11T23:30:00Z" }] };
    expect(entryWords({ kind: "item_changed", actorLabel: "Lee", subjectType: "item", detail }, "UTC").text).toBe("set P0-006's due date to 11 Dec 2026");
    expect(entryWords({ kind: "item_changed", actorLabel: "Lee", subjectType: "item", detail }, "Europe/Berlin").text).toBe("set P0-006's due date to 12 Dec 2026");
  });

  it("words a burst by its count", () => {
    const items = [item, { ...item, id: "2", key: "P1-001" }];
    expect(entryWords({ kind: "item_changed", actorLabel: "Lee", subjectType: "item", detail: { items, more: 8 } }, "UTC").text).toBe("changed 10 items you watch");
    expect(entryWords({ kind: "assigned", actorLabel: "Lee", subjectType: "item", detail: { items } }, "UTC").text).toBe("assigned you 2 items");
  });

  it("words mentions by where they were written", () => {
    expect(entryWords({ kind: "mentioned", actorLabel: "Lee", subjectType: "item", detail: { items: [item], where: "comment" } }, "UTC").text).toBe("mentioned you in a comment on P0-006");
    expect(entryWords({ kind: "mentioned", actorLabel: "Lee", subjectType: "item", detail: { items: [item], where: "description" } }, "UTC").text).toBe("mentioned you in the description of P0-006");
  });

  it("escapes keys in links", () => {
    const w = entryWords({ kind: "assigned", actorLabel: "Lee", subjectType: "item", detail: { items: [{ ...item, project: "a b", key: "K/1" }] } }, "UTC");
    expect(w.href).toBe("/backlog/a%20b/K%2F1");
  });

  it("leaves out the actor from reminders' one-line form", () => {
    expect(entryLine({ kind: "overdue", actorLabel: "Health Backlog", subjectType: "item", detail: { items: [item] } }, "UTC")).toBe("P0-006 is overdue");
    expect(entryLine({ kind: "assigned", actorLabel: "Lee Lead", subjectType: "item", detail: { items: [item] } }, "UTC")).toBe("Lee Lead assigned you P0-006");
  });
});
