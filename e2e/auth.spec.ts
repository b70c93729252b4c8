import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { DEMO, signIn, signInAs, signInError } from "./helpers";

test("an anonymous visit redirects to sign-in and returns to the page afterwards", async ({ page }) => {
  await page.goto("/backlog?priority=P1");
  await expect(page).toHaveURL(/\/login\?next=%2Fbacklog%3Fpriority%3DP1$/);
  await page.getByLabel("Email").fill(DEMO.lead);
  await page.getByLabel("Password").fill("demo-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/backlog\?priority=P1$/);
  await expect(page.getByRole("heading", { name: "Backlog" })).toBeVisible();
});

test("a wrong password or unknown email gets the same plain message", async ({ page }) => {
  await signIn(page, DEMO.admin, "not-the-password");
  await expect(signInError(page)).toHaveText("Invalid email or password.");
  await signIn(page, "nobody@example.com", "demo-password");
  await expect(signInError(page)).toHaveText("Invalid email or password.");
  await expect(page).toHaveURL(/\/login/);
});

test("the login page shows the demo sign-ins and says they are demo data", async ({ page }) => {
  await page.goto("/login");
  const demo = page.getByRole("region", { name: "Demo workspace" }).or(page.getByText("Everything here is demo data"));
  await expect(demo.first()).toBeVisible();
  for (const email of Object.values(DEMO)) await expect(page.getByText(email, { exact: true })).toBeVisible();
});

test("sign-out ends the session, on the server too: a copied cookie stops working", async ({ page, playwright, baseURL }) => {
  await signInAs(page, DEMO.engineer);
  const cookies = await page.context().cookies();
  const copied = await playwright.request.newContext({ baseURL, storageState: { cookies, origins: [] } });
  expect((await copied.get("/api/v1/items?size=25")).status()).toBe(200);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login\?next=%2F$/);
  // The copy, kept by someone else, is refused although the cookie itself has not expired.
  expect((await copied.get("/api/v1/items?size=25")).status()).toBe(401);
  await copied.dispose();
});

test("the health endpoint reports the embedded database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const journal = JSON.parse(readFileSync("db/migrations/meta/_journal.json", "utf8")) as { entries: unknown[] };
  expect(await response.json()).toEqual({ status: "ok", db: "ok", driver: "pglite", migrations: journal.entries.length });
});

test("repeated failed sign-ins for one account from one address are slowed down, with growing waits", async ({ page }) => {
  for (let i = 0; i < 5; i++) {
    await signIn(page, "guessing@example.com", `wrong-${i}`);
    await expect(signInError(page)).toHaveText("Invalid email or password.");
  }
  const messages: string[] = [];
  for (let i = 0; i < 6; i++) {
    await signIn(page, "guessing@example.com", `wrong-again-${i}`);
    await expect(signInError(page)).toBeVisible();
    messages.push((await signInError(page).textContent()) ?? "");
  }
  expect(messages.filter((m) => /^Too many failed sign-ins from your address\. Try again in \d+ seconds?\.$/.test(m)).length).toBeGreaterThanOrEqual(3);
});
