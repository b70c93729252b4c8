import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

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
