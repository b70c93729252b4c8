import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DEMO, signInAs } from "./helpers";

// Text a phone reader can read: inline code in rendered Markdown was 0.85em of a 12 px context
// (10.2 px, most of an item page's text in one case), and the "Critical" metric badge was 4.41:1
// against its tint in light mode. P0-003 of seed 002 writes `AttributeError` and friends inline.

test("inline code in an item's description is at least 12 px on a phone", async ({ page }) => {
  await signInAs(page, DEMO.viewer);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/backlog/health-todos/P0-003");
  // The page streams (its data arrives after the shell, as on PostgreSQL): wait for the description.
  await expect(page.getByRole("main").locator("code").first()).toBeVisible();
  const sizes = await page.getByRole("main").locator("code").evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
  expect(sizes.length).toBeGreaterThan(0);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
});

test("a critical metric's badge passes the contrast check in light mode", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await signInAs(page, DEMO.lead);
  await page.goto("/metrics/new");
  await page.getByLabel("Key").fill("e2e_critical");
  await page.getByLabel("Name").fill("Critical (e2e)");
  await page.getByLabel("Target").fill("10");
  await page.getByLabel("Warning threshold").fill("50");
  await page.getByLabel("Critical threshold").fill("100");
  await page.getByRole("button", { name: "Define metric" }).click();
  await expect(page).toHaveURL(/\/metrics\/e2e_critical$/);
  await page.getByLabel("Value", { exact: true }).fill("500");
  await page.getByRole("button", { name: "Record", exact: true }).click();
  const badge = page.locator('[data-status="critical"]').first();
  await expect(badge).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).include('[data-status="critical"]').withRules(["color-contrast"]).analyze();
  expect(violations.map((v) => v.nodes.map((n) => n.failureSummary))).toEqual([]);
});
