import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

// Record headings whose fields share one line ("**Rating:** High · **Status:** Open"), a finding's
// rating as its priority, and an informational finding that needs no action.
const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.priority, i.status]);

describe("fields on one line, a rating ranks the finding", () => {
  it("English: rating and status separated by a middle dot; an informational finding is good news", () => {
    const md =
      "# Audit\n\n## Findings\n\n### A-1 — Open redirect on /login\n**Rating:** High · **Where:** `/login` · **Status:** Remediation in progress\n\nValidate the target.\n\n" +
      "### A-2 — Old TLS ciphers\n**Risk rating:** Low · **Status:** Accepted risk until the host is retired\n\n" +
      "### A-3 — Password hashing\n**Rating:** Informational\n\nArgon2id is used correctly. No action.\n";
    expect(read(md)).toEqual([
      ["Open redirect on /login", "P1", "in_progress"],
      ["Old TLS ciphers", "P3", "wont_do"],
    ]);
  });

  it("German labels separated by a pipe", () => {
    const md = "# Prüfbericht\n\n## Befunde\n\n### B-7 — Fehlende Protokollierung\n**Schweregrad:** Hoch | **Status:** Erledigt\n";
    expect(read(md)).toEqual([["Fehlende Protokollierung", "P1", "done"]]);
  });
});
