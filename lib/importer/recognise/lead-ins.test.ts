import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const titles = (lines: string[]) => parsePlan(lines.join("\n")).items.map((i) => i.title);

describe("introducesNonWork: a lead-in that says its list is not committed work", () => {
  it("skips a list introduced as uncommitted, in several languages", () => {
    expect(titles(["## Backlog", "", "- [ ] Fix the login loop", "", "Ideas (not committed to anything):", "", "- Dark theme for the admin", "- Offline mode", ""])).toEqual(["Fix the login loop"]);
    expect(titles(["## Backlog", "", "- [ ] Login reparieren", "", "Unverbindliche Ideen, ganz unverbindlich:", "", "- Dunkles Design", "- Offline-Modus", ""])).toEqual(["Login reparieren"]);
    expect(titles(["## Backlog", "", "- [ ] Réparer la connexion", "", "Pistes (sans engagement) :", "", "- Thème sombre", ""])).toEqual(["Réparer la connexion"]);
  });
  it("keeps a list introduced as committed work", () => {
    expect(titles(["## Backlog", "", "Committed for this cycle:", "", "- Dark theme for the admin", "- Offline mode", ""])).toEqual(["Dark theme for the admin", "Offline mode"]);
  });
});
