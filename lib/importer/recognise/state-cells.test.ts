import { describe, expect, it } from "vitest";
import { stateLead } from "./state-cells";
import { tableColumns } from "./table-columns";
import { parseStatus } from "../clean";

describe("stateLead", () => {
  it("keeps the state before a dash or colon remark", () => {
    expect(stateLead("Partly done — the API is, the UI is not")).toBe("Partly done");
    expect(stateLead("Won't fix: superseded by the new login")).toBe("Won't fix");
    expect(stateLead("Open")).toBe("Open");
  });
  it("does not cut a hyphenated word", () => {
    expect(stateLead("Re-opened")).toBe("Re-opened");
  });
});

describe("a column of states with remarks", () => {
  const isState = (cell: string) => parseStatus(cell) !== null;
  it("is the rows' status column whatever its header", () => {
    const rows = [
      ["R-1", "Login form has no labels", "Not fixed"],
      ["R-2", "Modal traps focus", "Fixed"],
      ["R-3", "Low contrast on links", "Partly done — links yes, buttons no"],
      ["R-4", "No skip link", "Won't fix — page is being retired next month"],
      ["R-5", "Images lack alt text", "Fixed"],
    ];
    expect(tableColumns(["Ref", "Problem", "Second check (May)"], rows, isState).status).toBe(2);
  });
  it("is not read from a column of sentences that merely mention a state", () => {
    const rows = [
      ["Alpha", "We fixed the build once, then it broke again in the night"],
      ["Beta", "Nobody knows whether it is done or not yet started at all"],
      ["Gamma", "The review of this one was long and tiring for all of us"],
    ];
    expect(tableColumns(["Name", "Story"], rows, isState).status).toBe(-1);
  });
});

describe("negated and partial states", () => {
  it("reads 'not fixed' as still open and 'partially fixed' as under way", () => {
    expect(parseStatus("Not fixed")).toBe("not_started");
    expect(parseStatus("Partially fixed")).toBe("in_progress");
    expect(parseStatus("Fixed")).toBe("done");
  });
});

describe("a Scandinavian state cell that leaves the work out this time", () => {
  it("reads 'Utgår i år' as won't do; 'Ute' (outside) is no state", async () => {
    const { parsePlan } = await import("../parse");
    const md = "# Dugnad\n\n## Oppgaver\n\n| Oppgave | Status |\n|---|---|\n| Vaske vinduene | Utgår i år |\n| Male gjerdet | Ferdig |\n";
    expect(parsePlan(md).items.map((i) => i.status)).toEqual(["wont_do", "done"]);
    expect(parseStatus("Ute")).toBeNull();
  });
});
