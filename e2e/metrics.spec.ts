import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO, newSession, signInAs } from "./helpers";

// Health metrics end to end: a viewer reads the dashboard and a metric's chart and table; a lead
// defines a metric and ties seed 002's P0-001 criterion to it; CI posts values with an admin's
// token and the chart and the criterion follow; bad requests are refused whole; a revoked token
// is refused; an engineer links the demo runbook to a metric from the metric's page, a viewer cannot.

test.describe.configure({ mode: "serial" });

const KEY = "e2e_pyright_errors";
let secret = "";
let readOnlySecret = "";

const post = (request: APIRequestContext, body: unknown, token = secret, key = KEY) =>
  request.post(`/api/v1/metrics/${key}/points`, { data: body, headers: { authorization: `Bearer ${token}` } });

async function createToken(page: Page, name: string, scopes: string[]): Promise<string> {
  await page.goto("/admin/tokens");
  await page.getByLabel("Name").fill(name);
  for (const box of await page.getByRole("checkbox").all()) {
    const value = (await box.getAttribute("value")) ?? "";
    if ((await box.isChecked()) !== scopes.includes(value)) await box.click();
  }
  await page.getByRole("button", { name: /create token/i }).click();
  const field = page.getByLabel("New token secret");
  await expect(field).toHaveValue(/^hbk_/);
  const value = await field.inputValue();
  await page.getByRole("button", { name: "Done" }).click();
  return value;
}

test("a viewer sees the dashboard with charts drawn and the values in the table view", async ({ page }) => {
  await signInAs(page, DEMO.viewer);
  await page.goto("/");
  const tiles = page.getByTestId("health-tiles");
  await expect(tiles.getByTestId("metric-tile").first()).toBeVisible();
  await expect(tiles.locator("[data-status=warning]").first()).toBeVisible();
  await expect(tiles.locator("svg[role=img]").first()).toBeVisible();
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await expect(page.locator(".recharts-area").first()).toBeVisible();
  await page.getByRole("group", { name: "Show backlog progress as" }).getByRole("button", { name: "Table" }).click();
  await expect(page.getByTestId("progress-table").locator("tbody tr")).toHaveCount(12);

  // A metric's own page: the chart, then the same values as a table.
  await tiles.getByRole("link", { name: "Error Rate" }).click();
  await expect(page).toHaveURL(/\/metrics\/error_rate$/);
  await expect(page.locator(".recharts-line").first()).toBeVisible();
  // The trend over the range shown (the demo's error rate came down over 90 days, yet sits in warning).
  const trend = page.getByRole("complementary", { name: "Metric details" }).getByTestId("metric-trend");
  await expect(trend).toHaveAttribute("data-trend", "better");
  await expect(trend).toContainText("in 90 days (better)");
  await expect(page.getByRole("button", { name: "Record" })).toHaveCount(0); // viewers only read
  expect((await page.goto("/metrics/error_rate/edit"))?.status()).toBe(403);
  await page.goto("/metrics/error_rate");
  await page.getByRole("button", { name: "Table", exact: true }).click();
  await expect(page.getByRole("table").filter({ hasText: "1.25%" }).first()).toBeVisible();
});

test("a lead defines a metric and ties an acceptance criterion to it", async ({ page }) => {
  await signInAs(page, DEMO.lead);
  await page.goto("/metrics/new");
  await page.getByLabel("Key").fill(KEY);
  await page.getByLabel("Name").fill("Pyright errors (e2e)");
  await page.getByLabel("Target").fill("10");
  await page.getByLabel("Warning threshold").fill("5");
  await page.getByRole("button", { name: "Define metric" }).click();
  // Lower is better: a warning below the target contradicts it, and the message names the field.
  await expect(page.getByText("must be at or above the target (10) when lower is better").first()).toBeVisible();
  await page.getByLabel("Warning threshold").fill("50");
  await page.getByLabel("Critical threshold").fill("100");
  await page.getByRole("button", { name: "Define metric" }).click();
  await expect(page).toHaveURL(new RegExp(`/metrics/${KEY}$`));
  await expect(page.getByRole("heading", { name: "Pyright errors (e2e)" })).toBeVisible();
  await expect(page.getByText("No data").first()).toBeVisible();

  await page.goto("/backlog/health-todos/P0-001");
  await page.getByText("Let a criterion follow a metric…").click();
  await page.getByLabel("Criterion that follows the metric").selectOption({ label: "Pyright errors < 50 across all repos" });
  await page.getByLabel("Metric to follow").selectOption(KEY);
  await page.getByLabel("Comparison").selectOption("<");
  await page.getByLabel("Bound").fill("50");
  await page.getByRole("button", { name: "Link", exact: true }).click();
  const rule = page.getByTestId("criterion-rule");
  await expect(rule).toContainText(`${KEY} < 50`);
  await expect(rule).toContainText("no values yet");
});

