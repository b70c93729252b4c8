import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

// Lists written for this test.

const read = (text: string) => parsePlan(text).items.map((i) => [i.title, i.status]);

describe("a note about one entry of the numbered list above it", () => {
  it("gives that entry its state, in several languages", () => {
    const en = "# Audit fixes\n\n1. **High:** Admin accounts lack MFA\n2. **High:** Backups never restore-tested\n3. **Low:** Printer pages open on the LAN\n\nNote: item 3 accepted as a risk by the board on 25.11.\n";
    expect(read(en)).toEqual([
      ["Admin accounts lack MFA", "not_started"],
      ["Backups never restore-tested", "not_started"],
      ["Printer pages open on the LAN", "wont_do"],
    ]);
    const fi = "# Korjaukset\n\n1. **Korkea:** MFA puuttuu\n2. **Korkea:** Varmuuskopiot testaamatta\n\nHuom. kohta 2 hyväksytty riskiksi johtoryhmässä 25.11.\n";
    expect(read(fi)[1]).toEqual(["Varmuuskopiot testaamatta", "wont_do"]);
  });

  it("leaves the entries alone when it names none, or says no state, or the entry said its own", () => {
    const base = "# Audit fixes\n\n1. **High:** Admin accounts lack MFA – done ✅\n2. **High:** Backups never restore-tested\n\n";
    expect(read(`${base}Note: the board reviewed all of these.\n`)[1]![1]).toBe("not_started");
    expect(read(`${base}Note: item 2 needs a second look by the vendor.\n`)[1]![1]).toBe("not_started");
    expect(read(`${base}Note: item 1 was cancelled.\n`)[0]![1]).toBe("done");
    expect(read(`${base}Note: item 7 was cancelled.\n`).map((i) => i[1])).toEqual(["done", "not_started"]);
  });
});

describe("a To Do entry's field line over its checklist label", () => {
  it("reads the due date and assignee line, and the 'Passos:' label, as fields", () => {
    const plan = "# Lista\n\n⭐ = tarefa marcada como importante\n\n## Tarefas\n\n- [ ] ⭐ Corrigir o IVA\n  Data limite: sex., 11/12/2026 · Atribuída a: Tiago\n  Passos:\n  - [ ] Reproduzir\n  - [ ] Validar\n- [ ] Exportar faturas\n";
    const [first, second] = parsePlan(plan).items;
    expect(first?.title).toBe("Corrigir o IVA");
    expect(first?.priority).toBe("P1");
    expect(first?.description).toContain("Atribuída a: Tiago");
    expect(second?.priority).toBeNull();
  });

  it("keeps a second line that is no field line", () => {
    const plan = "# Lista\n\n## Tarefas\n\n- [ ] Corrigir o IVA\n  nas faturas com desconto\n  Passos:\n  - [ ] Reproduzir\n";
    expect(parsePlan(plan).items[0]?.title).toContain("nas faturas com desconto");
  });
});
