import { describe, expect, it } from "vitest";
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
