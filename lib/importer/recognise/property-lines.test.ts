import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { propertyParagraph, trailingPropertyRun } from "./property-lines";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.status, i.priority]);

describe("property lines: a record's fields one to a line", () => {
  it("finds the run of labelled lines", () => {
    expect(trailingPropertyRun(["Needed for payments.", "Status: Done", "Priority: Low"])).toEqual({ joined: "Status: Done · Priority: Low", before: ["Needed for payments."] });
    expect(trailingPropertyRun(["Some prose.", "Status: Done"])).toBeNull();
    expect(propertyParagraph(["Estado: En curso", "Prioridad: Alta", "Responsable: Ana"])).toBe("Estado: En curso · Prioridad: Alta · Responsable: Ana");
    expect(propertyParagraph(["We met on Monday.", "Status: Done", "Priority: Low"])).toBeNull();
  });

  it("a database export: properties first, the page text below, or properties only", () => {
    const md = [
      "# Launch tasks",
      "",
      "## Push notifications via Firebase",
      "Status: In progress",
      "Priority: High",
      "Assignee: Dmitri K.",
      "Due: 2027-01-15",
      "",
      "Needed for payment alerts. The APNs certificates exist.",
      "",
      "## Dark theme",
      "Status: Cancelled",
      "Priority: Low",
      "",
      "## Kazakh translation",
      "Status: Blocked",
      "Priority: Low",
      "Comment: waiting for the translator",
      "",
    ].join("\n");
    expect(read(md)).toEqual([
      ["Push notifications via Firebase", "in_progress", "P1"],
      ["Dark theme", "wont_do", "P3"],
      ["Kazakh translation", "blocked", "P3"],
    ]);
    // Every property line is read, not only the last one; the rest and the page text are the description.
    const [first] = parsePlan(md).items;
    expect(first!.description).toContain("Assignee: Dmitri K.");
    expect(first!.description).toContain("payment alerts");
  });

  it("the same in Spanish and German", () => {
    const es = ["# Tareas", "", "## Pantalla de tarjetas", "Estado: Hecho", "Prioridad: Media", "Responsable: Olga", "", "## Modo oscuro", "Estado: Pendiente", "Prioridad: Alta", ""].join("\n");
    expect(read(es)).toEqual([
      ["Pantalla de tarjetas", "done", "P2"],
      ["Modo oscuro", "not_started", "P1"],
    ]);
    const de = ["# Aufgaben", "", "## Drucker tauschen", "Der alte druckt schief.", "Status: erledigt", "Priorität: hoch", ""].join("\n");
    expect(read(de)).toEqual([["Drucker tauschen", "done", "P1"]]);
  });
});

const readStacked = (md: string) => parsePlan(md).items.map((i) => [i.title, i.priority, i.status]);

describe("record headings over a stack of property lines, in other languages", () => {
  it("reads the stack whatever the last line's field is, in other languages", () => {
    const ru = ["# Мобильный банк", "", "## Экран карт", "Статус: Готово", "Приоритет: Средний", "Исполнитель: Ольга", "", "## Казахский язык", "Статус: Заблокировано", "Приоритет: Низкий", "Комментарий: ждём переводчика", ""].join("\n");
    expect(readStacked(ru)).toEqual([
      ["Экран карт", "P2", "done"],
      ["Казахский язык", "P3", "blocked"],
    ]);
    const de = ["# Kundenportal", "", "## Rechnungsarchiv", "Status: erledigt", "Priorität: hoch", "Verantwortlich: Jonas", "", "## Umzug melden", "Status: offen", "Priorität: niedrig", "Verantwortlich: Mia", ""].join("\n");
    expect(readStacked(de)).toEqual([
      ["Rechnungsarchiv", "P1", "done"],
      ["Umzug melden", "P3", "not_started"],
    ]);
    // Full-width colons, no space after them.
    const ja = ["# 会員サイト", "", "## 生体認証ログイン", "ステータス：対応中", "優先度：高", "担当：佐藤", "", "## ダークテーマ", "ステータス：完了", "優先度：低", "担当：鈴木", ""].join("\n");
    expect(readStacked(ja)).toEqual([
      ["生体認証ログイン", "P1", "in_progress"],
      ["ダークテーマ", "P3", "done"],
    ]);
  });

  it("does not take a prose line with a colon inside a word for a property", () => {
    const md = [
      "## Backlog",
      "",
      "### Zählerstand per Foto",
      "Kund:innen fotografieren den Zähler. Prio: **hoch** · Aufwand: 15 PT",
      "Status: in Umsetzung",
      "",
    ].join("\n");
    expect(readStacked(md)).toEqual([["Zählerstand per Foto", "P1", "in_progress"]]);
  });

  it("reads no record from property lines that name no state and no priority", () => {
    const md = ["# Team", "", "## Dana", "Role: Engineer", "Location: Lisbon", "", "## Ola", "Role: Designer", "Location: Oslo", ""].join("\n");
    expect(parsePlan(md).items).toEqual([]);
  });
});