test("a token posts values like curl would; the chart and the linked criterion follow", async ({ page, request }) => {
  await signInAs(page, DEMO.admin);
  secret = await createToken(page, "CI nightly (e2e)", ["metrics:write"]);
  readOnlySecret = await createToken(page, "Reader (e2e)", ["items:read"]);

  // Refusals first: each with its status and a message, nothing written.
  const unauth = await request.post(`/api/v1/metrics/${KEY}/points`, { data: { value: 1 } });
  expect(unauth.status()).toBe(401);
  expect((await post(request, { value: 1 }, readOnlySecret)).status()).toBe(403);
  const notNumber = await post(request, { value: "49" });
  expect(notNumber.status()).toBe(400);
  expect(await notNumber.json()).toMatchObject({ error: { code: "invalid", field: "value" } });
  const future = await post(request, { value: 1, recordedAt: "2999-01-01T00:00:00Z" });
  expect(future.status()).toBe(400);
  expect((await future.json()).error.message).toMatch(/recordedAt: is in the future/);
  expect((await post(request, { value: 1 }, secret, "no_such_metric")).status()).toBe(404);
  const half = await post(request, { points: [{ value: 1 }, { value: 2 }, { value: null }] });
  expect(half.status()).toBe(400);
  expect((await half.json()).error.field).toBe("points.2.value");
  const huge = await request.post(`/api/v1/metrics/${KEY}/points`, {
    headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
    data: `{"points":[${'{"value":1},'.repeat(1_700_000)}{"value":1}]}`,
  });
  expect(huge.status()).toBe(413);

  const first = await post(request, { value: 61, recordedAt: new Date(Date.now() - 3 * 3_600_000).toISOString(), note: "before the fix" });
  expect(first.status()).toBe(201);
  const batch = await post(request, {
    points: [
      { value: 55, recordedAt: new Date(Date.now() - 2 * 3_600_000).toISOString() },
      { value: 49, recordedAt: new Date(Date.now() - 60_000).toISOString(), note: "build 1234" },
    ],
  });
  expect(batch.status()).toBe(201);
  expect(await batch.json()).toMatchObject({ recorded: 2, metric: KEY, latest: { value: 49 } });

  // The chart: three values, nothing from the refused requests.
  const series = await request.get(`/api/v1/metrics/${KEY}/points?range=7d`, { headers: { authorization: `Bearer ${secret}` } });
  expect(series.status()).toBe(403); // a write-only token cannot read
  await page.goto(`/metrics/${KEY}`);
  await expect(page.getByText("OK").first()).toBeVisible();
  await expect(page.locator(".recharts-line").first()).toBeVisible();
  await page.getByRole("button", { name: "Table", exact: true }).click();
  const table = page.getByRole("table").filter({ hasText: "55" }).first();
  await expect(table.locator("tbody tr")).toHaveCount(3);
  await expect(table).toContainText("49");
  await expect(table).toContainText("61");

  await page.goto("/backlog/health-todos/P0-001");
  const rule = page.getByTestId("criterion-rule");
  await expect(rule).toContainText(`${KEY} < 50`);
  await expect(rule).toContainText("49 at");
  await expect(rule).toContainText("(met)");
  await expect(page.getByRole("checkbox", { name: "Pyright errors < 50 across all repos" })).toBeChecked();
});

