import { describe, expect, it } from "vitest";
import { importRunbook } from "./markdown-file";
import { parseScenarios } from "./outline";
import { namesShiftRoutine } from "./shift-routines";

// Headings and runbooks written for this test.

const read = (markdown: string) => {
  const { title, body } = importRunbook(markdown, "runbook.md");
  return parseScenarios(body, { title }).scenarios.map((s) => [s.title, s.steps.length]);
};

describe("the on-call shift's own routine", () => {
  it("is named in several languages, and 'shift' as a verb is not it", () => {
    expect(["At the start of your shift", "Shift handover", "Schichtübergabe", "Fin de garde", "Cambio de turno", "Передача смены", "引き継ぎ事項"].map(namesShiftRoutine)).toEqual(
      Array(7).fill(true),
    );
    expect(["Shift traffic to region B", "Undo the shift of traffic", "Queue backlog"].map(namesShiftRoutine)).toEqual([false, false, false]);
  });

  it("is no scenario among incident checklists", () => {
    const en = "# Payments on-call\n\n## At the start of your shift\n- [ ] Log in\n\n## 💳 Card auth failing\n- [ ] Check the gateway\n- [ ] Fail over\n\n## Handover\n- [ ] Write the note\n";
    expect(read(en)).toEqual([["💳 Card auth failing", 2]]);
    const de = "# Bereitschaft Netz\n\n## Zu Schichtbeginn\n1. Zugang prüfen\n\n## VPN ausgefallen\n1. Gateway neu starten\n\n## Switch tot\n1. Ersatz holen\n2. Tauschen\n\n## Schichtende\n1. Übergabe schreiben\n";
    expect(read(de)).toEqual([
      ["VPN ausgefallen", 1],
      ["Switch tot", 2],
    ]);
  });

  it("stays when it is all the document has", () => {
    expect(read("# Shift\n\n## Start of shift\n1. Log in\n\n## End of shift\n1. Log out\n")).toEqual([
      ["Start of shift", 1],
      ["End of shift", 1],
    ]);
  });
});
