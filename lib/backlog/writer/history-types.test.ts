import { describe, expect, it } from "vitest";
import type { BacklogItem } from "@/db/schema";
import type { updateItems as UpdateItems } from "./items";
import { systemActor } from "@/lib/domain/actors";

// The item writer's history rows are typed by their action (lib/domain/audit-payloads.ts): a
// person's change is recorded as the fields that changed, an import words its own. These calls are
// never run; `tsc --noEmit` checks them (each @ts-expect-error fails the check if its line compiles).

declare const updateItems: typeof UpdateItems;
declare const row: BacklogItem;
const tx = {} as Parameters<typeof UpdateItems>[0];
const actor = systemActor("test");

const calls = () => [
  updateItems(tx, actor, [{ row, changes: { priority: "P1" } }], { action: "item.update" }),
  updateItems(tx, actor, [{ row, changes: { status: "wont_do" }, audit: { before: { status: "in_progress" }, after: { status: "wont_do" } } }], { action: "item.import_missing" }),
  updateItems(tx, actor, [{ row, changes: {}, audit: { before: { category: ["Ops"] }, after: { category: ["Ops", "CI"], checklist: [] } } }], { action: "item.import_update" }),
  // @ts-expect-error a person's change is recorded by the writer, not worded by the caller
  updateItems(tx, actor, [{ row, changes: {}, audit: { before: {}, after: {} } }], { action: "item.update" }),
  // @ts-expect-error an import's change must be worded
  updateItems(tx, actor, [{ row, changes: { title: "x" } }], { action: "item.import_update" }),
  // @ts-expect-error in the document's words: its category, not the item's categoryPath
  updateItems(tx, actor, [{ row, changes: {}, audit: { before: {}, after: { categoryPath: ["Ops"] } } }], { action: "item.import_update" }),
  // @ts-expect-error the writer records only its own item actions
  updateItems(tx, actor, [{ row, changes: {} }], { action: "item.delete" }),
];

describe("the item writer's history rows", () => {
  it("are checked by the compiler", () => {
    expect(typeof calls).toBe("function");
  });
});
