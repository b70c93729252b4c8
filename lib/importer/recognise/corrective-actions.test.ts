import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { correctiveActionOf, withCorrectiveAction } from "./corrective-actions";

// Made-up audit nonconformities whose corrective action is the work.

describe("a record's corrective action is its title", () => {
  it("finds one labelled action, bold or not, in many languages", () => {
    expect(correctiveActionOf("Evidence: two shared admin logins.\nCorrective action required: **Give each admin a named account**")?.action).toBe("Give each admin a named account");
    expect(correctiveActionOf("Befund: kein Test.\nKorrekturmaßnahme: Wiederherstellung testen und dokumentieren")?.action).toBe("Wiederherstellung testen und dokumentieren");
    expect(correctiveActionOf("**Action corrective (requise) :** Mettre à jour le registre des accès")?.action).toBe("Mettre à jour le registre des accès");
  });

  it.each([
    "Recommendation: rotate the keys yearly",
    "Action: rotate the keys",
    "Corrective action: none",
    "Corrective action: Fix the backup job\nCorrective action: Test the restore",
    "We took corrective action last year and it worked.",
  ])("%j names no single corrective action", (text) => expect(correctiveActionOf(text)).toBeNull());

  it("keeps the clause heading as the description", () => {
    expect(withCorrectiveAction("NC-1 Clause 8.13 Backup", "Evidence: no restore test.\nCorrective action: Run a restore test.")).toEqual({
      title: "Run a restore test",
      description: "NC-1 Clause 8.13 Backup\n\nEvidence: no restore test.",
    });
  });

  it("reads nonconformity records, and leaves ordinary records alone", () => {
    const md =
      "# Surveillance audit\n\n## Nonconformities\n\n### NC-01 (major) — Clause 5.15 Access control\n\nEvidence: 9 leavers still have accounts.  \nCorrective action required: **Remove leaver accounts and review access quarterly**  \nDue: 30 days · Status: open\n\n" +
      "### NC-02 (minor) — Clause 8.13 Backup\n\nEvidence: no restore test in 12 months.  \nCorrective action required: **Run and document a restore test**  \nDue: 90 days · Status: in progress\n\n" +
      "## Backlog\n\n### Speed up the export\n\nThe export takes 40 s.  \nRecommendation: cache the totals  \nPriority: High · Status: open\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.status])).toEqual([
      ["Remove leaver accounts and review access quarterly", "not_started"],
      ["Run and document a restore test", "in_progress"],
      ["Speed up the export", "not_started"],
    ]);
  });
});
