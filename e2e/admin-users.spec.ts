import { expect, test, type Page } from "@playwright/test";
import { DEMO, newSession, signIn, signInAs, signInError } from "./helpers";

async function createUser(page: Page, email: string, role: string, password: string) {
  await page.goto("/admin/users");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Name").fill(email.split("@")[0]!);
  await page.getByLabel("Role", { exact: true }).selectOption(role);
  await page.getByLabel("Initial password").fill(password);
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByTestId(`user-row-${email}`)).toBeVisible();
}

test("an admin creates a user who can then sign in with that role", async ({ page, browser }) => {
  await signInAs(page, DEMO.admin);
  await createUser(page, "new.engineer@example.com", "engineer", "amber-falcon-1928-quiet");

  const other = await newSession(browser);
  await signInAs(other, "new.engineer@example.com", "amber-falcon-1928-quiet");
  await expect(other.getByTestId("current-role")).toHaveText("engineer", { ignoreCase: true });
  await other.close();

  // The creation is in the audit log, with who did it.
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Audit log" }).click();
  const row = page.getByRole("row").filter({ hasText: "new.engineer@example.com" });
  await expect(row.first()).toContainText("Ada Admin added new.engineer (new.engineer@example.com) as engineer");
});

test("creating a user with bad input names the fields", async ({ page }) => {
  await signInAs(page, DEMO.admin);
  await page.goto("/admin/users");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Initial password").fill("short");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.locator("#new-email-error")).toHaveText("Enter a valid email address");
  await expect(page.locator("#new-name-error")).toHaveText("Enter a name");
  await expect(page.locator("#new-password-error")).toHaveText("At least 10 characters");
  // Long enough is not enough: a guessable password is refused, saying why.
  await page.getByLabel("Initial password").fill("password1234");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.locator("#new-password-error")).toContainText("Too easy to guess: This is similar to a commonly used password.");
});

test("disabling a user ends their open session and stops sign-in; a role change applies at once", async ({ page, browser }) => {
  await signInAs(page, DEMO.admin);
  await createUser(page, "to.disable@example.com", "lead", "violet-tram-umbrella-42");

  const victim = await newSession(browser);
  await signInAs(victim, "to.disable@example.com", "violet-tram-umbrella-42");
  await victim.goto("/triage");
  await expect(victim.getByRole("heading", { name: "Triage" })).toBeVisible();

  // Demote: the very next request sees the new role.
  const row = page.getByTestId("user-row-to.disable@example.com");
  await row.getByLabel("Role of to.disable@example.com").selectOption("viewer");
  await row.getByRole("button", { name: "Save role" }).click();
  await expect(page.getByText("to.disable@example.com is now viewer")).toBeVisible();
  expect((await victim.goto("/triage"))?.status()).toBe(403);

  // Disable: the open session stops working.
  await row.getByRole("button", { name: "Disable" }).click();
  await expect(row.getByText("Disabled")).toBeVisible();
  await victim.goto("/");
  await expect(victim).toHaveURL(/\/login/);
  await signIn(victim, "to.disable@example.com", "violet-tram-umbrella-42");
  // The right password learns that the account is disabled (e2e/messages.spec.ts: a wrong one does not).
  await expect(signInError(victim)).toHaveText("Your account is disabled. Ask an admin to enable it.");
  await victim.close();
});

test("an admin resets a password: the old one stops working, the new one works", async ({ page, browser }) => {
  await signInAs(page, DEMO.admin);
  await createUser(page, "forgetful@example.com", "viewer", "quartz-lantern-meadow-7");
  const row = page.getByTestId("user-row-forgetful@example.com");
  await row.getByRole("button", { name: "Reset password" }).click();
  await row.getByLabel("New password for forgetful@example.com").fill("copper-kettle-harbor-93");
  await row.getByRole("button", { name: "Set password", exact: true }).click();
  await expect(page.getByText("Password reset for forgetful@example.com")).toBeVisible();

  const user = await newSession(browser);
  await signIn(user, "forgetful@example.com", "quartz-lantern-meadow-7");
  await expect(signInError(user)).toHaveText("Invalid email or password.");
  await signInAs(user, "forgetful@example.com", "copper-kettle-harbor-93");
  await user.close();
});

test("a viewer who posts to an admin-only server action directly is refused by the server", async ({ page, browser }) => {
  // Learn the action's id the way an attacker could: from an admin's own (harmless, invalid) call.
  await signInAs(page, DEMO.admin);
  await page.goto("/admin/users");
  const actionRequest = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await page.getByRole("button", { name: "Create user" }).click();
  const actionId = (await actionRequest).headers()["next-action"]!;
  expect(actionId).toBeTruthy();

  const viewer = await newSession(browser);
  await signInAs(viewer, DEMO.viewer);
  const answer = await viewer.evaluate(async (id) => {
    const response = await fetch("/", {
      method: "POST",
      headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
      body: JSON.stringify([{ email: "intruder@example.com", name: "Intruder", role: "admin", password: "intruder-password" }]),
    });
    return { status: response.status, body: await response.text() };
  }, actionId);
  expect(answer.body).toContain('"code":"forbidden"');
  await viewer.close();

  await page.reload();
  await expect(page.getByTestId("user-row-intruder@example.com")).toHaveCount(0);
});
