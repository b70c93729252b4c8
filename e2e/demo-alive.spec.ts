import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO, signInAs } from "./helpers";

// Right after the demo starts its data is alive: each plan was imported weeks before the start
// (db/demo/projects.ts) through the importer's clock start, so SLA windows have run; seed 002's
// severities propose impacts, so its items sit on the impact × effort board; and each demo user
// who works on items has some (db/demo/assignments.ts). Before, every clock started at demo start:
// nothing was overdue or at risk, the escalation list and the board were empty, nobody had work.

const number = async (cell: Locator) => Number(((await cell.textContent()) ?? "").replace(/\D/g, "") || 0);

/** The sum of one column (0 = Overdue, 1 = At risk) of the dashboard's SLA summary. */
async function slaColumn(page: Page, column: number) {
  let sum = 0;
  for (const row of await page.getByTestId("sla-summary").locator("tbody tr").all()) sum += await number(row.locator("td").nth(column));
  return sum;
}

test("as the demo starts, the lead's dashboard has overdue and at-risk items", async ({ page }) => {
  await signInAs(page, DEMO.lead);
  await page.goto("/");
  await expect(page.getByTestId("sla-summary")).toBeVisible();
  expect(await slaColumn(page, 0)).toBeGreaterThanOrEqual(1);
  expect(await slaColumn(page, 1)).toBeGreaterThanOrEqual(1);
  // The most overdue items are listed by name.
  await expect(page.getByTestId("overdue-list").getByRole("listitem").first()).toContainText(/P0-00\d/);
});

test("the matrix has escalations, at-risk counts and items placed on the impact × effort board", async ({ page }) => {
  await signInAs(page, DEMO.lead);
  await page.goto("/matrix");
  const escalations = page.locator("section[aria-labelledby=escalation-heading]");
  await expect(escalations).not.toContainText("Nothing is overdue.");
  await expect(escalations.getByRole("listitem").first()).toContainText("late");
  await expect(page.getByRole("link", { name: /at risk/ }).first()).toBeVisible();
  let placed = 0;
  for (const q of ["quick_wins", "big_bets", "fill_ins", "money_pits"]) placed += await page.locator(`[data-quadrant="${q}"] [data-item-key]`).count();
  expect(placed).toBeGreaterThanOrEqual(10);
  // Seed 002's P0-007 (severity Critical, 1 hour): impact 5 proposed from its severity, a quick win.
  await expect(page.locator('[data-quadrant="quick_wins"] [data-item-key="P0-007"]')).toBeVisible();
});

for (const [who, email, key] of [
  ["engineer", DEMO.engineer, "P0-004"],
  ["lead", DEMO.lead, "P0-002"],
  ["admin", DEMO.admin, "P0-005"],
] as const) {
  test(`the ${who} has items assigned to them, one of them overdue`, async ({ page }) => {
    await signInAs(page, email);
    await page.goto("/backlog?assignee=me&sort=key");
    const rows = page.locator("table tbody tr");
    await expect(rows.filter({ hasText: key })).toHaveCount(1);
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    await page.goto("/backlog?assignee=me&sla=overdue");
    await expect(rows.filter({ hasText: key })).toHaveCount(1);
  });
}

// Two records: one states only a severity, one states its impact outright.
const IMPACT_PLAN = `# Impact (e2e)

### IM-001: Proposed from severity
**Severity:** High
**Effort:** 3 hours

### IM-002: Stated outright
**Severity:** Critical
**Impact:** 2
**Effort:** 12 hours
`;

test("the import dry run shows the impact a severity proposes and keeps a stated one; the commit places both on the board", async ({ page }) => {
  await signInAs(page, DEMO.lead);
  await page.goto("/import");
  await page.getByLabel("or paste the plan").fill(IMPACT_PLAN);
  await page.getByLabel("Target project").selectOption("__new__");
  await page.getByLabel("Project slug").fill("e2e-impact");
  await page.getByRole("button", { name: "Dry run" }).click();
  await expect(page.getByRole("columnheader", { name: "Impact · effort" })).toBeVisible();
  await expect(page.getByRole("row", { name: /IM-001/ })).toContainText("4 / 5 (proposed from severity high) · 3 h");
  const stated = page.getByRole("row", { name: /IM-002/ });
  await expect(stated).toContainText("2 / 5 · 12 h");
  await expect(stated).not.toContainText("proposed");
  await page.getByRole("button", { name: /^Import 2 new/ }).click();
  await expect(page.getByText("Import complete")).toBeVisible();

  await page.goto("/matrix?project=e2e-impact");
  await expect(page.locator('[data-quadrant="quick_wins"] [data-item-key="IM-001"]')).toBeVisible();
  await expect(page.locator('[data-quadrant="money_pits"] [data-item-key="IM-002"]')).toBeVisible();
});
