import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { saysStillPending } from "./pending-statements";

// Entries written for this test.

describe("a statement that something is still pending", () => {
  it("is read in several languages", () => {
    for (const s of ["Budget für Loki-Speicher ist noch nicht freigegeben.", "The Loki budget is not yet approved.", "Le budget n'est pas encore validé.", "El presupuesto todavía no está aprobado.", "O orçamento ainda não foi aprovado.", "Het budget is nog niet goedgekeurd."])
      expect(saysStillPending(s), s).toBe(true);
  });

  it("leaves work, and a fragment without a sentence's shape", () => {
    for (const s of ["Approve the Loki budget", "Budget not yet approved", "Budget ist noch nicht freigegeben", "Make sure the budget is not yet spent before March.", "Backups are not tested.", "Is the budget approved yet?"])
      expect(saysStillPending(s), s).toBe(false);
  });

  it("is no item beside the work, but a box keeps it one", () => {
    const md = "# Maßnahmenplan\n\n## Maßnahmen\n\n- [ ] Loki einführen\n\n## Offene Punkte\n\n- Budget für Loki-Speicher ist noch nicht freigegeben.\n\n## Freigaben\n\n- [ ] Freigabe ist noch nicht erteilt.\n";
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Loki einführen", "Freigabe ist noch nicht erteilt."]);
  });
});
