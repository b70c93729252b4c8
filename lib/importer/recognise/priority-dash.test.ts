import { describe, expect, it } from "vitest";
import { dashedPriority, priorityThenRemark } from "./priority-dash";

describe("a dash, a priority token, then a remark", () => {
  it("splits the title from the priority and the remark, which may say the state", () => {
    expect(dashedPriority("Fix the UPI autopay bug — \u0001P0\u0002, Rohit dekh raha hai")).toEqual({ title: "Fix the UPI autopay bug", label: "P0", remark: "Rohit dekh raha hai", status: "in_progress" });
    expect(dashedPriority("Confirm pickup slots — P1, blocked: their manager is away")).toMatchObject({ title: "Confirm pickup slots", label: "P1", status: "blocked" });
    expect(dashedPriority("Renouveler le certificat – haute")).toMatchObject({ title: "Renouveler le certificat", label: "High", status: null });
  });

  it("leaves a dash followed by words alone", () => {
    expect(dashedPriority("Move the servers — high time we did")).toBeNull();
    expect(dashedPriority("P1")).toBeNull();
  });

  it("reads the priority and state that follow a bold title's dash", () => {
    expect(priorityThenRemark("P0, в роботі")).toMatchObject({ label: "P0", status: "in_progress" });
    expect(priorityThenRemark("High, blocked on legal")).toMatchObject({ label: "High", status: "blocked" });
    expect(priorityThenRemark("P2")).toMatchObject({ label: "P2", status: null });
    expect(priorityThenRemark("see the high-level design")).toBeNull();
    expect(priorityThenRemark("in progress, P0")).toBeNull();
  });
});
