import { expect, test } from "@playwright/test";
import { DEMO, newSession, signInAs } from "./helpers";

// NEEDS VERIFICATION: written before the item page (app/(app)/(pages)/backlog/[project]/[key]) landed; it
// assumes a native <select> labelled "Status" that saves on change and shows the server's value.
const ITEM_PATH = "/backlog/health-todos/P1-006";

test("a status change by another user appears on an open item page without reloading", async ({ page, browser }) => {
  await signInAs(page, DEMO.lead);
  await page.goto("/backlog");
  // Page A must be subscribed before the change is made, or the event is never sent to it.
  const subscribed = page.waitForRequest((r) => new URL(r.url()).pathname === "/api/v1/events");
  await page.goto(ITEM_PATH);
  await subscribed;
  const statusA = page.getByLabel("Status");
  const before = (await statusA.locator("option:checked").textContent())?.trim();
  // Avoid "Blocked" (it needs a reason) and pick whichever open status the item is not in.
  const next = before === "In progress" ? "Not started" : "In progress";

  // Anything left in page A's window would be lost by a reload; its presence later proves none happened.
  await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));

  const admin = await newSession(browser);
  try {
    await signInAs(admin, DEMO.admin);
    await admin.goto(ITEM_PATH);
    await admin.getByLabel("Status").selectOption({ label: next });
    await expect(admin.getByLabel("Status").locator("option:checked")).toHaveText(next);

    await expect(statusA.locator("option:checked")).toHaveText(next, { timeout: 10_000 });
    expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
  } finally {
    await admin.context().close();
  }
});
