import { expect, test, type Page } from "@playwright/test";
import { DEMO, newSession, signInAs } from "./helpers";

// One runbook's life, in order: an engineer drafts it from seed 002's P0-006 and edits it twice, a
// lead signs off the review, an engineer rehearses a scenario, a viewer only reads. The demo seed
// leaves P0-006 without a runbook (its incident response playbook belongs to P1-010).

test.describe.configure({ mode: "serial" });

let slug = "";

const body = (page: Page) => page.getByLabel("Markdown");

async function saveEdit(page: Page, change: (text: string) => string, note: string) {
  await page.goto(`/runbooks/${slug}/edit`);
  const text = await body(page).inputValue();
  // A fill racing the editor's hydration can lose its select-all and insert beside the old text;
  // refill until the editor holds exactly the new text, so a doubled body is never saved.
  await expect(async () => {
    await body(page).fill(change(text));
    await expect(body(page)).toHaveValue(change(text), { timeout: 1000 });
  }).toPass();
  await page.getByLabel("Change note (optional)").fill(note);
  await page.getByRole("button", { name: "Save revision" }).click();
  await expect(page).toHaveURL(new RegExp(`/runbooks/${slug}$`));
}

test("an engineer creates a runbook from P0-006, edits it twice and sees the diff", async ({ page }) => {
  await signInAs(page, DEMO.engineer);
  await page.goto("/backlog/health-todos/P0-006");
  await expect(page.getByText("This item asks for a runbook")).toBeVisible();
  await page.getByRole("button", { name: "Create runbook" }).click();
  await expect(page).toHaveURL(/\/runbooks\/[a-z0-9-]+\/edit$/);
  slug = page.url().match(/\/runbooks\/([a-z0-9-]+)\/edit$/)![1]!;

  // The draft's scenarios are the item's action items; the preview renders them beside the text.
  await expect(body(page)).toHaveValue(/## Analysis hangs \(> 25 minutes\)/);
  await expect(body(page)).toHaveValue(/## Tier 3 fallback incomplete/);
  await expect(page.getByTestId("runbook-preview").getByRole("heading", { name: "Tier 1 artifacts corrupted" })).toBeVisible();

  await saveEdit(page, (t) => t.replace("_How to confirm the cause: commands to run, logs and metrics to check._", "1. Check the worker log: `kubectl logs deploy/harness-worker`"), "Diagnosis for hangs");
  await expect(page.getByText("Saved revision 2")).toBeVisible();
  await expect(page.getByTestId("runbook-body")).toContainText("Check the worker log");
  // Code in a runbook has a copy button.
  await expect(page.getByTestId("runbook-body").getByRole("button", { name: "Copy code" })).toHaveCount(0); // inline code: none

  await saveEdit(page, (t) => t.replace("Check the worker log", "Check the worker and scheduler logs"), "Scheduler too");
  await expect(page.getByText("Saved revision 3")).toBeVisible();
  // (The print header, hidden on screen, also names the revision.)
  await expect(page.getByText("Revision 3", { exact: false }).filter({ visible: true }).first()).toBeVisible();

  // The item links to its runbook.
  await page.goto("/backlog/health-todos/P0-006");
  await expect(page.getByRole("link", { name: "Operational Runbook for Harness Service" }).first()).toBeVisible();

  // History: revision 2 → 3 by default, the changed line removed and added.
  await page.goto(`/runbooks/${slug}/history`);
  await expect(page.getByText("Scheduler too")).toBeVisible();
  await expect(page.getByText("Diagnosis for hangs")).toBeVisible();
  await expect(page.getByTestId("diff-stats")).toContainText("+1 −1");
  const diff = page.getByTestId("revision-diff");
  await expect(diff.locator("[data-kind=del]")).toContainText("Check the worker log");
  await expect(diff.locator("[data-kind=add]")).toContainText("Check the worker and scheduler logs");

  // Any two revisions: 1 → 3 shows both edits' result against the draft.
  await page.goto(`/runbooks/${slug}/history?from=1&to=3`);
  await expect(diff.locator("[data-kind=del]")).toContainText("How to confirm the cause");
  await expect(diff.locator("[data-kind=add]")).toContainText("Check the worker and scheduler logs");
});

test("an edit made meanwhile by someone else is never overwritten silently", async ({ page, browser }) => {
  await signInAs(page, DEMO.engineer);
  await page.goto(`/runbooks/${slug}/edit`);
  await expect(body(page)).toHaveValue(/scheduler logs/);

  const other = await newSession(browser);
  await signInAs(other, DEMO.lead);
  await saveEdit(other, (t) => `${t}\nLead's addition.\n`, "Lead was here");
  await other.context().close();

  await body(page).fill(`${await body(page).inputValue()}\nEngineer's addition.\n`);
  await page.getByRole("button", { name: "Save revision" }).click();
  await expect(page.getByRole("heading", { name: /Lee Lead saved revision 4 while you were editing/ })).toBeVisible();
  await expect(page.getByTestId("conflict-diff")).toContainText("Engineer's addition.");
  await expect(page.getByTestId("conflict-diff")).toContainText("Lead's addition.");
  // Taking theirs loads revision 4 into the editor; nothing was saved over it.
  await page.getByRole("button", { name: "Discard mine, load revision 4" }).click();
  await expect(body(page)).toHaveValue(/Lead's addition\./);
});

test("a lead marks the runbook reviewed", async ({ page }) => {
  await signInAs(page, DEMO.lead);
  await page.goto(`/runbooks/${slug}`);
  const status = page.getByTestId("review-status");
  await expect(status).toContainText("Never");
  await page.getByRole("button", { name: "Mark reviewed" }).click();
  await page.getByLabel("Review note (optional)").fill("Commands checked");
  await page.getByRole("button", { name: "Confirm revision 4 is right" }).click();
  await expect(page.getByText("Revision 4 marked reviewed")).toBeVisible();
  await expect(status).toContainText("by Lee Lead");
  await expect(status.locator("[data-review]")).toHaveAttribute("data-review", "ok");

  // The demo's playbook is overdue; the dashboard lists it and no longer lists this one.
  await page.goto("/");
  await expect(page.getByTestId("reviews-due")).toContainText("Incident response playbook");
  await expect(page.getByTestId("reviews-due")).not.toContainText("Operational Runbook for Harness Service");
});

test("an engineer runs a drill to completion and it shows on the runbook", async ({ page }) => {
  await signInAs(page, DEMO.engineer);
  await page.goto(`/runbooks/${slug}`);
  // "Analysis hangs" now has one listed diagnosis step (the list items are the steps once there are
  // any); an untouched scenario has one step per template section.
  await expect(page.getByLabel("Scenario").locator("option", { hasText: "Analysis hangs (> 25 minutes) (1 step)" })).toHaveCount(1);
  await page.getByLabel("Scenario").selectOption({ label: "Tier 1 artifacts corrupted (4 steps)" });
  await page.getByRole("button", { name: "Start drill" }).click();
  await expect(page).toHaveURL(/\/drills\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: /Drill: Tier 1 artifacts corrupted/ })).toBeVisible();

  const steps = page.getByTestId("drill-step");
  await expect(steps.nth(3)).toBeVisible(); // count() does not wait
  const count = await steps.count();
  expect(count).toBeGreaterThanOrEqual(4);
  for (let i = 0; i < count; i++) {
    await steps.nth(i).getByRole("checkbox").check();
    await expect(steps.nth(i)).toContainText(/took/);
  }
  await page.getByLabel("Passed").check();
  await page.getByRole("button", { name: "Finish drill" }).click();
  await expect(page.getByTestId("drill-outcome")).toHaveText(/Passed/);

  await page.goto(`/runbooks/${slug}`);
  const drills = page.locator("section[aria-labelledby=drills-heading]");
  await expect(drills).toContainText("Passed");
  await expect(drills).toContainText("Tier 1 artifacts corrupted");
  await expect(drills).toContainText(`${count}/${count} steps`);
});

test("a viewer reads the runbook but sees no edit controls", async ({ page }) => {
  await signInAs(page, DEMO.viewer);
  await page.goto("/runbooks");
  await expect(page.getByRole("link", { name: "New runbook" })).toHaveCount(0);
  await page.getByRole("link", { name: "Operational Runbook for Harness Service" }).click();
  await expect(page.getByTestId("runbook-body")).toContainText("Check the worker and scheduler logs");
  await expect(page.getByRole("link", { name: "Export Markdown" })).toBeVisible();
  for (const name of ["Edit", "Mark reviewed", "Start drill", "Link"]) {
    await expect(page.getByRole("main").getByRole("button", { name, exact: true }).or(page.getByRole("main").getByRole("link", { name, exact: true }))).toHaveCount(0);
  }
  await page.goto(`/runbooks/${slug}/history`);
  await expect(page.getByTestId("revision-diff")).toBeVisible();
  await expect(page.getByRole("button", { name: /Restore/ })).toHaveCount(0);
  // The editor itself is refused, not just hidden.
  expect((await page.goto(`/runbooks/${slug}/edit`))?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
  await expect(page.getByLabel("Markdown")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Save revision" })).toHaveCount(0);
});

test("an XSS payload in a runbook body does not execute, and bad input is refused by field", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await signInAs(page, DEMO.engineer);
  const payload = [
    "## Payloads",
    '<img src=x onerror="window.__xss=1;alert(1)">',
    "<script>window.__xss=2;alert(2)</script>",
    "[click me](javascript:window.__xss=3;alert(3))",
    '<a href="javascript:alert(4)">raw link</a>',
    "<svg onload=alert(5)></svg>",
    "<iframe src=\"javascript:alert(6)\"></iframe>",
    "## <img src=y onerror=alert(7)> heading",
  ].join("\n\n");
  await saveEdit(page, (t) => `${t}\n${payload}\n`, "payloads");
  const rendered = page.getByTestId("runbook-body");
  await expect(rendered).toContainText("<script>window.__xss=2;alert(2)</script>"); // shown as text
  await rendered.getByText("click me").click();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await expect(rendered.locator("script, iframe, svg[onload], img[onerror]")).toHaveCount(0);

  // The editor's live preview is just as inert.
  await page.goto(`/runbooks/${slug}/edit`);
  await expect(page.getByTestId("runbook-preview")).toContainText("raw link");
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);

  // An empty title is refused with a message naming the field; nothing is saved.
  await page.getByLabel("Title").fill("   ");
  await page.getByRole("button", { name: "Save revision" }).click();
  await expect(page.getByText("Title: give the runbook a title", { exact: true }).first()).toBeVisible();
});
