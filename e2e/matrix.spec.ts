import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn, signInAs } from "./helpers";

// Demo seed 002 (project health-todos) carries the SLA policy and was imported twelve weeks before
// the demo starts, so most of its P1 items are overdue already; the e2e fixtures restart the P1
// window of P1-001…P1-004 ten days ago (on track under 2 weeks, overdue under 1) and put P2-002
// (quick win) and P2-003 (big bet) where the tests below expect them.

const MATRIX = "/matrix?project=health-todos";
const overdueP1 = (page: Page) => page.getByTestId("overdue-P1");
const dueOf = async (page: Page, key: string) => {
  await page.goto(`/backlog/health-todos/${key}`);
  const due = page.locator("dt", { hasText: /^Due$/ }).locator("xpath=following-sibling::dd[1]").locator("time");
  return Date.parse((await due.getAttribute("datetime"))!);
};
const quadrant = (page: Page, name: string) => page.locator(`[data-quadrant="${name}"]`);
const chip = (page: Page, key: string) => page.locator(`[data-item-key="${key}"]`);

test("a lead shortens P1 from 2 weeks to 1 week: due dates and overdue counts move", async ({ page }) => {
  await signInAs(page, DEMO.lead);
  const before = await dueOf(page, "P1-001");
  await page.goto(MATRIX);
  const overdueBefore = Number(await overdueP1(page).textContent());

  await page.goto("/matrix/policy?project=health-todos");
  await expect(page.getByTestId("target-P1")).toHaveText("2 weeks");
  await page.getByRole("button", { name: "Edit P1" }).click();
  const form = page.getByRole("form", { name: "P1 policy" });
  await form.getByLabel("Target").fill("1");
  await form.getByLabel("Unit").selectOption("weeks");
  await form.getByRole("button", { name: "Save P1" }).click();
  // Every open, not-overridden P1 item of the project moves: the 14 of the seed, less any that
  // other specs closed or re-prioritised; at least the four backdated ones.
  const toast = page.getByText(/^P1 saved: \d+ due dates moved$/);
  await expect(toast).toBeVisible();
  expect(Number((await toast.textContent())!.match(/(\d+) due dates/)![1])).toBeGreaterThanOrEqual(4);
  await expect(page.getByTestId("target-P1")).toHaveText("1 week");

  // The four restarted ten days ago are now overdue too (the rest were overdue already), and the
  // escalation list's P1 owner counts them.
  await page.goto(MATRIX);
  await expect(overdueP1(page)).toHaveText(String(overdueBefore + 4));
  await expect(page.locator("section[aria-labelledby=escalation-heading]")).toContainText(`${overdueBefore + 4} overdue`);
  expect(before - (await dueOf(page, "P1-001"))).toBe(7 * 24 * 3_600_000);

  // The overdue count opens the backlog filtered to exactly those items.
  await page.goto(MATRIX);
  await overdueP1(page).getByRole("link").click();
  await expect(page).toHaveURL(/sla=overdue/);
  await expect(page.locator("table tbody tr")).toHaveCount(overdueBefore + 4);
  await expect(page.locator("table tbody tr").filter({ hasText: "P1-001" })).toHaveCount(1);
});

test("a lead drags an item to another quadrant, moves another with the keyboard, and both are in the history", async ({ page }) => {
  await signInAs(page, DEMO.lead);
  await page.goto(MATRIX);
  await expect(chip(page, "P2-002")).toBeVisible();
  await expect(quadrant(page, "quick_wins")).toContainText("P2-002");

  await chip(page, "P2-002").dragTo(quadrant(page, "money_pits"));
  await expect(page.getByText("P2-002 is now in Money pits")).toBeVisible();
  await expect(quadrant(page, "money_pits")).toContainText("P2-002");

  // Keyboard: focus the big bet and press ← (less effort): a quick win.
  await chip(page, "P2-003").focus();
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByText("P2-003 is now in Quick wins")).toBeVisible();
  await expect(quadrant(page, "quick_wins")).toContainText("P2-003");
  await expect(chip(page, "P2-003")).toBeFocused();

  await page.reload();
  await expect(quadrant(page, "money_pits")).toContainText("P2-002");

  await page.goto("/backlog/health-todos/P2-002");
  await expect(page.getByTestId("item-history")).toContainText("changed impact from 4 / 5 to 2 / 5");
  await expect(page.getByTestId("item-history")).toContainText("changed effort from 2 h to 2 d");
  await page.goto("/backlog/health-todos/P2-003");
  await expect(page.getByTestId("item-history")).toContainText("Lee Lead changed effort from 1.5 d to 4 h");
});

test("a viewer sees the matrix and the policy but cannot drag, move or edit", async ({ page }) => {
  await signInAs(page, DEMO.viewer);
  await page.goto(MATRIX);
  await expect(page.getByRole("heading", { name: "Priority × status" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Impact × effort" })).toBeVisible();
  await expect(page.getByText("Leads place items.")).toBeVisible();
  const item = chip(page, "P2-003");
  await expect(item).toHaveAttribute("draggable", "false");
  const where = (await quadrant(page, "quick_wins").textContent())?.includes("P2-003") ? "quick_wins" : "big_bets";
  await item.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("1");
  await page.reload();
  await expect(quadrant(page, where)).toContainText("P2-003");

  await page.goto("/matrix/policy?project=health-todos");
  await expect(page.getByTestId("target-P0")).toHaveText("24 hours");
  await expect(page.getByRole("button", { name: /^Edit/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Save settings" })).toHaveCount(0);
  await expect(page.getByText("Leads and admins change the policy.")).toBeVisible();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test("a lead moves an item by tapping its move button and a quadrant", async ({ page }) => {
    // The user's name is in the menu drawer here, not on screen: signed in once the form has gone.
    await signIn(page, DEMO.lead);
    await expect(page).not.toHaveURL(/\/login/);
    await page.goto(MATRIX);
    // Stacked one above the other, each as wide as the screen (boundingBox does not wait for the
    // quadrant to be shown: it answered null once while the page was still being drawn).
    await expect(quadrant(page, "fill_ins")).toBeVisible();
    const box = await quadrant(page, "fill_ins").boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    const move = page.getByRole("button", { name: "Move P2-003", exact: true });
    await move.tap();
    const menu = page.getByRole("dialog", { name: "Move P2-003" });
    await expect(menu.getByRole("button", { name: /here now/ })).toBeDisabled();
    await menu.getByRole("button", { name: /^Fill-ins/ }).tap();
    await expect(menu).toBeHidden();
    await expect(page.getByText("P2-003 is now in Fill-ins")).toBeVisible();
    await expect(quadrant(page, "fill_ins")).toContainText("P2-003");
    await expect(move).toBeFocused();
    await page.reload();
    await expect(quadrant(page, "fill_ins")).toContainText("P2-003");
  });
});
