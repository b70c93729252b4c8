import { expect, test } from "@playwright/test";
import iconv from "iconv-lite";
import { DEMO, signInAs } from "./helpers";

// Uploading runbook files as people have them: a Windows-1252 file (an old Windows editor's
// default) written as an alert runbook (Meaning / Impact / Diagnosis / Mitigation). The upload
// reads the bytes on the server with the plan import's decoder; the alert layout is one scenario.

const ALERT_RUNBOOK = [
  "# Café kiosk — outage",
  "The ordering kiosks in the Café stop taking orders.",
  "## Meaning",
  "The kiosk app cannot reach the order service.",
  "## Impact",
  "- The Café loses lunch orders.",
  "## Diagnosis",
  "1. Check the kiosk's Wi-Fi icon.",
  "2. Check the order service on the café dashboard.",
  "## Mitigation",
  "1. Restart the kiosk.",
].join("\r\n\r\n");

test("a Windows-1252 alert runbook imports as one scenario and reads “Café”", async ({ page }) => {
  await signInAs(page, DEMO.engineer);
  await page.goto("/runbooks/new");
  const bytes = iconv.encode(ALERT_RUNBOOK, "windows-1252");
  expect(bytes.includes(0xe9)).toBe(true); // é as one byte: not UTF-8
  await page.getByLabel("Import a Markdown file").setInputFiles({ name: "cafe-kiosk.md", mimeType: "text/markdown", buffer: bytes });
  await expect(page).toHaveURL(/\/runbooks\/(?!new)[^/]+$/);

  await expect(page.getByRole("heading", { level: 1, name: "Café kiosk — outage" })).toBeVisible();
  await expect(page.getByText("The ordering kiosks in the Café stop taking orders.")).toBeVisible();
  await expect(page.getByText("�")).toHaveCount(0);
  // One scenario named after the runbook, its steps the two diagnosis and one mitigation actions.
  const scenarios = page.getByLabel("Scenario").locator("option");
  await expect(scenarios).toHaveText(["Café kiosk — outage (3 steps)"]);

  await page.getByRole("button", { name: "Start drill" }).click();
  await expect(page).toHaveURL(/\/drills\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: /Drill: Café kiosk — outage/ })).toBeVisible();
  await expect(page.getByTestId("drill-step")).toHaveText([/Check the kiosk's Wi-Fi icon\./, /Check the order service on the café dashboard\./, /Restart the kiosk\./]);
});
