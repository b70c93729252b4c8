import { expect, test } from "@playwright/test";
import { DEMO, signInAs } from "./helpers";

const table = (page: import("@playwright/test").Page) => page.getByRole("table");

test("a filtered, sorted, searched view lives in the URL and survives a reload", async ({ page }) => {
  await signInAs(page, DEMO.engineer);
  await page.goto("/backlog");
  await page.getByRole("button", { name: "P1", exact: true }).click();
  await page.getByLabel("Search items").fill("pyright");
  await expect(page).toHaveURL(/q=pyright/);
  await expect(page).toHaveURL(/priority=P1/);
  await page.getByRole("button", { name: "Key" }).click();
  await expect(page).toHaveURL(/sort=key/);
  const keys = table(page).locator("tbody tr td:first-child");
  await expect(keys.first()).toHaveText(/^P1-/);
  const before = await keys.allTextContents();
  expect(before.length).toBeGreaterThan(0);

  await page.reload();
  await expect(page.getByLabel("Search items")).toHaveValue("pyright");
  await expect(page.getByRole("button", { name: "P1", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(keys).toHaveText(before);
});

test("partial words and keys like P1-0 match; the page ignores bad filter values with a message, the API refuses them", async ({ page }) => {
  await signInAs(page, DEMO.viewer);
  await page.goto("/backlog?q=P1-0&sort=key");
  await expect(table(page).locator("tbody tr").first()).toContainText("P1-0");
  await page.goto(`/backlog?status=bogus&page=-1&q=${"x".repeat(10_000)}`);
  await expect(page.getByRole("status").filter({ hasText: "Ignored status" })).toBeVisible();
  await expect(table(page)).toBeVisible();
  const api = await page.request.get("/api/v1/items?status=bogus&page=-1&size=7");
  // The API is strict everywhere (one behaviour for every endpoint): the first bad parameter is named.
  expect(api.status()).toBe(400);
  expect((await api.json()).error).toMatchObject({ code: "invalid", field: "status" });
});

test("a viewer sees the table without edit controls; an engineer changes status inline", async ({ page, browser }) => {
  await signInAs(page, DEMO.viewer);
  await page.goto("/backlog?project=health-todos&sort=key");
  await expect(table(page)).toBeVisible();
  await expect(table(page).getByRole("combobox")).toHaveCount(0);
  await expect(table(page).getByRole("checkbox")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "New item" })).toHaveCount(0);

  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const eng = await context.newPage();
  await signInAs(eng, DEMO.engineer);
  await eng.goto("/backlog?project=health-todos&sort=key&status=not_started&priority=P3");
  const first = table(eng).locator("tbody tr").first();
  const key = (await first.locator("td").first().textContent())!.trim();
  await first.getByLabel(`Status of ${key}`).selectOption("in_progress");
  await expect(eng.getByText(`${key} → In progress`)).toBeVisible();
  await expect(table(eng).locator("tbody tr").first()).not.toContainText(key);
  await context.close();
});

test("a lead bulk-sets priority on selected rows and saves the view", async ({ page }) => {
  await signInAs(page, DEMO.lead);
  await page.goto("/backlog?project=health-todos&sort=key&priority=P3");
  const rows = table(page).locator("tbody tr");
  // count() does not wait: let the rows arrive first (the page streams behind its loading state).
  await expect(rows.nth(1)).toBeVisible();
  const count = await rows.count();
  expect(count).toBeGreaterThan(1);
  const keys = [await rows.nth(0).locator("td").nth(1).textContent(), await rows.nth(1).locator("td").nth(1).textContent()].map((k) => k!.trim());
  await page.getByLabel(`Select ${keys[0]}`).check();
  await page.getByLabel(`Select ${keys[1]}`).check();
  await page.getByRole("region", { name: "Bulk edit" }).getByLabel("Set priority").selectOption("P2");
  await expect(page.getByText("Priority P2: 2 of 2 items changed.")).toBeVisible();
  await expect(rows).toHaveCount(count - 2);

  await page.getByRole("button", { name: "Save view" }).click();
  await page.getByLabel("View name").fill("Health P3s");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved view “Health P3s”.")).toBeVisible();
  await page.goto("/backlog");
  await page.getByLabel("Saved views").selectOption({ label: "Health P3s" });
  await expect(page).toHaveURL(/priority=P3/);
});
