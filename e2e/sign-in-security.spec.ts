import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO, PASSWORD, newSession, signIn, signInAs, signInError } from "./helpers";

// Every way in shares one throttle, keyed by client address (and account + address), never by
// account alone; the test server trusts one proxy hop (scripts/e2e-server.ts), so these tests speak
// from several addresses through X-Forwarded-For, as a real reverse proxy would pass them on.

async function rawClient(playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } }, baseURL: string | undefined, forwardedFor: string) {
  return playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": forwardedFor } });
}

/** Auth.js's own credentials endpoint, as a script would call it (CSRF token and cookie first). */
async function rawSignIn(client: APIRequestContext, email: string, password: string) {
  const { csrfToken } = (await (await client.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await client.post("/api/auth/callback/credentials", { form: { email, password, csrfToken, callbackUrl: "/" }, maxRedirects: 0 });
  const signedIn = (await client.storageState()).cookies.some((c) => c.name.endsWith("authjs.session-token"));
  return { status: response.status(), location: response.headers().location ?? "", signedIn };
}

test("Auth.js's raw credentials endpoint is throttled like the form; the owner from another address still signs in", async ({ page, playwright, baseURL }) => {
  const attacker = await rawClient(playwright, baseURL, "203.0.113.10");
  const tries = [];
  for (let i = 0; i < 15; i++) tries.push(await rawSignIn(attacker, DEMO.admin, `guess-${i}`));
  expect(tries.every((t) => !t.signedIn)).toBe(true);
  expect(tries.filter((t) => t.location.includes("code=rate_limited")).length).toBeGreaterThanOrEqual(8);
  // The right password, guessed at last, is refused too: the attacker must wait first.
  expect(await rawSignIn(attacker, DEMO.admin, PASSWORD)).toMatchObject({ signedIn: false, location: expect.stringContaining("code=rate_limited") });
  await attacker.dispose();
  // Where Auth.js sends a browser after such a refusal, the login page says what happened.
  await page.goto("/login?error=CredentialsSignin&code=rate_limited");
  await expect(signInError(page)).toHaveText("Too many failed sign-ins from your address. Wait a little, then try again.");

  // A fresh address with the right password works, through the raw endpoint and the form alike.
  const owner = await rawClient(playwright, baseURL, "198.51.100.7");
  expect((await rawSignIn(owner, DEMO.admin, PASSWORD)).signedIn).toBe(true);
  await owner.dispose();
  await signInAs(page, DEMO.admin);
});

test("a client cannot pick its own address: entries left of the trusted proxy's are ignored", async ({ playwright, baseURL }) => {
  const results = [];
  for (let i = 0; i < 12; i++) {
    // A new forged address each time, but the proxy (the last hop) saw the same client.
    const client = await rawClient(playwright, baseURL, `10.9.${i}.1, 203.0.113.20`);
    results.push(await rawSignIn(client, DEMO.lead, `guess-${i}`));
    await client.dispose();
  }
  expect(results.filter((r) => r.location.includes("code=rate_limited")).length).toBeGreaterThanOrEqual(5);
});

test("the login form says how long to wait, and the lead signs in from their own address meanwhile", async ({ page, browser }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "203.0.113.40" });
  const messages: string[] = [];
  for (let i = 0; i < 8; i++) {
    await signIn(page, DEMO.lead, `wrong-${i}`);
    await expect(signInError(page)).toBeVisible();
    messages.push((await signInError(page).textContent()) ?? "");
  }
  expect(messages.slice(0, 5)).toEqual(Array(5).fill("Invalid email or password."));
  expect(messages.some((m) => /^Too many failed sign-ins from your address\. Try again in \d+ seconds?\.$/.test(m))).toBe(true);
  const lead = await newSession(browser);
  await signInAs(lead, DEMO.lead);
  await lead.context().close();
});

test("changing one's password needs the current one, ends the other sessions and keeps this one", async ({ page, browser }) => {
  test.setTimeout(60_000); // several argon2 hashes and three sessions: 12 s quiet, 30 s on a loaded machine
  const email = "account.owner@example.com"; // scripts/lib/e2e-fixtures.ts: a user of its own
  const other = await newSession(browser);
  await signInAs(other, email);
  await signInAs(page, email);

  await page.getByRole("link", { name: "Your account" }).click();
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expect(page.getByTestId("session-row")).toHaveCount(2);
  await expect(page.getByTestId("session-row").filter({ hasText: "This session" })).toHaveCount(1);

  const form = page.locator("form").filter({ has: page.getByLabel("Current password") });
  await form.getByLabel("Current password").fill(PASSWORD);
  await form.getByLabel("New password", { exact: true }).fill("aaaaaaaaaaaa");
  await form.getByLabel("Repeat the new password").fill("aaaaaaaaaaaa");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(page.locator("#newPassword-error")).toContainText("Too easy to guess");

  await form.getByLabel("Current password").fill("not-my-password");
  await form.getByLabel("New password", { exact: true }).fill("lilac-orbit-canyon-58");
  await form.getByLabel("Repeat the new password").fill("lilac-orbit-canyon-58");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(page.locator("#currentPassword-error")).toHaveText("That is not your current password.");

  await form.getByLabel("Current password").fill(PASSWORD);
  await form.getByLabel("New password", { exact: true }).fill("lilac-orbit-canyon-58");
  await form.getByLabel("Repeat the new password").fill("lilac-orbit-canyon-58");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText(/Password changed; \d+ other sessions? ended/)).toBeVisible();

  // The other browser is signed out; this one is not.
  await other.goto("/backlog");
  await expect(other).toHaveURL(/\/login/);
  await page.goto("/backlog");
  await expect(page.getByRole("heading", { name: "Backlog" })).toBeVisible();

  // The new password works; "sign out everywhere" ends this session and the fresh one.
  await signInAs(other, email, "lilac-orbit-canyon-58");
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/login/);
  await other.goto("/backlog");
  await expect(other).toHaveURL(/\/login/);
  await other.context().close();
});

test("cookie-authenticated JSON writes must be JSON and come from this app", async ({ page, baseURL }) => {
  await signInAs(page, DEMO.engineer);
  const list = await page.request.get("/api/v1/items?project=health-todos&status=not_started&size=25");
  const [item] = ((await list.json()) as { rows: { id: string; version: number }[] }).rows;
  const url = `/api/v1/items/${item!.id}/status`;
  const body = JSON.stringify({ version: item!.version, status: "in_progress" });

  const plain = await page.request.post(url, { headers: { "content-type": "text/plain", origin: baseURL! }, data: body });
  expect(plain.status()).toBe(415);
  const sibling = await page.request.post(url, { headers: { "content-type": "application/json", origin: "http://wiki.127.0.0.1.nip.io" }, data: body });
  expect(sibling.status()).toBe(403);
  const noOrigin = await page.request.post(url, { headers: { "content-type": "application/json" }, data: body });
  expect(noOrigin.status()).toBe(403);
  const metric = await page.request.post("/api/v1/metrics/error_rate/points", { headers: { "content-type": "text/plain", origin: baseURL! }, data: JSON.stringify({ value: 1 }) });
  expect(metric.status()).toBe(415);

  const ok = await page.request.post(url, { headers: { "content-type": "application/json", origin: baseURL! }, data: body });
  expect(ok.status()).toBe(200);
});
