import { expect, test, type Page } from "@playwright/test";
import { SCOPE_NAMES } from "@/lib/auth/policy";
import { DEMO, signInAs } from "./helpers";

// API tokens (Admin → API tokens), beside the posting tests in metrics.spec.ts: the form preselects
// no scope (it used to tick metrics:write, so a "read-only" token could also write), cannot be
// sent without one, and expires in 90 days unless told otherwise; the panel that shows the secret
// once states what was granted.

const scopeBoxes = (page: Page) => page.getByRole("group", { name: "Scopes" }).getByRole("checkbox");

async function expectNothingTicked(page: Page) {
  await expect(scopeBoxes(page)).toHaveCount(SCOPE_NAMES.length);
  for (const box of await scopeBoxes(page).all()) await expect(box).not.toBeChecked();
  await expect(page.getByRole("button", { name: "Create token" })).toBeDisabled();
}

test("API tokens: no scope is preselected; a read-only token gets exactly its scope and a 90-day expiry, both shown", async ({ page, request }) => {
  await signInAs(page, DEMO.admin);
  await page.goto("/admin/tokens");
  await page.getByLabel("Name").fill("Dashboard reader (e2e)");
  await expectNothingTicked(page);
  await expect(page.getByText("Tick at least one scope")).toBeVisible();
  await expect(page.getByLabel("Expires")).toHaveValue("90");

  await page.getByRole("checkbox", { name: /Read metrics/ }).check();
  await expect(page.getByRole("button", { name: "Create token" })).toBeEnabled();
  await page.getByRole("button", { name: "Create token" }).click();

  // The confirmation: the one scope granted and the expiry, 90 days from now.
  await expect(page.getByLabel("New token secret")).toHaveValue(/^hbk_/);
  await expect(page.getByTestId("new-token-scopes")).toHaveText("metrics:read");
  const expiresAt = await page.getByTestId("new-token-expiry").locator("time").getAttribute("datetime");
  expect(Math.round((new Date(expiresAt!).getTime() - Date.now()) / 86_400_000)).toBe(90);
  const secret = await page.getByLabel("New token secret").inputValue();

  // It reads, and cannot write.
  const auth = { authorization: `Bearer ${secret}` };
  expect((await request.get("/api/v1/metrics/error_rate/points", { headers: auth })).status()).toBe(200);
  const write = await request.post("/api/v1/metrics/error_rate/points", { data: { value: 1 }, headers: auth });
  expect(write.status()).toBe(403);

  // The form is ready for the next token, again with nothing ticked.
  await page.getByRole("button", { name: "Done" }).click();
  await expectNothingTicked(page);
  const row = page.getByTestId("token-row-Dashboard reader (e2e)");
  await expect(row).toContainText("metrics:read");
  await expect(row).not.toContainText("metrics:write");
});

test("API tokens: a token that never expires must be asked for, and says so", async ({ page }) => {
  await signInAs(page, DEMO.admin);
  await page.goto("/admin/tokens");
  await page.getByLabel("Name").fill("Forever (e2e)");
  await page.getByRole("checkbox", { name: /Export runbooks/ }).check();
  await page.getByLabel("Expires").selectOption({ label: "Never" });
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByTestId("new-token-scopes")).toHaveText("runbooks:read");
  await expect(page.getByTestId("new-token-expiry")).toHaveText(/^never/);
});

test("API tokens: assignee=me from a token is refused with the field named, not answered with an empty list", async ({ page, request }) => {
  await signInAs(page, DEMO.admin);
  await page.goto("/admin/tokens");
  await page.getByLabel("Name").fill("Backlog script (e2e)");
  await page.getByRole("checkbox", { name: /Read backlog items/ }).check();
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = await page.getByLabel("New token secret").inputValue();
  const auth = { authorization: `Bearer ${secret}` };

  const mine = await request.get("/api/v1/items?assignee=me", { headers: auth });
  expect(mine.status()).toBe(400);
  const { error } = await mine.json();
  expect(error.field).toBe("assignee");
  expect(error.message).toMatch(/signed-in user/);
  const unassigned = await request.get("/api/v1/items?assignee=none", { headers: auth });
  expect(unassigned.status()).toBe(200);
  expect((await unassigned.json()).rows.length).toBeGreaterThan(0);
});
