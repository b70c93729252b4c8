import { expect, test } from "@playwright/test";
import { DEMO, signInAs } from "./helpers";

// Issue #15 in the browser: a comment of "- " 5,000 times then "x" (10 KB) used to take 16 s to
// render on every view and stall the server for everyone. It is now refused by name before it is
// stored, and the renderer, rewritten on markdown-it, still does what the old one did: code blocks
// with a working copy button, task lists, raw HTML shown as text.

test("a comment nested too deeply is refused by name, and the server keeps answering", async ({ page }) => {
  await signInAs(page, DEMO.engineer);
  await page.goto("/backlog/health-todos/P1-010");
  await page.getByLabel("Add a comment").fill(`${"- ".repeat(5000)}x`);
  const started = Date.now();
  await page.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Markdown nested deeper than 32 levels (lists or quotes) at line 1; flatten it" })).toBeVisible();
  const health = await page.request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(Date.now() - started).toBeLessThan(5000);
});

test("a runbook renders task lists, raw HTML as text, and code blocks whose button copies the code", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signInAs(page, DEMO.engineer);
  await page.goto("/runbooks/new");
  await page.getByLabel("Title", { exact: true }).fill(`Copy check ${Date.now()}`);
  const markdown = ["## Restart", "", "- [x] drained", "- [ ] restarted <b>twice</b>", "", "```sh", "kubectl rollout restart deploy/api", "```", ""].join("\n");
  await expect(async () => {
    await page.getByRole("textbox", { name: "Markdown" }).fill(markdown);
    await expect(page.getByRole("textbox", { name: "Markdown" })).toHaveValue(markdown, { timeout: 1000 });
  }).toPass();
  // The live preview renders as the page will.
  await expect(page.getByTestId("runbook-preview").getByRole("checkbox", { name: "Done", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Create runbook" }).click();
  await expect(page).toHaveURL(/\/runbooks\/[a-z0-9-]+$/);

  const rendered = page.getByTestId("runbook-body");
  await expect(rendered.getByRole("checkbox", { name: "Done", exact: true })).toBeChecked();
  await expect(rendered.getByRole("checkbox", { name: "Not done", exact: true })).not.toBeChecked();
  await expect(rendered).toContainText("restarted <b>twice</b>");
  await expect(rendered.getByRole("heading", { name: "Restart" })).toHaveAttribute("id", "h-restart");

  const copy = rendered.getByRole("button", { name: "Copy code" });
  await expect(copy).toHaveCount(1);
  await copy.click();
  await expect(copy).toHaveText("Copied");
  await expect(rendered.getByRole("status")).toHaveText("Code copied to clipboard");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("kubectl rollout restart deploy/api");
  await expect(copy).toHaveText("Copy", { timeout: 5000 });
});
