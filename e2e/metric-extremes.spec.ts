import { expect, test, type Page } from "@playwright/test";
import { DEMO, signInAs } from "./helpers";

// A metric holding the largest values ingest accepts, and two values closer together than a chart
// step can divide, renders its page with the chart drawn, and the server still answers afterwards.
// Before the value range and the bounded tick loop, 9e14 next to 9e14 + 0.125 (or a stored
// 1.7976931348623157e308) hung the server's render and then killed the process. The form refuses
// what the API refuses (values beyond ±1e15, times before 2000), naming the field.

const KEY = "e2e_extremes";

async function record(page: Page, value: string, at = "") {
  await page.getByLabel("Value", { exact: true }).fill(value);
  await page.getByLabel("Measured at").fill(at);
  await page.getByRole("button", { name: "Record", exact: true }).click();
}

async function expectChartAndHealthyServer(page: Page, yLabels: string[]) {
  // Values recorded within the same minute share an x, so the line itself may have no length: its dots show.
  await expect(page.locator(".recharts-line-dot").first()).toBeVisible();
  for (const label of yLabels) await expect(page.locator(".recharts-surface").first()).toContainText(label);
  const health = await page.request.get("/api/health");
  expect(health.status()).toBe(200);
}

test("extreme but accepted values render, and the form refuses the rest naming the field", async ({ page }) => {
  await signInAs(page, DEMO.lead);
  await page.goto("/metrics/new");
  await page.getByLabel("Key").fill(KEY);
  await page.getByLabel("Name").fill("Extremes (e2e)");
  await page.getByRole("button", { name: "Define metric" }).click();
  await expect(page).toHaveURL(new RegExp(`/metrics/${KEY}$`));

  // Two values a double cannot step between at this size: a flat line on a padded axis.
  const latest = page.getByRole("complementary", { name: "Metric details" }).getByRole("table");
  await record(page, "900000000000000");
  await expect(latest.locator("tbody tr")).toHaveCount(1);
  await record(page, "900000000000000.125");
  await expect(latest.locator("tbody tr")).toHaveCount(2);
  await page.reload();
  await expectChartAndHealthyServer(page, ["800,000,000,000,000", "1E15"]);

  // The ends of the range.
  await record(page, "0");
  await expect(latest.locator("tbody tr")).toHaveCount(3);
  await record(page, "1e15");
  await expect(latest.locator("tbody tr")).toHaveCount(4);
  await page.goto(`/metrics/${KEY}?range=all`);
  await expectChartAndHealthyServer(page, ["0", "500,000,000,000,000", "1E15"]);

  // Refused, as by the API, with the field named.
  await record(page, "1e16");
  await expect(page.locator("#point-value-error")).toHaveText("Must be between -1e15 and 1e15");
  await record(page, "5", "0001-01-01T00:00");
  await expect(page.locator("#point-time-error")).toHaveText("Is before 2000; send the time the value was measured");
  await expect(latest.locator("tbody tr")).toHaveCount(4);
  await page.goto("/metrics");
  await expect(page.getByTestId("metric-tile").filter({ hasText: "Extremes (e2e)" })).toContainText("1E15");
});
