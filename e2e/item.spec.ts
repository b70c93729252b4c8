import { expect, test, type Page } from "@playwright/test";
import { DEMO, newSession, signInAs } from "./helpers";

// The item page, driven as each role would. Demo data: db/demo/seeds/002 imported as project
// "health-todos". P0 items are left alone (the export tests count 8 untouched P0 items), so these
// tests use P1-009 (three acceptance criteria) and P2-001.

const ITEM = "/backlog/health-todos/P1-009";
const CRITERIA = ["Review standards documented", "Branch protection configured", "Average review time < 24 hours"];
const EDITED = "/backlog/health-todos/P2-001";

const main = (page: Page) => page.getByRole("main");
const heading = (page: Page) => page.getByRole("heading", { level: 1 });
const statusSelect = (page: Page) => main(page).getByRole("combobox", { name: "Status", exact: true });
const criteria = (page: Page) => main(page).getByRole("region", { name: "Acceptance criteria" }).getByRole("checkbox");
const history = (page: Page) => page.getByTestId("item-history");

test("an engineer moves an item to in progress, then done, and ticks its criteria; it all persists", async ({ page }) => {
  await signInAs(page, DEMO.engineer);
  await page.goto(ITEM);
  await expect(heading(page)).toContainText("Establish Code Review Standards");
  await expect(page).toHaveTitle(/P1-009: Establish Code Review Standards/);

  // The select stays disabled until the refreshed page (with the new version) has arrived.
  await statusSelect(page).selectOption({ label: "In progress" });
  await expect(page.getByTestId("item-summary")).toContainText("In progress");
  await expect(statusSelect(page)).toBeEnabled();
  // Its three criteria are still open, so Done asks first (e2e/confirms.spec.ts covers the question).
  await statusSelect(page).selectOption({ label: "Done" });
  await page.getByRole("dialog", { name: "Mark P1-009 done?" }).getByRole("button", { name: "Mark done anyway" }).click();
  await expect(page.getByTestId("item-summary")).toContainText("Done");
  await expect(statusSelect(page)).toBeEnabled();

  await expect(criteria(page)).toHaveCount(CRITERIA.length);
  for (const text of CRITERIA) await main(page).getByRole("checkbox", { name: text }).check();
  await expect(page.getByTestId("progress-acceptance")).toHaveText("3 / 3");
  await expect(main(page).getByRole("progressbar", { name: "Acceptance criteria done" })).toHaveAttribute("aria-valuenow", "3");

  await page.reload();
  await expect(statusSelect(page)).toHaveValue("done");
  for (const text of CRITERIA) await expect(main(page).getByRole("checkbox", { name: text })).toBeChecked();
  await expect(history(page)).toContainText("Eli Engineer changed status from Not started to In progress");
  await expect(history(page)).toContainText("Eli Engineer changed status from In progress to Done");
  for (const text of CRITERIA) await expect(history(page)).toContainText(`Eli Engineer ticked '${text}'`);
  // Started and completed times are filled in by the status changes.
  await expect(main(page).getByRole("complementary", { name: "Item details" })).not.toContainText(/Completed\s*—/);
});

test("a viewer sees no edit controls, can read through the API, and a replayed write is refused", async ({ page, browser }) => {
  await signInAs(page, DEMO.viewer);
  await page.goto(ITEM);
  await expect(heading(page)).toContainText("Establish Code Review Standards");

  // Nothing to change: no selects, no text boxes, no edit/delete/comment/add buttons.
  await expect(main(page).getByRole("combobox")).toHaveCount(0);
  await expect(main(page).getByRole("textbox")).toHaveCount(0);
  await expect(main(page).getByRole("button", { name: /edit|delete|comment|add|remove/i })).toHaveCount(0);
  await expect(criteria(page)).toHaveCount(CRITERIA.length);
  for (const box of await criteria(page).all()) await expect(box).toBeDisabled();

  // Reading is allowed from the page's own session.
  const read = await page.evaluate(async () => {
    const response = await fetch("/api/v1/items?project=health-todos&q=P1-009");
    return { status: response.status, keys: ((await response.json()).rows as { key: string }[]).map((r) => r.key) };
  });
  expect(read).toEqual({ status: 200, keys: ["P1-009"] });

  // Capture a real comment action from an engineer, then send the same request as the viewer.
  const engineer = await newSession(browser);
  await signInAs(engineer, DEMO.engineer);
  await engineer.goto(ITEM);
  const body = `Reviewed on ${Date.now()}`;
  await engineer.getByLabel("Add a comment").fill(body);
  const [action] = await Promise.all([
    engineer.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]),
    engineer.getByRole("button", { name: "Comment", exact: true }).click(),
  ]);
  await expect(main(engineer).getByText(body)).toHaveCount(1);
  await engineer.context().close();

  // Same action id and arguments; page.request sends the viewer's own session cookie.
  const headers = Object.fromEntries(Object.entries(action.headers()).filter(([name]) => !["cookie", "host", "content-length"].includes(name)));
  headers.origin = new URL(action.url()).origin;
  const replay = await page.request.post(action.url(), { headers, data: action.postData() ?? "" });
  expect(await replay.text()).toContain('"code":"forbidden"');
  await page.reload();
  await expect(main(page).getByText(body)).toHaveCount(1);
});

test("two leads edit one item: the second sees who changed it and applies their change anyway", async ({ page, browser }) => {
  await signInAs(page, DEMO.lead);
  const admin = await newSession(browser);
  await signInAs(admin, DEMO.admin);
  for (const p of [page, admin]) {
    await p.goto(EDITED);
    await p.getByRole("button", { name: "Edit item" }).click();
    await expect(p.getByLabel("Title", { exact: true })).toBeFocused();
  }

  await page.getByLabel("Title", { exact: true }).fill("Frontend testing strategy (lead)");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(heading(page)).toContainText("Frontend testing strategy (lead)");

  // The admin's form still holds the version it opened with.
  await admin.getByLabel("Title", { exact: true }).fill("Frontend testing strategy (admin)");
  await admin.getByRole("button", { name: "Save changes" }).click();
  const notice = admin.getByRole("alert").filter({ hasText: "Changed by Lee Lead" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("Frontend testing strategy (lead)");
  await expect(heading(admin)).toContainText("(lead)");

  await notice.getByRole("button", { name: "Apply my change anyway" }).click();
  await expect(notice).toBeHidden();
  await expect(heading(admin)).toContainText("Frontend testing strategy (admin)");

  await page.reload();
  await expect(heading(page)).toContainText("Frontend testing strategy (admin)");
  await expect(history(page)).toContainText("Ada Admin changed title from 'Frontend testing strategy (lead)' to 'Frontend testing strategy (admin)'");
  await expect(history(page)).toContainText("Lee Lead changed title from 'Implement Frontend Testing Strategy' to 'Frontend testing strategy (lead)'");
  await admin.context().close();
});

test("an unknown item or project shows the not-found page", async ({ page }) => {
  await signInAs(page, DEMO.viewer);
  // The status may already be 200 when (app)/loading.tsx streams the shell first, so check the page.
  for (const path of ["/backlog/health-todos/P9-999", "/backlog/no-such-project/P1-009", "/backlog/health-todos/p1-009" /* keys are case-sensitive */]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "Nothing here" }), path).toBeVisible();
  }
  await page.goto("/backlog/health-todos/P1%2D009");
  await expect(heading(page)).toContainText("Establish Code Review Standards");
});
