import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, signInAs } from "./helpers";

// The admin audit log says who did what to which thing in words: names for ids, the item's key
// and title as a link, before → after in the page's words, times in the reader's zone, and
// filters by who, kind and day (before the fix a row read "item.update item — assigneeId: — →
// 099e8d1f-…", in UTC). P2-006 of seed 002 is used by no other browser test.

const ITEM = "/backlog/health-todos/P2-006";
const TITLE = "P2-006 'Implement Structured Logging'";
const PROJECT = "(Optimization & health TODOs)";
const ZONE = "Pacific/Auckland";
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-/;

const main = (page: Page) => page.getByRole("main");
const rows = (page: Page) => main(page).getByTestId("audit-log").locator("tbody tr");

/** "6 Dec 2026, 14:02" in the zone: the app's datetime format (lib/time/format.ts). */
function inZone(iso: string, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute}`;
}
/** Today's date ("2026-12-06") in the zone, as a date input takes it. */
const todayIn = (timeZone: string) => new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());

test("a lead's changes read as sentences with names and links, filter by who, kind and day, in the reader's zone", async ({ page, browser }) => {
  test.setTimeout(120_000);
  // The lead changes the assignee and the status of an item.
  await signInAs(page, DEMO.lead);
  await page.goto(ITEM);
  await page.getByRole("button", { name: "Edit item" }).click();
  const assignee = main(page).getByLabel("Assignee", { exact: true });
  const current = await assignee.locator("option:checked").textContent();
  const to = current?.trim() === "Eli Engineer" ? "Lee Lead" : "Eli Engineer";
  await assignee.selectOption({ label: to });
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(main(page).getByRole("button", { name: "Edit item" })).toBeVisible();
  // The refreshed page (with the item's new version) has arrived before the next change.
  await expect(page.getByTestId("item-history")).toContainText(new RegExp(`Lee Lead (set|changed) assignee (from .* )?to ${to}`));
  const status = main(page).getByRole("combobox", { name: "Status", exact: true });
  const from = await status.locator("option:checked").textContent();
  const next = from?.trim() === "In progress" ? "Not started" : "In progress";
  await status.selectOption({ label: next });
  await expect(page.getByTestId("item-summary")).toContainText(next);
  await expect(status).toBeEnabled();

  // An admin reading in Auckland opens the log.
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, timezoneId: ZONE });
  const admin = await context.newPage();
  await signInAs(admin, DEMO.admin);
  await admin.goto("/admin/audit");

  const assigned = rows(admin).filter({ hasText: new RegExp(`Lee Lead (set|changed) assignee of ${TITLE}`) }).first();
  await expect(assigned).toContainText(PROJECT);
  await expect(assigned).toContainText(to);
  const link = assigned.getByRole("link", { name: TITLE });
  await expect(link).toHaveAttribute("href", "/backlog/health-todos/P2-006");
  const changed = rows(admin).filter({ hasText: `Lee Lead changed status of ${TITLE} ${PROJECT} from ${from?.trim()} to ${next}` }).first();
  await expect(changed).toBeVisible();
  // No id anywhere in what the page says.
  expect(await main(admin).innerText()).not.toMatch(UUID);

  // The time is the reader's: printed in Auckland, by the server already.
  const time = changed.locator("time").first();
  const iso = (await time.getAttribute("datetime"))!;
  await expect(time).toHaveText(inZone(iso, ZONE));

  // Filter: the lead's status changes today (Auckland's today). The assignee row drops out.
  await admin.getByLabel("Who", { exact: true }).selectOption({ label: "Lee Lead" });
  await admin.getByLabel("Kind", { exact: true }).selectOption({ label: "Items: status" });
  await admin.getByLabel("From", { exact: true }).fill(todayIn(ZONE));
  await admin.getByLabel("To", { exact: true }).fill(todayIn(ZONE));
  await admin.getByRole("button", { name: "Filter" }).click();
  await expect(admin).toHaveURL(/actor=user%3A[0-9a-f-]+.*kind=item\.status.*from=\d{4}-\d{2}-\d{2}.*to=/);
  await expect(rows(admin).filter({ hasText: `Lee Lead changed status of ${TITLE}` }).first()).toBeVisible();
  for (const text of await rows(admin).allInnerTexts()) expect(text).toMatch(/Lee Lead changed status of /);
  await expect(admin.getByLabel("Who", { exact: true })).toHaveValue(/^user:/);

  // A day in the past (in Auckland) has none of them.
  await admin.getByLabel("From", { exact: true }).fill("2020-01-01");
  await admin.getByLabel("To", { exact: true }).fill("2020-01-02");
  await admin.getByRole("button", { name: "Filter" }).click();
  await expect(main(admin)).toContainText("No changes match these filters.");

  // A thing: the item's key.
  await admin.goto("/admin/audit?thing=P2-006");
  await expect(rows(admin).first()).toContainText(TITLE);
  for (const text of await rows(admin).allInnerTexts()) expect(text).toContain("P2-006");
  await context.close();
});

test("bad filters in the URL are named, and the page still answers", async ({ page }) => {
  await signInAs(page, DEMO.admin);
  const response = await page.goto("/admin/audit?actor=root&kind=item.renamed&from=2026-02-30&to=soon&before=-3");
  expect(response?.status()).toBe(200);
  const alert = main(page).getByRole("alert");
  await expect(alert).toContainText("Who: choose someone, a token or System from the list.");
  await expect(alert).toContainText("Kind: choose a kind of change from the list.");
  await expect(alert).toContainText("From: enter a date like 2026-12-06.");
  await expect(alert).toContainText("To: enter a date like 2026-12-06.");
  await expect(rows(page).first()).toBeVisible();
  // The form, the message and the rows pass axe (WCAG 2.1 A and AA), as the key pages do (e2e/a11y.spec.ts).
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
});
