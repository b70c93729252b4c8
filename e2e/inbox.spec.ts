import { expect, test, type Page } from "@playwright/test";
import { DEMO, newSession, signInAs } from "./helpers";

// Issue #19: the inbox from two people's side. Items no other spec edits: P1-013 (assignment and
// mention) and P1-012 (a kind turned off).

const main = (page: Page) => page.getByRole("main");
const bell = (page: Page) => page.getByTestId("inbox-bell").filter({ visible: true });

/** The bell's unread count as a number (0 when it shows none). */
async function unread(page: Page): Promise<number> {
  const label = (await bell(page).getAttribute("aria-label")) ?? "";
  return Number(/(\d+) unread/.exec(label)?.[1] ?? 0);
}

async function openEventStream(page: Page, path: string) {
  const subscribed = page.waitForRequest((r) => new URL(r.url()).pathname === "/api/v1/events");
  await page.goto(path);
  await subscribed;
}

async function assignTo(page: Page, item: string, name: string) {
  await page.goto(item);
  await page.getByRole("button", { name: "Edit item" }).click();
  const assignee = main(page).getByLabel("Assignee", { exact: true });
  if ((await assignee.locator("option:checked").textContent())?.trim() === name) {
    await assignee.selectOption({ index: 0 });
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(main(page).getByRole("button", { name: "Edit item" })).toBeVisible();
    await page.getByRole("button", { name: "Edit item" }).click();
  }
  await main(page).getByLabel("Assignee", { exact: true }).selectOption({ label: name });
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(main(page).getByRole("button", { name: "Edit item" })).toBeVisible();
}

async function comment(page: Page, item: string, typed: string, pick: string | null, rest: string) {
  await page.goto(item);
  const box = page.getByLabel("Add a comment");
  await box.click();
  await box.pressSequentially(typed);
  if (pick) {
    await expect(page.getByRole("option", { name: pick })).toBeVisible();
    await box.press("Enter");
  }
  await box.pressSequentially(rest);
  await page.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(page.getByText("Comment added")).toBeVisible();
}

test("a lead assigns an engineer: the engineer's bell rises live and the entry leads to the item; a mention notifies too", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const ITEM = "/backlog/health-todos/P1-013";
  await signInAs(page, DEMO.engineer);
  // Everything read first: a new entry from the lead then shows as a new unread one (an unread one
  // from the same person within minutes would take it in as a burst, leaving the count as it was).
  await page.goto("/inbox");
  const markAll = page.getByRole("button", { name: "Mark all read" });
  if (await markAll.isEnabled()) {
    await markAll.click();
    await expect(page.getByText("All caught up", { exact: true })).toBeVisible();
  }
  await openEventStream(page, "/backlog");
  const before = await unread(page);

  const lead = await newSession(browser);
  try {
    await signInAs(lead, DEMO.lead);
    await assignTo(lead, ITEM, "Eli Engineer");
    // No reload on the engineer's side: the count comes over the event stream.
    await expect.poll(() => unread(page), { timeout: 10_000 }).toBeGreaterThan(before);

    await bell(page).click();
    await expect(page).toHaveURL(/\/inbox$/);
    const entry = page.getByTestId("inbox-list").getByRole("link", { name: /Lee Lead assigned you P1-013/ }).first();
    await expect(entry).toBeVisible();
    await entry.click();
    await expect(page).toHaveURL(/\/backlog\/health-todos\/P1-013$/);
    await expect(page.getByRole("button", { name: "Watching" })).toHaveAttribute("aria-pressed", "true");

    // The lead mentions the engineer, picking the name from the suggestions.
    await comment(lead, ITEM, "@Eli", "Eli Engineer", "can you take this one?");
    await expect(lead.getByRole("article").filter({ hasText: "@Eli Engineer can you take this one?" })).toBeVisible();
    await page.goto("/inbox?show=unread");
    await expect(page.getByTestId("inbox-list")).toContainText("Lee Lead mentioned you in a comment on P1-013");
    await expect(page.getByTestId("inbox-list")).toContainText("can you take this one?");
  } finally {
    await lead.context().close();
  }
});

test("a user who turns a kind off stops receiving it", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const ITEM = "/backlog/health-todos/P1-012";
  await signInAs(page, DEMO.viewer);
  await page.goto("/account#notifications");
  const mentions = page.getByLabel("Mentions in the app");
  await expect(mentions).toBeChecked();
  await mentions.uncheck();
  await page.getByRole("button", { name: "Save notification settings" }).click();
  await expect(page.getByText("Notification settings saved")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Mentions in the app")).not.toBeChecked();

  const lead = await newSession(browser);
  try {
    await signInAs(lead, DEMO.lead);
    await comment(lead, ITEM, "@Vic", "Vic Viewer", "FYI for the stakeholder report");
  } finally {
    await lead.context().close();
  }
  await page.goto("/inbox");
  await expect(page.getByText(/FYI for the stakeholder report/)).toHaveCount(0);

  // Turned back on, the next mention arrives.
  await page.goto("/account#notifications");
  await page.getByLabel("Mentions in the app").check();
  await page.getByRole("button", { name: "Save notification settings" }).click();
  await expect(page.getByText("Notification settings saved")).toBeVisible();
  const again = await newSession(browser);
  try {
    await signInAs(again, DEMO.lead);
    await comment(again, ITEM, "@Vic", "Vic Viewer", "second note");
  } finally {
    await again.context().close();
  }
  await page.goto("/inbox");
  await expect(page.getByTestId("inbox-list")).toContainText("second note");
});

test("a project chosen on the backlog can be watched from there, and the account page agrees", async ({ page }) => {
  await signInAs(page, DEMO.engineer);
  await page.goto("/backlog?project=health-todos");
  const button = main(page).getByRole("button", { name: /project Optimization/ });
  await expect(button).toHaveAttribute("aria-pressed", "false");
  await button.click();
  await expect(page.getByText("Watching this project")).toBeVisible();
  await page.reload();
  await expect(main(page).getByRole("button", { name: /project Optimization/ })).toHaveAttribute("aria-pressed", "true");
  await page.goto("/account");
  await expect(main(page).getByRole("button", { name: /^Watching Optimization/ })).toHaveAttribute("aria-pressed", "true");
  // Left as it was found.
  await main(page).getByRole("button", { name: /^Watching Optimization/ }).click();
  await expect(page.getByText("Stopped watching this project")).toBeVisible();
});
