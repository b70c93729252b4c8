import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.status, i.category]);

describe("lists under a backlog's area headings", () => {
  it("a list that tracks state under an area of a backlog is work", () => {
    const md = [
      "# Platform backlog",
      "",
      "## Networking",
      "- ~~Retire the old NAT gateways~~ (done 02.12)",
      "- Move internal load balancers to dual-stack",
      "- **Blocked:** peering with the data account",
      "",
      "## Storage",
      "| Task | Priority |",
      "|---|---|",
      "| Encrypt the remaining volumes | High |",
      "",
    ].join("\n");
    expect(read(md)).toEqual([
      ["Retire the old NAT gateways", "done", ["Networking"]],
      ["Move internal load balancers to dual-stack", "not_started", ["Networking"]],
      ["peering with the data account", "blocked", ["Networking"]],
      ["Encrypt the remaining volumes", "not_started", ["Storage"]],
    ]);
  });

  it("the same in German; a list without any state, or a document not titled as a backlog, stays as it was", () => {
    const de = ["# Backlog Büro", "", "## Technik", "- ~~Drucker tauschen~~ erledigt", "- Beamer reparieren", ""].join("\n");
    expect(read(de).map((r) => r[0])).toEqual(["Drucker tauschen", "Beamer reparieren"]);
    const links = ["# Platform backlog", "", "## Tasks", "- Fix the build", "", "## Links", "- the wiki page", "- the dashboard", ""].join("\n");
    expect(read(links).map((r) => r[0])).toEqual(["Fix the build"]);
    const retro = ["# Sprint 9 retro", "", "## Went well", "- Pairing on the tax bug — fixed in a day", "- ~~Daily standup~~ moved to async", "", "## Action items", "- Book the room", ""].join("\n");
    expect(read(retro).map((r) => r[0])).toEqual(["Book the room"]);
  });
});
