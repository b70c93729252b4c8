import { describe, expect, it } from "vitest";
import { parseScenarios } from "./outline";

// Runbooks written for this test.

const steps = (body: string) => parseScenarios(body).scenarios[0]?.steps.map((s) => s.text);

describe("branches under a step", () => {
  it("are part of the step when each is a labelled case or a condition", () => {
    const codes = "## Import fails\n\n1. Read the exit code.\n2. Act on the code.\n   - X10 (no file): ask the sender\n   - X20 (bad row): fix the row\n3. Rerun the import.\n";
    expect(steps(codes)).toEqual(["Read the exit code.", "Act on the code.", "Rerun the import."]);
    const de = "## Drucker offline\n\n1. Drucker neu starten\n   - wenn er blinkt, Papier prüfen\n   - sonst Kabel tauschen\n";
    expect(steps(de)).toEqual(["Drucker neu starten"]);
  });

  it("stay steps when the step ends in a colon or the sub-items are plain actions", () => {
    const colon = "## Disk full\n\n1. Free space:\n   - rotate: `logrotate -f`\n   - if still full, delete old dumps\n";
    expect(steps(colon)).toEqual(["rotate: logrotate -f", "if still full, delete old dumps"]);
    const plain = "## Cache cold\n\n1. Warm the cache\n   - on node A\n   - on node B\n";
    expect(steps(plain)).toEqual(["Warm the cache", "on node A", "on node B"]);
  });
});
