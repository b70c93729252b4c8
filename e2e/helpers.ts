import { expect, test, type Browser, type Page } from "@playwright/test";

export const PASSWORD = "demo-password";
export const DEMO = {
  admin: "admin@example.com",
  lead: "lead@example.com",
  engineer: "engineer@example.com",
  viewer: "viewer@example.com",
} as const;

export async function signIn(page: Page, email: string, password = PASSWORD, path = "/login") {
  await page.goto(path);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in and waits for the signed-in frame: the sidebar's user on a wide window, the menu button on a phone. */
export async function signInAs(page: Page, email: string, password = PASSWORD) {
  await signIn(page, email, password);
  await expect(page.getByTestId("current-user").or(page.getByRole("button", { name: "Menu", exact: true })).filter({ visible: true })).toBeVisible();
}

export const navLinks = (page: Page) => page.getByRole("navigation", { name: "Main" }).getByRole("link");

/** The message a failed sign-in shows (Next's route announcer is also an alert, so scope to the form). */
export const signInError = (page: Page) => page.locator("form [role=alert]");

/** A second, independent browser session (its own cookies) on the test server. */
export async function newSession(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  return context.newPage();
}
