import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { ownerBeforeDash } from "./owner-dash-heads";

const people = new Set(["Ana", "Jan Kowalski"]);

describe("'Owner — task' action lines", () => {
  it("takes a known person, @handle or 'everyone' word before a dash as the owner", () => {
    expect(ownerBeforeDash("\u0001Ana\u0002 — improve the search", people)).toEqual({ owner: "Ana", rest: "improve the search" });
    expect(ownerBeforeDash("Jan Kowalski – zamówić kable", people)).toEqual({ owner: "Jan Kowalski", rest: "zamówić kable" });
    expect(ownerBeforeDash("Alle — Roadmap lesen", people)).toEqual({ owner: "Alle", rest: "Roadmap lesen" });
    expect(ownerBeforeDash("@kim - rotate the keys", people)).toEqual({ owner: "@kim", rest: "rotate the keys" });
    // A bold title that is not a person keeps the bold-title reading; so does an unknown name.
    expect(ownerBeforeDash("\u0001Cache layer\u0002 — add an LRU", people)).toBeNull();
    expect(ownerBeforeDash("Redis — export the sessions", people)).toBeNull();
  });

  it("minutes: attendees own the actions, the rest of the line is the title", () => {
    const md = [
      "# Réunion produit",
      "",
      "Participants : Ana, Bruno, Chloé",
      "",
      "## Actions",
      "- [ ] **Ana** — refaire la page tarifs · priorité haute",
      "- [x] **Bruno** — publier l'offre d'emploi",
      "- [ ] Tous — relire la feuille de route",
      "",
    ].join("\n");
    expect(parsePlan(md).items.map((i) => [i.title.toLowerCase(), i.done, i.priority])).toEqual([
      ["refaire la page tarifs", false, "P1"],
      ["publier l'offre d'emploi", true, null],
      ["relire la feuille de route", false, null],
    ]);
  });

  it("a bold title whose tail is a description stays as it was", () => {
    const md = ["# Backlog", "", "- [ ] **Cache layer** — add an LRU in front of the API", "- [ ] **Search** - typo tolerance", ""].join("\n");
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Cache layer", "Search"]);
  });

  it("read an arrow from a known person to the task as the same hand-over, not an arrow between two things", () => {
    expect(ownerBeforeDash("Ana → add resource limits to the orders deployments", people)).toEqual({ owner: "Ana", rest: "add resource limits to the orders deployments" });
    expect(ownerBeforeDash("Segment → Rudderstack for the event pipeline", people)).toBeNull();
  });
});

describe("'Owner → task' action lines", () => {
  it("a person the document names, an arrow, then the task: the owner leaves the title", async () => {
    const { parsePlan } = await import("../parse");
    const md = "**Obecni:** Marek Zając, Ola Nowak\n\n## Zadania\n\n- Marek → dopisać limity zasobów do deploymentów\n- Cache → Redis migration for sessions\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.description])).toEqual([
      ["dopisać limity zasobów do deploymentów", "Owner: Marek"],
      ["Cache → Redis migration for sessions", ""],
    ]);
  });
});
