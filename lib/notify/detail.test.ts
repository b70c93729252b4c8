import { describe, expect, it } from "vitest";
import { excerptOf, itemCount, MAX_ITEMS, mergeDetail, type ItemRef } from "./detail";

const ref = (n: number): ItemRef => ({ id: `id${n}`, key: `T-${n}`, title: `Item ${n}`, project: "p" });

describe("mergeDetail (bursts)", () => {
  it("lists each item once, the newest first", () => {
    const merged = mergeDetail({ items: [ref(1), ref(2)] }, { items: [ref(2), ref(3)] });
    expect(merged.items!.map((i) => i.key)).toEqual(["T-2", "T-3", "T-1"]);
    expect(itemCount(merged)).toBe(3);
  });

  it("keeps at most MAX_ITEMS and counts the rest", () => {
    let d = { items: [ref(0)] };
    for (let i = 1; i < MAX_ITEMS + 5; i++) d = mergeDetail(d, { items: [ref(i)] }) as typeof d;
    expect(d.items).toHaveLength(MAX_ITEMS);
    expect(itemCount(d)).toBe(MAX_ITEMS + 5);
  });

  it("two changes to one item read as one: each field's latest value, priority from its first", () => {
    const merged = mergeDetail(
      { items: [ref(1)], changes: [{ field: "priority", from: "P2", to: "P1" }] },
      { items: [ref(1)], changes: [{ field: "priority", from: "P1", to: "P0" }, { field: "status", to: "in_progress" }] },
    );
    expect(merged.changes).toEqual([{ field: "priority", from: "P2", to: "P0" }, { field: "status", to: "in_progress" }]);
  });
});

describe("excerptOf", () => {
  it("flattens and cuts at a word", () => {
    expect(excerptOf("a\n\nb")).toBe("a b");
    const long = "word ".repeat(100);
    expect(excerptOf(long).length).toBeLessThanOrEqual(161);
    expect(excerptOf(long).endsWith("…")).toBe(true);
  });
});
