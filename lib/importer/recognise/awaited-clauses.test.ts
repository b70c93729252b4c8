import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { endsAwaiting } from "./awaited-clauses";

describe("a clause that ends with 'awaited' or 'waiting', verb last", () => {
  it("blocks the entry and stays in its title", () => {
    const md = "# Plan\n\n## Adımlar\n\n- [ ] Banka entegrasyonu — Ziraat onayı bekleniyor ⏳\n- [ ] Fatura şablonu\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.status])).toEqual([
      ["Banka entegrasyonu — Ziraat onayı bekleniyor", "blocked"],
      ["Fatura şablonu", "not_started"],
    ]);
  });

  it("only as the closing verb of a clause set apart by a dash", () => {
    expect(endsAwaiting("見積もり — 先方の返事待ち")).toBe(true);
    expect(endsAwaiting("Bekleniyor listesini temizle")).toBe(false);
    expect(endsAwaiting("Kargo bekliyor mu kontrol et — sonra ara")).toBe(false);
  });
});
