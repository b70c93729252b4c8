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
