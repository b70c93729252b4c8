import { expect, test } from "@playwright/test";
import { DEMO, signIn, signInAs, signInError } from "./helpers";

// React 19 resets a form after its action completes; a refused form must still show what was typed
// (passwords excepted, on purpose) and put the cursor where the correction is needed.

test("a refused new user keeps email, name and role, and focuses the password with its error", async ({ page }) => {
  await signInAs(page, DEMO.admin);
  await page.goto("/admin/users");
  await page.getByLabel("Email").fill("kept.values@example.com");
  await page.getByLabel("Name").fill("Kept Values");
  await page.getByLabel("Role", { exact: true }).selectOption("lead");
  await page.getByLabel("Initial password").fill("short");
  await page.getByRole("button", { name: "Create user" }).click();

  const password = page.getByLabel("Initial password");
  await expect(page.locator("#new-password-error")).toHaveText("At least 10 characters");
  await expect(password).toBeFocused();
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(password).toHaveAttribute("aria-describedby", "new-password-error");
  await expect(page.getByLabel("Email")).toHaveValue("kept.values@example.com");
  await expect(page.getByLabel("Name")).toHaveValue("Kept Values");
  await expect(page.getByLabel("Role", { exact: true })).toHaveValue("lead");
});

test("a wrong password keeps the email on the sign-in form", async ({ page }) => {
  // An address of its own, so this failure counts against no other test's sign-in throttle.
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "198.51.100.171" });
  await signIn(page, DEMO.lead, "not-the-password");
  await expect(signInError(page)).toHaveText("Invalid email or password.");
  await expect(page.getByLabel("Email")).toHaveValue(DEMO.lead);
  await expect(page.getByLabel("Password")).toBeFocused();
});

test("a refused new item keeps its project and priority, and focuses the title with its error", async ({ page }) => {
  await signInAs(page, DEMO.lead);
  await page.goto("/backlog");
  await page.getByRole("button", { name: "New item" }).click();
  const dialog = page.getByRole("dialog", { name: "New item" });
  await dialog.getByLabel("Title").fill("   ");
  await dialog.getByLabel("Priority").selectOption("P1");
  await dialog.getByRole("button", { name: "Create" }).click();

  const title = dialog.getByLabel("Title");
  await expect(dialog.locator("#new-title-error")).toBeVisible();
  await expect(title).toBeFocused();
  await expect(title).toHaveAttribute("aria-describedby", "new-title-error");
  await expect(dialog.getByLabel("Priority")).toHaveValue("P1");
});
