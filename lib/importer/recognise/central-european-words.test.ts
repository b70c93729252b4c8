import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

// The vocabulary's Czech/Slovak and Hungarian tracker words (vocabulary.ts): a pasted Jira or
// spreadsheet list in those languages ranks and tracks its rows.
describe("Czech and Hungarian priority and state words", () => {
  it("read a Czech table's Priorita and Stav columns", () => {
    const md = "# Plán\n\n| Úkol | Priorita | Stav |\n|---|---|---|\n| Objednat nábytek | Vysoká | Hotovo |\n| Zajistit úklid | Střední | Rozpracováno |\n| Vyměnit zámky | Nízká | Zrušeno |\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority, i.status])).toEqual([
      ["Objednat nábytek", "P1", "done"],
      ["Zajistit úklid", "P2", "in_progress"],
      ["Vyměnit zámky", "P3", "wont_do"],
    ]);
  });

  it("read a Hungarian table's Prioritás and Állapot columns", () => {
    const md = "# Sprint\n\n| Kulcs | Összefoglaló | Prioritás | Állapot |\n|---|---|---|---|\n| AB-1 | Belépés javítása | Legmagasabb | Kész |\n| AB-2 | Kereső gyorsítása | Magas | Folyamatban |\n| AB-3 | Lábléc frissítése | Alacsony | Blokkolva |\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority, i.status])).toEqual([
      ["Belépés javítása", "P0", "done"],
      ["Kereső gyorsítása", "P1", "in_progress"],
      ["Lábléc frissítése", "P3", "blocked"],
    ]);
  });

  it("a level word inside a sentence is no priority", () => {
    const md = "# Úkoly\n\n- [ ] Zjistit, jak vysoká je nabídka\n";
    expect(parsePlan(md).items.map((i) => i.priority)).toEqual([null]);
  });
});
