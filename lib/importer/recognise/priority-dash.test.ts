import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { dashedPriority, priorityThenRemark } from "./priority-dash";

describe("a dash, a priority token, then a remark", () => {
  it("splits the title from the priority and the remark, which may say the state", () => {
    expect(dashedPriority("Fix the UPI autopay bug — \u0001P0\u0002, Rohit dekh raha hai")).toEqual({ title: "Fix the UPI autopay bug", label: "P0", remark: "Rohit dekh raha hai", status: "in_progress" });
    expect(dashedPriority("Confirm pickup slots — P1, blocked: their manager is away")).toMatchObject({ title: "Confirm pickup slots", label: "P1", status: "blocked" });
    expect(dashedPriority("Renouveler le certificat – haute")).toMatchObject({ title: "Renouveler le certificat", label: "High", status: null });
  });

  it("reads an urgency word after the dash as the Immediate horizon", () => {
    expect(dashedPriority("UPS की बैटरी जाँचना — ज़रूरी")).toMatchObject({ title: "UPS की बैटरी जाँचना", label: "Immediate" });
    expect(dashedPriority("Продлить сертификат — срочно")).toMatchObject({ title: "Продлить сертификат", label: "Immediate" });
    expect(dashedPriority("Zertifikat erneuern – dringend")).toMatchObject({ label: "Critical" });
    expect(dashedPriority("maskere personnummer i loggene – haster")).toMatchObject({ title: "maskere personnummer i loggene", label: "Immediate" });
    // A time word is no urgency, and an urgency word among others is a clause.
    expect(dashedPriority("Projekt abschließen — jetzt")).toBeNull();
    expect(dashedPriority("बैटरी बदलना — ज़रूरी नहीं")).toBeNull();
  });

  it("an urgency word closing a list entry ranks it; a lower-case clause stays a remark", () => {
    const md = "# Møte\n\n## Oppfølgingspunkter\n- maskere personnummer i loggene – haster\n- sette opp budsjettvarsel – venter på tilgang\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority])).toEqual([
      ["maskere personnummer i loggene", "P0"],
      ["sette opp budsjettvarsel", null],
    ]);
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
