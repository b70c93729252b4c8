import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { readDashParts } from "./dash-parts";

describe("dash-set parts after a title", () => {
  it("finds a priority that is not the last part, and a state said first in its part", () => {
    expect(readDashParts("*high priority* — owner: Lena")).toEqual({ priorityLabel: "High", status: null });
    expect(readDashParts("*baja* — ✅ ya hecho en enero")).toEqual({ priorityLabel: "Low", status: "done" });
    expect(readDashParts("niedrig – blockiert durch Rechtsabteilung")).toEqual({ priorityLabel: "Low", status: "blocked" });
  });

  it("reads a state opening a long part", () => {
    expect(readDashParts("parked until the budget for next year is signed off")).toEqual({ priorityLabel: null, status: "blocked" });
    expect(readDashParts("en pausa hasta que llegue el nuevo contrato del proveedor")).toEqual({ priorityLabel: null, status: "blocked" });
  });

  it("leaves a remark alone", () => {
    expect(readDashParts("needs a design review first — Tom")).toEqual({ priorityLabel: null, status: null });
  });
});

describe("a numbered plan of bold and plain steps with dashed tails", () => {
  it("reads every step, its priority wherever it stands in the tail", () => {
    const md = "# Rollout\n\n## Step 1 — Prepare\n\n1. **Freeze the schema** for the orders table — *high priority* — ✅ done\n2. Write the backfill script — *low priority*\n3. **Dry-run the backfill** on staging — *medium priority*\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority, i.done])).toEqual([
      ["Freeze the schema", "P1", true],
      ["Write the backfill script", "P3", false],
      ["Dry-run the backfill", "P2", false],
    ]);
  });

  it("reads the same in Italian", () => {
    const md = "# Piano\n\n## Fase 1 — Preparazione\n\n1. **Congelare lo schema** della tabella ordini — *priorità alta*\n2. Scrivere lo script di migrazione — *priorità bassa*\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority])).toEqual([
      ["Congelare lo schema", "P1"],
      ["Scrivere lo script di migrazione", "P3"],
    ]);
  });
});
