import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { closingWait } from "./closing-waits";

describe("a verb-final clause that waits on something", () => {
  it("reads the entry as blocked and keeps the clause in the title", () => {
    expect(closingWait("Banka entegrasyonu — iş ortağı onayı bekleniyor ⏳")).toBe("blocked");
    expect(closingWait("決済画面の改修 — 法務の確認待ち")).toBe("blocked");
    const md = "# Plan\n\n## Görevler\n\n- [ ] Sözleşme imzası — Avukat görüşü bekleniyor\n- [ ] Logo tasarımı\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.status])).toEqual([
      ["Sözleşme imzası — Avukat görüşü bekleniyor", "blocked"],
      ["Logo tasarımı", "not_started"],
    ]);
  });

  it("is nothing without a dash clause ending in a waiting word", () => {
    expect(closingWait("Deploy the cache — make sure it is done")).toBeNull();
    expect(closingWait("Onay bekleniyor")).toBeNull();
    expect(closingWait("Ödeme sayfası — yeni tasarım")).toBeNull();
  });
});
