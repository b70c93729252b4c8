import { expect, test } from "@playwright/test";
import { DEMO, signInAs } from "./helpers";

// A link to something that does not exist (a deleted item, a mistyped runbook) answers a real 404
// on a full page load, not the not-found view with status 200, and an existing record still loads.

test("missing detail pages answer 404; existing ones 200", async ({ page }) => {
  await signInAs(page, DEMO.lead);
  for (const path of ["/backlog/health-todos/NOPE-1", "/runbooks/no-such-runbook", "/runbooks/no-such-runbook/history", "/runbooks/incident-response-playbook/drills/00000000-0000-4000-8000-000000000000", "/metrics/no_such_metric", "/metrics/no_such_metric/edit"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Nothing here" })).toBeVisible();
  }
  for (const path of ["/backlog/health-todos/P0-001", "/runbooks/incident-response-playbook", "/runbooks/new", "/metrics/error_rate", "/metrics/new"]) {
    expect((await page.goto(path))?.status(), path).toBe(200);
  }
});
