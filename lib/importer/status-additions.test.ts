import { describe, expect, it } from "vitest";
import { parseStatus, headingStatus } from "./clean";
import { parsePlan } from "./parse";

describe("states said with a negation or as a heading", () => {
  it("'ej påbörjad', 'ikke påbegynt', 'ei aloitettu': not started, not started-and-under-way", () => {
    expect(parseStatus("ej påbörjad")).toBe("not_started");
    expect(parseStatus("ikke påbegynt")).toBe("not_started");
    expect(parseStatus("ei aloitettu")).toBe("not_started");
    expect(parseStatus("påbörjad")).toBe("in_progress");
    expect(parseStatus("klar")).toBe("done");
  });

  it("a legend's '⬜ ej påbörjad' reads the box as not started", () => {
    const md = "**Status:** ✅ klar · 🔄 pågår · ⬜ ej påbörjad\n\n| Åtgärd | Status |\n|---|---|\n| Larm på diskutrymme | ⬜ |\n| Byt certifikat | ✅ |\n";
    expect(parsePlan(md).items.map((i) => i.status)).toEqual(["not_started", "done"]);
  });

  it("'## Not planned' is a won't-do heading; '## Planned' is not", () => {
    expect(headingStatus("Not planned")).toBe("wont_do");
    expect(headingStatus("Planned")).not.toBe("wont_do");
  });

  it("zh 审核中 (under review) is under way; es 'Corregido' (fixed) is done", () => {
    expect(parseStatus("审核中")).toBe("in_progress");
    expect(parseStatus("Corregido")).toBe("done");
    expect(parseStatus("Pendiente")).toBe("not_started");
  });
});
