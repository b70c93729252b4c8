import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.status]);

describe("a record's state said in a qualified field or a longer value", () => {
  it("reads a qualified status field of a record (Retest status, Estado actual)", () => {
    const md =
      "# Pentest\n\n## Findings\n\n### NW-01 — IDOR on invoice download\n**Severity:** High\n**Retest status:** Fixed (verified 28.11)\n\n### NW-02 — XSS in ticket subject\n**Severity:** Medium\n**Estado actual:** abierto\n";
    expect(read(md)).toEqual([
      ["IDOR on invoice download", "done"],
      ["XSS in ticket subject", "not_started"],
    ]);
  });

  it("reads the state opening a status value's first clause", () => {
    const md =
      "# Security review\n\n## Findings\n\n### RS-01 — IDOR on invoices (Critical)\nAny user can read another tenant's invoice.\n**Status:** Fixed in 3.14.2, verified by tester.\n\n### RS-02 — Old TLS (Low)\nOnly the legacy host.\n**Status:** Erledigt in v2, geprüft\n";
    expect(read(md)).toEqual([
      ["IDOR on invoices", "done"],
      ["Old TLS", "done"],
    ]);
  });
});
