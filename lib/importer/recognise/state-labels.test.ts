import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { leadingStateLabel } from "./state-labels";

describe("a state label opening an entry", () => {
  it("reads the state and keeps the rest as the line", () => {
    expect(leadingStateLabel("\u0001Blocked:\u0002 VPC peering with the data team")).toEqual({ status: "blocked", rest: "VPC peering with the data team" });
    expect(leadingStateLabel("\u0001En cours\u0002 : refonte du menu")).toEqual({ status: "in_progress", rest: "refonte du menu" });
    expect(leadingStateLabel("Erledigt: Drucker getauscht")).toEqual({ status: "done", rest: "Drucker getauscht" });
    expect(leadingStateLabel("\u0001Cache layer:\u0002 add an LRU")).toBeNull();
    expect(leadingStateLabel("Redis: export the session store")).toBeNull();
    expect(leadingStateLabel("\u0001Blocked: VPC peering\u0002 — waiting")).toBeNull();
  });

  it("in a list of work, the state label is the entry's state, not its title", () => {
    const md = ["# Tasks", "", "- **Blocked:** VPC peering with the data team (waiting on their plan)", "- **Bloqueado:** migrar la base de datos", "- Write the runbook", ""].join("\n");
    expect(parsePlan(md).items.map((i) => [i.title, i.status])).toEqual([
      ["VPC peering with the data team", "blocked"],
      ["migrar la base de datos", "blocked"],
      ["Write the runbook", "not_started"],
    ]);
  });
});
