import { describe, expect, it } from "vitest";
import { stepsOf } from "./drill-steps";
import { followsNoneWorked } from "./none-worked";
import { parse } from "./syntax-tree";

// Closing fallbacks written for this test.

describe("none worked", () => {
  it("recognises a fallback for when every step has failed, in several languages", () => {
    for (const s of [
      "If none of this frees space, rebuild the host.",
      "If nothing above helps, page the platform lead.",
      "Wenn nichts davon hilft, den Knoten neu aufsetzen.",
      "Falls keiner der Schritte wirkt, Ticket eröffnen.",
      "Si rien de cela ne marche, reconstruire la machine.",
      "Si nada de esto funciona, recrear el nodo.",
    ])
      expect(followsNoneWorked(s), s).toBe(true);
  });

  it("leaves fallbacks that follow from a step", () => {
    for (const s of ["If still above 90% after step 3, expand the volume.", "Wenn der Fehler bleibt, neu starten.", "If the node is down, drain it."]) expect(followsNoneWorked(s), s).toBe(false);
  });

  it("is no step after a list, where a fallback from the steps is one", () => {
    const steps = (md: string) => stepsOf({ name: "", nodes: parse(md).children }).map((s) => s.text);
    expect(steps("1. Prune images.\n2. Prune volumes.\n\nIf none of this frees 30 GB, recreate the agent.\n")).toEqual(["Prune images.", "Prune volumes."]);
    expect(steps("1. Prune images.\n\nIf still full after step 1, expand the disk.\n")).toEqual(["Prune images.", "If still full after step 1, expand the disk."]);
  });
});
