import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

describe("findings written as a bold line over labelled sentences", () => {
  it("reads codes out of the bold title and risk / status sentences as priority and state", () => {
    const md = [
      "# Vendor audit 2026",
      "",
      "## Gaps to close",
      "",
      "**F-1 · A.9.2 · Admin accounts share one password**",
      "Risk: High. Nobody rotates it.",
      "Fix: personal accounts in the IdP. Owner: IT. Status: in progress.",
      "",
      "**F-2 · A.12.4 · Audit logs kept only 7 days**",
      "Risk: Low. Fix: raise retention to 90 days. Status: done (3 March).",
      "",
    ].join("\n");
    const items = parsePlan(md).items;
    expect(items.map((i) => [i.key, i.title, i.priority, i.status])).toEqual([
      ["F-1", "Admin accounts share one password", "P1", "in_progress"],
      ["F-2", "Audit logs kept only 7 days", "P3", "done"],
    ]);
  });

  it("reads another language and separator; a bold line over plain prose is not a record", () => {
    const md = [
      "# Auditoría",
      "",
      "**H-7 | Copias de seguridad sin cifrar**",
      "Severidad: Crítica. Estado: pendiente.",
      "",
      "**Resumen del trimestre**",
      "El equipo cerró tres hallazgos y abrió dos.",
      "",
    ].join("\n");
    expect(parsePlan(md).items.map((i) => [i.title, i.priority, i.status])).toEqual([["Copias de seguridad sin cifrar", "P0", "not_started"]]);
  });

  it("reads a card's fields set apart by middle dots on one line, Progress as its state", () => {
    const md = [
      "## Bucket: Build",
      "",
      "**Pour the foundation slab**",
      "Progress: In progress · Priority: Urgent · Due: 12.05. · Assigned: R. Lund",
      "",
      "**Order the roof trusses**",
      "Progress: Completed · Priority: Low",
      "Note: waiting for the supplier's invoice",
      "",
    ].join("\n");
    expect(parsePlan(md).items.map((i) => [i.title, i.priority, i.status])).toEqual([
      ["Pour the foundation slab", "P0", "in_progress"],
      ["Order the roof trusses", "P3", "done"],
    ]);
  });

  it("negative: a progress figure is no state", () => {
    const md = ["## Work", "", "**Pour the foundation slab**", "Progress: 40% · Priority: High", ""].join("\n");
    expect(parsePlan(md).items.map((i) => [i.title, i.priority, i.status])).toEqual([["Pour the foundation slab", "P1", "not_started"]]);
  });
});
