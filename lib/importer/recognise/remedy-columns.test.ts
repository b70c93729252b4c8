import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { isRemedyHeader } from "./remedy-columns";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.priority]);

describe("a gap table's remediation column", () => {
  it("titles the rows when no header names them; a dash-only row is nothing to do", () => {
    const md =
      "# Gap assessment\n\n| Control | Current state | Gap | Remediation | Owner |\n|---|---|---|---|---|\n| Backups | Daily snapshots | Restores never tested | Quarterly restore test | SRE |\n| Change mgmt | PR reviews | — | — | Eng |\n| Training | Annual | Completion not tracked | Track completion monthly | People |\n";
    expect(read(md).map(([t]) => t)).toEqual(["Quarterly restore test", "Track completion monthly"]);
  });

  it("in other languages", () => {
    for (const h of ["remediation", "empfehlung", "recomendación", "correctif", "対策", "整改措施", "조치 사항"]) expect(isRemedyHeader(h), h).toBe(true);
    const md = "# Auditoría\n\n| Control | Brecha | Remediación | Responsable |\n|---|---|---|---|\n| Accesos | Sin revisión trimestral | Revisión trimestral de accesos | TI |\n| Copias | Nunca probadas | Prueba de restauración | SRE |\n";
    expect(read(md).map(([t]) => t)).toEqual(["Revisión trimestral de accesos", "Prueba de restauración"]);
  });

  it("a header naming the row keeps it the title", () => {
    const md = "# Audit\n\n| Finding | Severity | Recommendation |\n|---|---|---|\n| SQL injection in search | High | Use bound parameters |\n| Verbose errors | Low | Hide stack traces |\n";
    expect(read(md)).toEqual([
      ["SQL injection in search", "P1"],
      ["Verbose errors", "P3"],
    ]);
  });
});
