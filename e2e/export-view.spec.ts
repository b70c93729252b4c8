import Papa from "papaparse";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, signInAs } from "./helpers";

// "Export this view" exports the view on screen: the same rows (project and key), in the same
// order, whatever the filters — assignee "me", across projects — in CSV and JSON. Before the fix
// the links dropped the assignee filter and needed a project, so the file held other rows.

/** "project/key" of each row on screen, read from the key's link (/backlog/{project}/{key}). */
async function tableKeys(page: Page): Promise<string[]> {
  const hrefs = await page.getByRole("table").locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.querySelector("a[href^='/backlog/']")?.getAttribute("href") ?? ""));
  return hrefs.map((h) => h.replace(/^\/backlog\//, "").split("/").map(decodeURIComponent).join("/"));
}

/**
 * Does `act` (a filter or sort change) and waits for the table to show the view it asks for: the
 * table keeps the previous rows on screen while the new ones load, so the URL alone is not enough.
 */
async function settle(page: Page, urlPart: RegExp, act: () => Promise<void>) {
  const response = page.waitForResponse((r) => r.url().includes("/api/v1/items?") && urlPart.test(r.url()));
  await act();
  const { rows } = (await (await response).json()) as { rows: { key: string; projectSlug: string }[] };
  await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(rows.length);
  await expect.poll(() => tableKeys(page)).toEqual(rows.map((r) => `${r.projectSlug}/${r.key}`));
}

/** Follows one of the view's export links and returns the downloaded file's name and text. */
async function download(page: Page, name: string): Promise<{ file: string; text: string }> {
  const event = page.waitForEvent("download");
  await page.getByRole("link", { name, exact: true }).click();
  const file = await event;
  const chunks = await (await file.createReadStream()).toArray();
  return { file: file.suggestedFilename(), text: Buffer.concat(chunks).toString("utf8") };
}

/** Assigns the first `n` rows of a project (by key, after `skip`) to a person, through the bulk bar. */
async function assign(page: Page, project: string, skip: number, n: number, person: string) {
  await page.goto(`/backlog?project=${project}&sort=key&size=100`);
  const rows = page.getByRole("table").locator("tbody tr");
  await expect(rows.nth(skip + n - 1)).toBeVisible();
  for (let i = skip; i < skip + n; i++) await rows.nth(i).getByRole("checkbox").check();
  await page.getByRole("region", { name: "Bulk edit" }).getByLabel("Assign").selectOption({ label: person });
  await expect(page.getByText(`Assignee: ${n} of ${n} items changed.`)).toBeVisible();
}

test("Export this view holds the rows on screen, with assignee=me across projects, as CSV and JSON", async ({ page }) => {
  await signInAs(page, DEMO.lead);
  // What the demo already gives the lead, per project (the filter below must add exactly ours).
  await page.goto("/backlog?assignee=me&size=100");
  await expect(page.getByRole("table").locator("tbody tr").first()).toBeVisible();
  const already = await tableKeys(page);
  const mineIn = (keys: string[], project: string) => keys.filter((k) => k.startsWith(`${project}/`)).length;
  // Items of two projects for the lead ("me"), and neighbours for someone else the filter must leave out.
  await assign(page, "architecture-plan", 0, 3, "Lee Lead");
  await assign(page, "architecture-plan", 3, 2, "Eli Engineer");
  await assign(page, "project-backlog", 0, 2, "Lee Lead");

  await page.goto("/backlog?size=100");
  await settle(page, /assignee=me/, () => page.getByRole("search", { name: "Backlog filters" }).getByLabel("Assignee").selectOption("me").then(() => {}));
  await settle(page, /assignee=me.*sort=key|sort=key.*assignee=me/, () => page.getByRole("button", { name: "Key" }).click());
  const onScreen = await tableKeys(page);
  expect(mineIn(onScreen, "architecture-plan")).toBe(mineIn(already, "architecture-plan") + 3);
  expect(mineIn(onScreen, "project-backlog")).toBe(mineIn(already, "project-backlog") + 2);

  // The links carry the view's query (no project needed) to the workspace export.
  const md = page.getByRole("link", { name: "Export this view", exact: true });
  await expect(md).toHaveAttribute("href", /^\/api\/v1\/items\/export\?format=md&/);
  await expect(md).toHaveAttribute("href", /assignee=me/);
  await expect(md).toHaveAttribute("href", /sort=key/);

  const csv = await download(page, "Export this view as CSV");
  expect(csv.file).toBe("backlog.csv");
  const rows = Papa.parse<Record<string, string>>(csv.text, { header: true, skipEmptyLines: true }).data;
  expect(rows.map((r) => `${r.project}/${r.key}`)).toEqual(onScreen);
  expect(new Set(rows.map((r) => r.assigneeEmail))).toEqual(new Set([DEMO.lead]));
  for (const r of rows) expect(r.dueLocal === "").toBe(r.due === "");

  const json = await download(page, "Export this view as JSON");
  expect(json.file).toBe("backlog.json");
  const body = JSON.parse(json.text) as { items: { project: string; key: string }[]; projects: { slug: string }[] };
  expect(body.items.map((i) => `${i.project}/${i.key}`)).toEqual(onScreen);
  // The projects of the rows, and only those (the demo also gives the lead an item elsewhere).
  expect(body.projects.map((p) => p.slug).sort()).toEqual([...new Set(onScreen.map((k) => k.split("/")[0]))].sort());

  // Markdown: one plan per project, each under its own heading.
  const plan = await download(page, "Export this view");
  expect(plan.text).toMatch(/^# Architecture improvement plan$/m);
  expect(plan.text).toMatch(/^# Project backlog$/m);
});

test("a narrower view (a project, unassigned, newest first) exports exactly its rows too", async ({ page }) => {
  await signInAs(page, DEMO.viewer);
  await page.goto("/backlog?project=architecture-plan&size=100&sort=created&dir=desc");
  await settle(page, /assignee=none/, () => page.getByRole("search", { name: "Backlog filters" }).getByLabel("Assignee").selectOption("none").then(() => {}));
  await expect(page).toHaveURL(/assignee=none/);
  const onScreen = await tableKeys(page);
  const csv = await download(page, "Export this view as CSV");
  expect(csv.file).toBe("architecture-plan.csv");
  const rows = Papa.parse<Record<string, string>>(csv.text, { header: true, skipEmptyLines: true }).data;
  expect(rows.map((r) => `${r.project}/${r.key}`)).toEqual(onScreen);
  expect(rows.every((r) => r.assignee === "")).toBe(true);
});
