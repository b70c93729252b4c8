import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { modalBucket } from "./modal-buckets";

// Made-up release checklists that sort their work under modal clauses.

describe("a heading opened by a modal clause is a MoSCoW bucket", () => {
  it.each([
    ["Muss vor dem Release erledigt sein", "Immediate"],
    ["Müssen bis Freitag fertig sein", "Immediate"],
    ["Sollte vor dem Release erledigt sein", "Short term"],
    ["Soll im Januar kommen", "Short term"],
    ["Kann warten", "Medium term"],
    ["Must be done before launch", "Immediate"],
    ["Should be fixed this sprint", "Short term"],
    ["Could be done after GA", "Medium term"],
    ["Can wait until January", "Medium term"],
    ["Peut attendre", "Medium term"],
    ["Puede esperar a marzo", "Medium term"],
  ])("%s → %s", (heading, label) => expect(modalBucket(heading)).toBe(label));

  it.each(["Sollen wir auf Postgres 16 gehen?", "Should we migrate?", "Must-read links", "Soll-Ist-Vergleich", "Musste verschoben werden", "Kanban-Regeln", "Should have", "Can Demir", "Mustang rollout"])(
    "%s is not a bucket",
    (heading) => expect(modalBucket(heading)).toBeNull(),
  );

  it("ranks a German GitLab release checklist by its modal headings", () => {
    const md =
      "## Release 3.2\n\n### Muss vor dem Release erledigt sein\n- [x] Migration getestet\n- [ ] Lasttest\n\n### Sollte vor dem Release erledigt sein\n- [ ] Dashboard\n\n### Kann warten\n- [ ] PNG-Vorschau\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority, i.priorityLabel])).toEqual([
      ["Migration getestet", "P0", "Immediate"],
      ["Lasttest", "P0", "Immediate"],
      ["Dashboard", "P1", "Short term"],
      ["PNG-Vorschau", "P2", "Medium term"],
    ]);
  });
});