test("a lead removes a wrong value; the linked criterion follows the values that remain", async ({ page, browser }) => {
  await signInAs(page, DEMO.lead);
  await page.goto(`/metrics/${KEY}`);
  const latest = page.getByRole("table").filter({ hasText: "build 1234" });
  await latest.getByRole("button", { name: /^Remove 49 of / }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("criteria that follow it are worked out again");
  await dialog.getByRole("button", { name: "Remove value" }).click();
  await expect(page.getByText(/^Removed 49 of /)).toBeVisible();
  await expect(latest).toHaveCount(0); // the row (with its "build 1234" note) is gone

  await page.goto("/backlog/health-todos/P0-001");
  await expect(page.getByTestId("criterion-rule")).toContainText("55 at");
  await expect(page.getByRole("checkbox", { name: "Pyright errors < 50 across all repos" })).not.toBeChecked();

  // Engineers record values but do not take them back.
  const engineer = await newSession(browser);
  await signInAs(engineer, DEMO.engineer);
  await engineer.goto(`/metrics/${KEY}`);
  await expect(engineer.getByRole("button", { name: "Record" })).toBeVisible();
  await expect(engineer.getByRole("button", { name: /^Remove / })).toHaveCount(0);
  await engineer.context().close();
});

test("a revoked token is refused", async ({ page, request }) => {
  await signInAs(page, DEMO.admin);
  await page.goto("/admin/tokens");
  await page.getByRole("button", { name: "Revoke CI nightly (e2e)" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByText("CI nightly (e2e) revoked")).toBeVisible();
  const refused = await post(request, { value: 1 });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.message).toMatch(/revoked/);
});

test("an engineer links a runbook from the metric's page, sees it on both pages, and unlinks it", async ({ page }) => {
  await signInAs(page, DEMO.engineer);
  await page.goto("/metrics/availability");
  const runbooks = page.getByRole("region", { name: "Runbooks", exact: true });
  await expect(runbooks).toContainText("No runbook linked yet.");
  const form = runbooks.getByRole("form", { name: "Link a runbook" });
  await form.getByLabel("Runbook to link").selectOption({ label: "Incident response playbook (harness)" });
  await form.getByRole("button", { name: "Link", exact: true }).click();
  await expect(page.getByText("Incident response playbook (harness) linked")).toBeVisible();

  // The row: title (a link), service, and the demo runbook's overdue review; the picker no longer offers it.
  const link = runbooks.getByRole("link", { name: "Incident response playbook" });
  await expect(link).toBeVisible();
  const row = runbooks.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Incident response playbook" }) });
  await expect(row).toContainText("harness");
  await expect(row).toContainText(/Overdue by \d+ days?/);
  await expect(runbooks.getByRole("option", { name: "Incident response playbook (harness)" })).toHaveCount(0);

  // The runbook's own page lists the metric among its linked ones.
  await link.click();
  await expect(page).toHaveURL(/\/runbooks\/incident-response-playbook$/);
  const linkedMetrics = page.getByRole("region", { name: "Metrics", exact: true });
  await expect(linkedMetrics.getByRole("link", { name: "Availability", exact: true })).toBeVisible();

  await page.goto("/metrics/availability");
  await runbooks.getByRole("button", { name: "Unlink Incident response playbook" }).click();
  await expect(page.getByText("Incident response playbook unlinked")).toBeVisible();
  await expect(runbooks).toContainText("No runbook linked yet.");
  await expect(runbooks.getByRole("option", { name: "Incident response playbook (harness)" })).toHaveCount(1);
  await page.goto("/runbooks/incident-response-playbook");
  await expect(linkedMetrics.getByRole("link", { name: "Error Rate", exact: true })).toBeVisible(); // the seed's links stay
  await expect(linkedMetrics.getByRole("link", { name: "Availability", exact: true })).toHaveCount(0);
});

test("a viewer sees a metric's runbooks but no way to link or unlink them", async ({ page }) => {
  await signInAs(page, DEMO.viewer);
  await page.goto("/metrics/error_rate");
  const runbooks = page.getByRole("region", { name: "Runbooks", exact: true });
  await expect(runbooks.getByRole("link", { name: "Incident response playbook" })).toBeVisible();
  await expect(runbooks.getByRole("form", { name: "Link a runbook" })).toHaveCount(0);
  await expect(runbooks.getByLabel("Runbook to link")).toHaveCount(0);
  await expect(runbooks.getByRole("button", { name: /^Unlink / })).toHaveCount(0);
});
