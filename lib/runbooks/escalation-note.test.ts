import { describe, expect, it } from "vitest";
import { stepsOf } from "./drill-steps";
import { handsOnTheIncident } from "./escalation-note";
import { parse } from "./syntax-tree";

// Closing conditionals written for this test.

describe("escalation note", () => {
  it("recognises a conditional that hands the incident on, in several languages", () => {
    for (const s of [
      "If the error rate is still above 2% after 20 minutes, escalate to the service owner's on-call.",
      "If lag keeps growing: escalate to the data on-call via PagerDuty.",
      "If more than three nodes alert, page the platform lead.",
      "Wenn der Fehler nach 30 Minuten bleibt, an die Datenbank-Bereitschaft eskalieren.",
      "Si l'erreur persiste, escalader à l'astreinte.",
      "Si el error sigue, escalar al equipo de guardia.",
    ])
      expect(handsOnTheIncident(s), s).toBe(true);
  });

  it("leaves conditionals that are one more step", () => {
    for (const s of [
      "If still > 90% after step 6: expand the volume and tell #observability.",
      "If the node is down, drain it.",
      "If pods crash on OOM, raise the memory limit.",
      "If escalation is needed see below",
      "If the page is blank, clear the CDN cache.",
    ])
      expect(handsOnTheIncident(s), s).toBe(false);
  });

  it("is no step after a list, where a fallback from the steps is one", () => {
    const steps = (md: string) => stepsOf({ name: "", nodes: parse(md).children }).map((s) => s.text);
    expect(steps("1. Roll back.\n2. Drain the zone.\n\nIf still failing after 20 minutes, escalate to the owner's on-call.\n")).toEqual(["Roll back.", "Drain the zone."]);
    expect(steps("1. Prune images.\n\nIf still full after step 1, expand the disk.\n")).toEqual(["Prune images.", "If still full after step 1, expand the disk."]);
  });
});
