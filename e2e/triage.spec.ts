import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn, signInAs } from "./helpers";

// The demo seeds leave most items without a priority (seed 000 "platform-refactor" has no priority
// headings at all), so the inbox starts with a couple of hundred items, oldest first.

const count = (page: Page) => page.getByTestId("triage-count");
const announcement = (page: Page) => page.getByTestId("triage-announcement");
const countOf = async (page: Page) => Number((await count(page).textContent())!.replace(/\D/g, ""));
const n = (value: number) => value.toLocaleString("en");

/** The focused item, read from its "Open" link (/backlog/{slug}/{key}). */
async function focusedItem(page: Page) {
  const href = await page.getByRole("link", { name: "Open", exact: true }).getAttribute("href");
  const [, , slug, key] = href!.split("/");
  return { slug: slug!, key: decodeURIComponent(key!) };
}

type Row = { key: string; priority: string | null; assigneeName: string | null };

/** Every row of a filtered backlog query, across pages. */
async function rows(page: Page, query: string): Promise<Row[]> {
  const out: Row[] = [];
  for (let p = 1; ; p++) {
    const response = await page.request.get(`/api/v1/items?${query}&size=100&page=${p}`);
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { rows: Row[]; pageCount: number };
    out.push(...body.rows);
    if (p >= body.pageCount) return out;
  }
}

/** Shortcuts work once the page has hydrated: "?" opening the help overlay proves it. */
async function waitForShortcuts(page: Page) {
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(async () => {
    await page.keyboard.press("?");
    await expect(help).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await page.keyboard.press("?");
  await expect(help).toBeHidden();
}

test("a lead triages three items with the keyboard alone, undoes one, and the server has the rest", async ({ page }) => {
  await signInAs(page, DEMO.lead);
  await page.goto("/triage");
  await expect(page.getByRole("heading", { name: "Triage", exact: true })).toBeVisible();
  const before = await countOf(page);
  expect(before, "the demo data should leave untriaged items").toBeGreaterThanOrEqual(4);
  await waitForShortcuts(page);

  // j and k move the focus.
  const first = await focusedItem(page);
  await page.keyboard.press("j");
  await expect.poll(() => focusedItem(page)).not.toEqual(first);
  await page.keyboard.press("k");
  await expect.poll(() => focusedItem(page)).toEqual(first);

  // 1 → P1: the item leaves the queue and the focus moves on.
  await page.keyboard.press("1");
  await expect(count(page)).toHaveText(n(before - 1));
  await expect(announcement(page)).toHaveText(`${first.key} set to P1 · ${n(before - 1)} left`);
  const second = await focusedItem(page);
  expect(second).not.toEqual(first);

  // s opens the status picker; Escape closes it without a change.
  await page.keyboard.press("s");
  const statusPicker = page.getByRole("dialog", { name: `Status of ${second.key}` });
  await expect(statusPicker).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(statusPicker).toBeHidden();

  // a opens the assignee picker: type to filter, Enter to choose. Assigning keeps the item here.
  await page.keyboard.press("a");
  const assignPicker = page.getByRole("dialog", { name: `Assign ${second.key}` });
  await expect(assignPicker.getByRole("combobox")).toBeFocused();
  await page.keyboard.type("Eli Engineer");
  await expect(assignPicker.getByRole("option", { name: /Eli Engineer/ })).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(assignPicker).toBeHidden();
  await expect(announcement(page)).toHaveText(`${second.key} assigned to Eli Engineer · ${n(before - 1)} left`);
  expect(await focusedItem(page)).toEqual(second);

  await page.keyboard.press("2");
  await expect(announcement(page)).toHaveText(`${second.key} set to P2 · ${n(before - 2)} left`);
  const third = await focusedItem(page);
  expect([first, second]).not.toContainEqual(third);

  await page.keyboard.press("3");
  await expect(announcement(page)).toHaveText(`${third.key} set to P3 · ${n(before - 3)} left`);
  await expect(count(page)).toHaveText(n(before - 3));

  // u undoes the last decision: the item is back, focused, and the count follows.
  await page.keyboard.press("u");
  await expect(announcement(page)).toHaveText(`Undone: ${third.key} set to P3 · ${n(before - 2)} left`);
  await expect(count(page)).toHaveText(n(before - 2));
  expect(await focusedItem(page)).toEqual(third);

  // Saved on the server: P1, P2 with its assignee, and the undone one untriaged again.
  expect((await rows(page, `project=${first.slug}&priority=P1`)).map((r) => r.key)).toContain(first.key);
  expect((await rows(page, `project=${second.slug}&priority=P2`)).find((r) => r.key === second.key)).toMatchObject({ assigneeName: "Eli Engineer" });
  expect((await rows(page, `project=${third.slug}&priority=untriaged`)).map((r) => r.key)).toContain(third.key);
  await page.reload();
  await expect(count(page)).toHaveText(n(before - 2));
});

test("every shortcut has a visible button with its key", async ({ page }) => {
  await signInAs(page, DEMO.lead);
  await page.goto("/triage");
  for (const [name, key] of [
    ["P0", "0"],
    ["P1", "1"],
    ["P2", "2"],
    ["P3", "3"],
    ["Assign", "A"],
    ["Status", "S"],
  ]) {
    await expect(page.getByRole("button", { name, exact: true })).toHaveAttribute("aria-keyshortcuts", key!);
  }
  await expect(page.getByRole("link", { name: "Open", exact: true })).toHaveAttribute("aria-keyshortcuts", "E");
  const { key } = await focusedItem(page);
  await page.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(page.getByRole("dialog", { name: `Assign ${key}` })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: `Assign ${key}` })).toBeHidden();
});

test("an engineer visiting /triage gets the 403 page", async ({ page }) => {
  await signInAs(page, DEMO.engineer);
  const response = await page.goto("/triage");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test("tapping an entry brings the item up; a decision stays on the item, not back at the queue", async ({ page }) => {
    await signIn(page, DEMO.lead); // the user's name is in the menu drawer here, not on screen
    await expect(page).not.toHaveURL(/\/login/);
    await page.goto("/triage");
    const title = page.locator("#triage-item-title");
    const entries = page.getByRole("list", { name: "Triage queue" }).getByRole("button");
    const third = (await entries.nth(2).textContent())!;
    await entries.nth(2).tap();
    await expect(title).toBeInViewport();
    expect(third).toContain((await title.textContent())!);

    const decided = (await title.textContent())!;
    await page.getByRole("group", { name: "Set priority" }).getByRole("button", { name: /^P3/ }).tap();
    await expect(title).not.toHaveText(decided);
    await expect(title).toBeInViewport();
    // Put it back as it was, from the toast (on screen, unlike the header's Undo).
    await page.locator("[data-sonner-toast]").getByRole("button", { name: "Undo" }).tap();
    await expect(announcement(page)).toContainText("Undone");
  });
});
