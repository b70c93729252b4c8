import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

describe("asks hidden in a handover's prose bullets", () => {
  it("takes the bold request, else the sentence that asks; a bullet that asks nothing is not work", () => {
    const md = [
      "# Support rotation handover",
      "",
      "## Still open",
      "- The billing export job failed twice on Friday. **Someone needs to rerun the November export** before the auditors ask.",
      "- Ticket SUP-88 is with the vendor, nothing for us to do there, just watch it.",
      "- Mailbox rules were half migrated last week. Could you finish moving the refund rules to the new inbox?",
      "",
      "## FYI",
      "- Office is closed on the 24th, so nobody will be around that day.",
      "",
    ].join("\n");
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Rerun the November export", "Finish moving the refund rules to the new inbox"]);
  });

  it("reads the same in German", () => {
    const md = [
      "# Übergabe Woche 12",
      "",
      "## Offene Punkte",
      "- Der Zertifikatswechsel auf dem Staging-Cluster hat nicht geklappt. Bitte den Cert-Manager neu starten und die Logs prüfen.",
      "- Das Backup lief zweimal zu lange, die Ursache ist noch unklar und wird vom DB-Team untersucht.",
      "",
    ].join("\n");
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Den Cert-Manager neu starten und die Logs prüfen"]);
  });
});
