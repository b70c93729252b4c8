import { describe, expect, it } from "vitest";
import { fieldTail } from "./field-tails";
import { tidyTitle } from "./title-tails";

const NONE = new Set<string>();
const tidy = (text: string) => tidyTitle(text, false, NONE);

describe("fieldTail: labelled fields closing a title", () => {
  it("reads an owner field after a dash, in any language of the vocabulary", () => {
    expect(tidy("Настроить бэкапы — ответственный: Олег").title).toBe("Настроить бэкапы");
    expect(tidy("テスト環境を作る — 担当: 山本").title).toBe("テスト環境を作る");
    expect(tidy("배포 스크립트 정리 — 담당: 현우 (SRE)").title).toBe("배포 스크립트 정리");
    expect(tidy("Revisar contratos — responsable: Lucía").notes).toContain("Owner: Lucía");
  });

  it("reads an owner field in parentheses", () => {
    expect(tidy("تحديث صفحة الأسعار (مسؤولة: ليلى)").title).toBe("تحديث صفحة الأسعار");
    expect(tidy("Refresh the pricing page (owner: Sam)").title).toBe("Refresh the pricing page");
  });

  it("reads a run of double-slash fields, priority and dates", () => {
    const t = tidy("Buy new chairs // priority 1 // 📅 Mon 8 Dec");
    expect(t.title).toBe("Buy new chairs");
    expect(t.priorityLabel).toBe("Priority 1");
    expect(tidy("Neue Stühle kaufen // Priorität 3").priorityLabel).toBe("Priority 3");
  });

  it("reads task-app emoji fields run into the line", () => {
    expect(tidy("Pay the electricity bill 📅 Jan 4 ⏱ 15m").title).toBe("Pay the electricity bill");
    expect(tidy("Relire le contrat 🏷 juridique").title).toBe("Relire le contrat");
  });

  it("reads a run-in priority or status field only when its value is one", () => {
    const t = tidy("Ekspor laporan ke Excel prioritas: rendah");
    expect(t.title).toBe("Ekspor laporan ke Excel");
    expect(t.priorityLabel).toBe("Low");
    expect(tidy("Support the new format: JSON").title).toBe("Support the new format: JSON");
    expect(tidy("Rename the state: open").title).toBe("Rename the state: open");
    expect(tidy("Change priority: high").title).toBe("Change priority: high");
    expect(tidy("Archive old invoices Status: done")).toMatchObject({ title: "Archive old invoices", status: "done" });
  });

  it("reads bracketed labels and the remark after them", () => {
    expect(tidy("Order the new shelves [Label: Furniture]").title).toBe("Order the new shelves");
    expect(tidy("Kabel verlegen [Label: IT] — Angebot ist da").title).toBe("Kabel verlegen");
  });

  it("reads a suggestion or a decision already taken as a remark", () => {
    expect(tidy("Pick a mentor (suggestion: Dana)").title).toBe("Pick a mentor");
    expect(tidy("Choisir la base de données (choisi : PostgreSQL)").title).toBe("Choisir la base de données");
    expect(tidy("Mentor atayın (öneri: Elif)").title).toBe("Mentor atayın");
  });

  it("keeps a labelled part that says what to do", () => {
    expect(tidy("Alte Leitung kündigen (Frist: 3 Monate)").title).toBe("Alte Leitung kündigen (Frist: 3 Monate)");
    expect(tidy("Retry failed uploads (max: 3)").title).toBe("Retry failed uploads (max: 3)");
    expect(tidy("Cache warm-up — step 2 of the plan").title).toBe("Cache warm-up — step 2 of the plan");
    expect(fieldTail("Redis: export the session store")).toBeNull();
  });
});

describe("fieldTail: an estimate closing the title", () => {
  it("reads an estimate label in other languages as a field", () => {
    expect(fieldTail("Halott kód eltávolítása — Becsült ráfordítás: 0,5 nap")?.index).toBe(23);
    expect(fieldTail("Treiber aktualisieren — Aufwand: 3 PT")?.note).toBe("Aufwand: 3 PT");
  });

  it("keeps a labelled part whose label is no field", () => {
    expect(fieldTail("Fristen prüfen — Frist: 3 Monate")).toBeNull();
  });
});
