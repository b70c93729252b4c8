import { expect, test, type Page } from "@playwright/test";
import { DEMO, signInAs } from "./helpers";

// Keyboard and search as leads use them elsewhere: the palette finds runbooks, metrics, saved views
// and actions (by role); the backlog's j/k/x/Enter/c/'/'/? and the item page's s/a/p/e. Demo data:
// seed 002 is project health-todos (keys like P1-009) with the "Incident response playbook"
// runbook; the metric type_safety is "Type safety (Pyright errors)".

const palette = (page: Page) => page.getByRole("dialog", { name: "Command palette" });
const help = (page: Page) => page.getByRole("dialog", { name: "Keyboard shortcuts" });
const rows = (page: Page) => page.getByRole("table").locator("tbody tr");

/** Opens the palette, types `text` and waits until `option` is listed under the heading `group`. */
async function find(page: Page, text: string, group: string, option: string | RegExp) {
  await page.keyboard.press("Control+K");
  await expect(palette(page)).toBeVisible();
  await palette(page).getByRole("combobox").pressSequentially(text);
  const found = palette(page).getByRole("group", { name: group }).getByRole("option", { name: option });
  await expect(found).toBeVisible();
  return found;
}

/** Shortcuts work once the page has hydrated: "?" opening the help overlay proves it. */
async function waitForShortcuts(page: Page) {
  await expect(async () => {
    await page.keyboard.press("?");
    await expect(help(page)).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await page.keyboard.press("Escape");
  await expect(help(page)).toBeHidden();
}

/** Puts keyboard focus back on the page itself (as a click on empty space would). */
const blur = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

test("the palette finds a runbook, a metric, a saved view and the actions a lead may take", async ({ page }) => {
  await signInAs(page, DEMO.lead);
  // The demo has no saved views: save one first.
  await page.goto("/backlog?project=health-todos&priority=P1");
  await page.getByRole("button", { name: "Save view" }).click();
  await page.getByLabel("View name").fill("Keyboard P1 view");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved view “Keyboard P1 view”.")).toBeVisible();
  await page.goto("/");

  await (await find(page, "incident resp", "Runbooks", /^Incident response playbook/)).click();
  await expect(page).toHaveURL(/\/runbooks\/incident-response-playbook$/);

  await (await find(page, "pyright", "Metrics", /Type safety \(Pyright errors\)/)).click();
  await expect(page).toHaveURL(/\/metrics\/type_safety$/);

  await (await find(page, "keyboard p1", "Saved views", "Keyboard P1 view")).click();
  await expect(page).toHaveURL(/\/backlog\?.*priority=P1/);
  await expect(page.getByLabel("Saved views")).toHaveValue(/.+/);

  await (await find(page, "go to tri", "Actions", "Go to triage")).click();
  await expect(page).toHaveURL(/\/triage$/);
});

test("the palette's New item opens the backlog's new-item dialog from another page", async ({ page }) => {
  await signInAs(page, DEMO.lead);
  await (await find(page, "new item", "Actions", "New item")).click();
  await expect(page).toHaveURL(/\/backlog$/);
  await expect(page.getByRole("dialog", { name: "New item" })).toBeVisible();
});

test("a viewer's palette offers no action a viewer may not take", async ({ page }) => {
  await signInAs(page, DEMO.viewer);
  await page.keyboard.press("Control+K");
  const actions = palette(page).getByRole("group", { name: "Actions" });
  await expect(actions.getByRole("option", { name: "Go to matrix" })).toBeVisible();
  for (const name of ["New item", "Import a plan", "Go to triage", "New runbook", "New metric"]) await expect(actions.getByRole("option", { name })).toHaveCount(0);
});

test("on the backlog j/k move a focused row, x selects it, Enter opens it; c, / and ? do their jobs", async ({ page }) => {
  await signInAs(page, DEMO.lead);
  await page.goto("/backlog?project=health-todos&sort=key");
  await expect(rows(page).nth(2)).toBeVisible();
  await waitForShortcuts(page);

  await page.keyboard.press("j");
  await expect(rows(page).nth(0)).toBeFocused();
  await page.keyboard.press("j");
  await expect(rows(page).nth(1)).toBeFocused();
  // The focused row is visibly marked, not only focused.
  await expect(rows(page).nth(1)).not.toHaveCSS("outline-style", "none");
  await page.keyboard.press("k");
  await expect(rows(page).nth(0)).toBeFocused();

  const key = (await rows(page).nth(0).locator("td").nth(1).textContent())!.trim();
  await page.keyboard.press("x");
  await expect(page.getByRole("region", { name: "Bulk edit" })).toContainText("1 selected");
  await expect(page.getByLabel(`Select ${key}`)).toBeChecked();
  await expect(rows(page).nth(0)).toBeFocused();

  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/backlog/health-todos/${key}$`));
  await page.goBack();
  await expect(rows(page).nth(2)).toBeVisible();
  await waitForShortcuts(page);

  await page.keyboard.press("c");
  const dialog = page.getByRole("dialog", { name: "New item" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Title")).toBeFocused();
  await expect(dialog.getByLabel("Title")).toHaveValue("");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  await blur(page);
  await page.keyboard.press("/");
  const search = page.getByRole("searchbox", { name: "Search items" });
  await expect(search).toBeFocused();
  await expect(search).toHaveValue("");
  await page.keyboard.press("j");
  await expect(search).toHaveValue("j");
  await expect(search).toBeFocused();
  await expect(page.locator("tbody tr:focus")).toHaveCount(0);
  await search.fill("");

  await blur(page);
  await page.keyboard.press("?");
  await expect(help(page)).toBeVisible();
  for (const does of ["Next / previous row", "Select or unselect the row", "Open the row's item", "Create an item", "Search items", "Ctrl/⌘ K"]) await expect(help(page)).toContainText(does);
  // Over the open overlay the page's keys do nothing.
  await page.keyboard.press("j");
  await expect(page.locator("tbody tr:focus")).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(help(page)).toBeHidden();

  // Ctrl/⌘ with a key is the browser's: Ctrl+J does not move the row focus.
  await blur(page);
  await page.keyboard.press("Control+j");
  await expect(page.locator("tbody tr:focus")).toHaveCount(0);
});

test("on an item page s, a, p and e focus the status, assignee, priority and title", async ({ page }) => {
  await signInAs(page, DEMO.lead);
  await page.goto("/backlog/health-todos/P2-002");
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).toContainText("P2-002");
  await waitForShortcuts(page);

  await page.keyboard.press("s");
  await expect(main.getByRole("combobox", { name: "Status", exact: true })).toBeFocused();

  await blur(page);
  await page.keyboard.press("a");
  await expect(main.getByRole("combobox", { name: "Assignee", exact: true })).toBeFocused();

  await blur(page);
  await page.keyboard.press("p");
  await expect(main.getByRole("combobox", { name: "Priority", exact: true })).toBeFocused();

  await blur(page);
  await page.keyboard.press("e");
  await expect(main.getByRole("textbox", { name: "Title", exact: true })).toBeFocused();
  // Typing in the form is typing: "s" goes into the title, not to the status select.
  await page.keyboard.press("End");
  await page.keyboard.press("s");
  await expect(main.getByRole("textbox", { name: "Title", exact: true })).toBeFocused();
  await expect(main.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(/s$/);

  await blur(page);
  await page.keyboard.press("?");
  for (const does of ["Change the status", "Change the assignee", "Change the priority", "Edit the item"]) await expect(help(page)).toContainText(does);
  await page.keyboard.press("Escape");
  await expect(help(page)).toBeHidden();
});

test("a viewer's item page lists no keys for controls the viewer does not have", async ({ page }) => {
  await signInAs(page, DEMO.viewer);
  await page.goto("/backlog/health-todos/P2-002");
  await waitForShortcuts(page);
  await page.keyboard.press("?");
  await expect(help(page)).toBeVisible();
  await expect(help(page)).not.toContainText("Change the status");
  await expect(help(page)).not.toContainText("Edit the item");
});
