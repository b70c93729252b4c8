import { describe, expect, it } from "vitest";
import { statesContext } from "./context-sentences";
import { proseSteps } from "./prose-steps";
import { parse } from "./syntax-tree";

// Sentences written for this test: remarks that say how things are, and instructions that must stay.

describe("context sentences", () => {
  it("reads what something is or where it lies as context, in several languages", () => {
    for (const s of [
      "This is not an incident.",
      "It's expected after a deploy.",
      "The key lies in `/srv/keys/archive`.",
      "Backups are kept for seven days.",
      "Die alte Konfiguration liegt unter `/etc/app/old`.",
      "Das ist kein Notfall.",
      "Ce n'est pas une alerte.",
      "C'est normal la nuit.",
      "La copia está en el bucket `backups`.",
    ])
      expect(statesContext(s), s).toBe(true);
  });

  it("keeps instructions, conditions and questions", () => {
    for (const s of [
      "Reassign it to Support and close the alert.",
      "Confirm it is up.",
      "Check the disk is mounted.",
      "Make sure the queue is empty.",
      "If CPU is pegged, enable the flag.",
      "Wenn der Dienst steht, neu starten.",
      "Zurückkopieren und den Dienst neu laden.",
      "Vérifier que le service est démarré.",
      "Is the queue empty?",
      "Run this:",
    ])
      expect(statesContext(s), s).toBe(false);
  });

  it("drops a remark from a prose section's steps, unless nothing else is written", () => {
    const steps = (md: string) => proseSteps(parse(md).children);
    expect(steps("This is not a page. Hand it to the desk and close the ticket.\n")).toEqual(["Hand it to the desk and close the ticket."]);
    expect(steps("Der Schlüssel liegt unter `/srv/keys`. Zurückkopieren und neu laden.\n")).toEqual(["Zurückkopieren und neu laden."]);
    expect(steps("This is expected during backups.\n")).toEqual(["This is expected during backups."]);
  });
});
