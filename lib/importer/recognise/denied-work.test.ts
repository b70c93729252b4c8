import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { deniesWork } from "./denied-work";

describe("headings that say their content is not work", () => {
  it("reads a negated work word in several languages", () => {
    for (const h of ["Ideas (not tasks)", "Parking lot — not to-dos", "Notes, no action needed", "Ideen (keine Aufgaben)", "Idées (pas des tâches)", "Ideas (no son tareas)", "Idee (non sono attività)", "Ideeën (geen taken)", "Pomysły (nie zadania)", "Идеи (не задачи)", "アイデア（タスクではない）"]) {
      expect(deniesWork(h), h).toBe(true);
    }
    for (const h of ["Tasks", "Next tasks", "Not started", "Nothing blocked", "Non-goals", "Notes"]) expect(deniesWork(h), h).toBe(false);
  });

  it("reads an audit's good news as no findings", () => {
    for (const h of ["Not issues", "Non-issues", "No issues found", "Keine Befunde"]) expect(deniesWork(h), h).toBe(true);
    for (const h of ["Issues", "Known issues", "Open issues", "Findings"]) expect(deniesWork(h), h).toBe(false);
    for (const h of ["Fora do roadmap", "Off the roadmap", "Not on the roadmap", "Fuera del roadmap", "Hors roadmap", "Nicht im Backlog", "Nicht im Register", "Not in the register"]) expect(deniesWork(h), h).toBe(true);
    for (const h of ["Roadmap", "Out of the box defaults", "Getting the backlog in shape", "Register the new domain"]) expect(deniesWork(h), h).toBe(false);
    for (const h of ["Ideas (not planned)", "Ideen (nicht geplant)", "Ideas — unplanned"]) expect(deniesWork(h), h).toBe(true);
    for (const h of ["Ideas", "Not planned", "Ideas we planned for Q2"]) expect(deniesWork(h), h).toBe(false);
    const md = "# Audit\n\n## Issues\n\n- Skip link missing\n\n## Not issues\n\n- The video has captions. ✅\n";
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Skip link missing"]);
  });

  it("a list under such a heading gives no items, the work beside it still does", () => {
    const md = ["# Garden", "", "## Tasks", "- Fix the fence", "- Order bulbs", "", "## Ideas (not tasks)", "- a pond someday", "- maybe chickens", ""].join("\n");
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Fix the fence", "Order bulbs"]);
    const de = ["# Umzug", "", "## Aufgaben", "- Kisten packen", "", "## Sammlung (keine Aufgaben)", "- neue Lampen irgendwann", ""].join("\n");
    expect(parsePlan(de).items.map((i) => i.title)).toEqual(["Kisten packen"]);
  });
});

describe("more headings that deny work", () => {
  it("ideas hedged with 'maybe', and what others owe the writer", () => {
    for (const h of ["ideas / maybe", "Ideen & vielleicht", "waiting on others", "Esperando a otros"]) expect(deniesWork(h)).toBe(true);
    for (const h of ["Someday / maybe", "Ideas (maybe)", "Waiting on client", "Ideas"]) expect(deniesWork(h)).toBe(false);
  });
});
