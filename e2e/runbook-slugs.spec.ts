import { expect, test, type Page } from "@playwright/test";
import { DEMO, signInAs } from "./helpers";

// Runbooks with real-world titles: the slug made from "Disk full on db_primary" or "Störung im
// Zahlungsdienst" opens the runbook and exports it as Markdown (the export route used to answer
// 404 for both), and runbooks whose slugs an earlier version made (accents and underscores kept;
// the e2e server adds two, see scripts/lib/e2e-fixtures.ts) still open and export.

async function exportOf(page: Page) {
  const href = await page.getByRole("link", { name: "Export Markdown" }).getAttribute("href");
  return page.request.get(href!);
}

async function createRunbook(page: Page, title: string) {
  await page.goto("/runbooks/new");
  const markdown = `## ${title}\n\n### Symptoms\n- the alert fires\n`;
  // Refill until the editor holds the text: a fill racing hydration can be lost.
  await expect(async () => {
    await page.getByLabel("Title").fill(title);
    await page.getByRole("textbox", { name: "Markdown" }).fill(markdown);
    await expect(page.getByRole("textbox", { name: "Markdown" })).toHaveValue(markdown, { timeout: 1000 });
    await expect(page.getByLabel("Title")).toHaveValue(title, { timeout: 1000 });
  }).toPass();
  await page.getByRole("button", { name: "Create runbook" }).click();
}

test("runbooks titled 'Disk full on db_primary' and 'Störung im Zahlungsdienst' open and export as Markdown", async ({ page }) => {
  await signInAs(page, DEMO.engineer);
  for (const [title, slug] of [
    ["Disk full on db_primary", "disk-full-on-db-primary"],
    ["Störung im Zahlungsdienst", "storung-im-zahlungsdienst"],
  ] as const) {
    await createRunbook(page, title);
    await expect(page).toHaveURL(new RegExp(`/runbooks/${slug}$`));
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

    const file = await exportOf(page);
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toContain("text/markdown");
    expect(file.headers()["content-disposition"]).toContain(`filename="${slug}.md"`);
    const text = await file.text();
    expect(text).toContain(`# ${title}`);
    expect(text).toContain("- the alert fires");
  }
});

test("runbooks whose slugs an earlier version made still open, from the list, and export", async ({ page }) => {
  await signInAs(page, DEMO.viewer);
  for (const [title, slug] of [
    ["Störung im Zahlungsdienst (2025)", "störung-im-zahlungsdienst-2025"],
    ["Disk full on db_primary (2025)", "disk-full-on-db_primary-2025"],
  ] as const) {
    await page.goto("/runbooks");
    await page.getByRole("link", { name: title }).click();
    await expect(page).toHaveURL(new RegExp(`/runbooks/${encodeURIComponent(slug)}$`));
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

    const file = await exportOf(page);
    expect(file.status()).toBe(200);
    expect(await file.text()).toContain(`# ${title}`);
    // A UTF-8 file name travels in filename*, with an ASCII stand-in for older clients.
    const disposition = file.headers()["content-disposition"];
    expect(disposition).toContain(/^[\x20-\x7e]+$/.test(slug) ? `filename="${slug}.md"` : `filename*=UTF-8''${encodeURIComponent(slug)}.md`);

    // Typed undecoded in the address bar, the same page.
    const direct = await page.goto(`/runbooks/${slug}/history`);
    expect(direct?.status()).toBe(200);
  }
  // A segment no slug can be is a 404, not a database error; one holding U+0000 is refused as input (400).
  expect((await page.request.get("/api/v1/runbooks/Disk%20full/markdown")).status()).toBe(404);
  expect((await page.request.get("/api/v1/runbooks/disk%00full/markdown")).status()).toBe(400);
  expect((await page.goto("/runbooks/disk%00full"))?.status()).toBe(400);
});
