import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DEMO, signInAs } from "./helpers";

// The pages a stakeholder and a lead use every week, checked by axe (WCAG 2.1 A and AA rules,
// colour contrast included) in the light and the dark theme.

const PAGES = [
  "/",
  "/metrics",
  "/metrics/error_rate",
  "/metrics/new",
  "/backlog",
  "/backlog/health-todos/P0-001",
  "/triage",
  "/matrix",
  "/runbooks",
  "/runbooks/incident-response-playbook",
  "/runbooks/incident-response-playbook/history",
  "/import",
  "/api-docs",
];

for (const scheme of ["light", "dark"] as const) {
  test(`key pages have no accessibility violations (${scheme})`, async ({ page }) => {
    test.setTimeout(180_000); // axe over thirteen pages
    await page.emulateMedia({ colorScheme: scheme });
    await signInAs(page, DEMO.lead);
    const found: string[] = [];
    for (const path of PAGES) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      for (const v of violations) found.push(`${path}: ${v.id} (${v.impact}) ${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(" ")} — ${v.nodes[0]?.failureSummary?.split("\n")[1]?.trim() ?? v.help}`);
    }
    expect(found).toEqual([]);
  });
}
