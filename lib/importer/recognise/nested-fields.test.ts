import { describe, expect, it } from "vitest";
import type { List, ListItem } from "mdast";
import { parseMarkdown } from "../markdown";
import { parsePlan } from "../parse";
import { nestedFieldPriority } from "./nested-fields";

const firstItem = (md: string): ListItem => (parseMarkdown(md).children.find((c) => c.type === "list") as List).children[0]!;

describe("nested label priority", () => {
  it("reads a P-level among a card's labels", () => {
    expect(nestedFieldPriority(firstItem("- Ajouter l'export CSV\n  - Étiquettes : backend, P1\n  - Membre : @lea\n"))).toBe("P1");
    expect(nestedFieldPriority(firstItem("- 检查库存同步\n  - 标签：P3\n"))).toBe("P3");
  });

  it("reads a nested priority field", () => {
    expect(nestedFieldPriority(firstItem("- Rotate the keys\n  - Priority: high\n"))).toBe("High");
  });

  it("ignores labels that are no level and sub-bullets that are no field", () => {
    expect(nestedFieldPriority(firstItem("- Rotate the keys\n  - Labels: security, ops\n"))).toBeNull();
    expect(nestedFieldPriority(firstItem("- Rotate the keys\n  - Check P2 and P3 hosts first\n"))).toBeNull();
    expect(nestedFieldPriority(firstItem("- Rotate the keys\n  - Sprint: P2\n"))).toBeNull();
  });
});

describe("a nested Status field under a list entry", () => {
  it("is the entry's own state", () => {
    const md = "# Backlog\n\n## Network\n\n1. **[P1] Replace the core switch** — window on Sunday\n   - Status: in progress (tested in the lab)\n   - Owner: Dana\n2. **[P2] Renew the certificate**\n   - Status: done ✅ (renewed Monday)\n3. **[P3] Try the new CDN**\n   - Status: cancelled — not a fit for us\n4. **[P2] Split the guest VLAN**\n   - Status: on hold, waiting for the vendor\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority, i.status])).toEqual([
      ["Replace the core switch", "P1", "in_progress"],
      ["Renew the certificate", "P2", "done"],
      ["Try the new CDN", "P3", "wont_do"],
      ["Split the guest VLAN", "P2", "blocked"],
    ]);
  });

  it("a sub-bullet that only mentions a state word is no field", () => {
    const md = "# Backlog\n\n## Work\n\n1. **Move the build to the new runners**\n   - check which jobs are done already\n";
    expect(parsePlan(md).items.map((i) => i.status)).toEqual(["not_started"]);
  });
});
