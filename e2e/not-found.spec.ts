import { expect, test } from "@playwright/test";
import { DEMO, navLinks, signInAs } from "./helpers";

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

test("the 403 and 404 pages keep the app's navigation and search", async ({ page }) => {
  await signInAs(page, DEMO.engineer);
  const shell = async (what: string) => {
    await expect(navLinks(page).first(), what).toBeVisible();
    await expect(page.getByRole("button", { name: /^Search…/ }), what).toBeVisible();
    await expect(page.getByTestId("current-user"), what).toHaveText("Eli Engineer");
  };
  // Full page loads: refused by the (app) layout's checks, or no page at all.
  for (const [path, status, heading] of [
    ["/triage", 403, "You don't have access to this page"],
    ["/backlog/health-todos/NOPE-1", 404, "Nothing here"],
    ["/no-such-page", 404, "Nothing here"],
  ] as const) {
    expect((await page.goto(path))?.status(), path).toBe(status);
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
    await shell(path);
  }
  // Client-side navigations (the page's own check refuses): the same, with one shell, not two.
  await page.goto("/backlog");
  for (const [path, heading] of [
    ["/triage", "You don't have access to this page"],
    ["/runbooks/no-such-runbook", "Nothing here"],
  ] as const) {
    await page.evaluate((to) => (window as unknown as { next: { router: { push: (href: string) => void } } }).next.router.push(to), path);
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
    await shell(`${path} (client-side)`);
    await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(1);
  }
});
