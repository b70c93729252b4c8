import { expect, test, type Page } from "@playwright/test";
import { DEMO, newSession, signIn, signInAs, signInError } from "./helpers";

// Messages speak the user's language (issue 17): each names the thing in the words of the page it
// is on, never by an input name, an enum value or a role a token does not have.

const plan = (priority: string, status: string) => `# Messages (e2e)

### MSG-001: Rotate the signing keys
**Priority:** ${priority}
**Status:** ${status}
**Effort:** 2 hours

**Acceptance Criteria:**
- [ ] Old keys revoked
`;

async function dryRun(page: Page, text: string, project: string | "__new__", slug?: string) {
  await page.goto("/import");
  await page.getByLabel("or paste the plan").fill(text);
  await page.getByLabel("Target project").selectOption(project);
  if (slug) await page.getByLabel("Project slug").fill(slug);
  await page.getByRole("button", { name: "Dry run" }).click();
}

test("a re-import's dry run says what changes, field by field, from → to", async ({ page }) => {
  await signInAs(page, DEMO.lead);
  await dryRun(page, plan("P2", "Not Started"), "__new__", "e2e-messages");
  await page.getByRole("button", { name: /^Import 1 new/ }).click();
  await expect(page.getByText("Import complete")).toBeVisible();

  await page.getByRole("button", { name: "Import another plan" }).click();
  await dryRun(page, plan("P1", "Done").replace("- [ ] Old keys", "- [x] Old keys"), "e2e-messages");
  const row = page.getByRole("row").filter({ hasText: "Rotate the signing keys" });
  const changes = row.getByRole("list", { name: "Changes" });
  await expect(changes).toContainText("Priority: P2 → P1");
  await expect(changes).toContainText("Status: Not started → Done");
  await expect(changes).toContainText("Acceptance criteria: 1 now done");
  // The words of the page, not the plan's field names.
  await expect(row).not.toContainText("priorityLabel");
  await expect(row).not.toContainText("not_started");
});

test("a metric form's refusal names the field as labelled", async ({ page }) => {
  await signInAs(page, DEMO.lead);
  await page.goto("/metrics/new");
  await page.getByLabel("Key").fill("messages_e2e");
  await page.getByLabel("Name").fill("Messages (e2e)");
  await page.getByLabel("Target").fill("10");
  await page.getByLabel("Warning threshold").fill("5");
  await page.getByRole("button", { name: "Define metric" }).click();
  // The toast says which field; the field's own message sits under its label.
  await expect(page.getByText("Warning threshold must be at or above the target (10) when lower is better")).toBeVisible();
  await expect(page.locator("#metric-warningThreshold-error")).toHaveText("Must be at or above the target (10) when lower is better");
  await expect(page.getByText("warningThreshold")).toHaveCount(0);
});

test("a token without the scope is told which scope it lacks, not about a role", async ({ page, request }) => {
  await signInAs(page, DEMO.admin);
  await page.goto("/admin/tokens");
  await page.getByLabel("Name").fill("Reader (messages e2e)");
  await page.getByRole("checkbox", { name: /Read backlog items/ }).check();
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = await page.getByLabel("New token secret").inputValue();
  expect(secret).toMatch(/^hbk_/);

  const refused = await request.post("/api/v1/metrics/error_rate/points", { data: { value: 1 }, headers: { authorization: `Bearer ${secret}` } });
  expect(refused.status()).toBe(403);
  const { error } = await refused.json();
  expect(error.code).toBe("forbidden");
  expect(error.message).toMatch(/^This token lacks the metrics:write scope/);
  expect(error.message).not.toMatch(/role/i);
});

test("a disabled account is told so after its right password, and only then", async ({ page, browser }) => {
  const email = "locked.out@example.com";
  const password = "violet-tram-umbrella-42";
  await signInAs(page, DEMO.admin);
  await page.goto("/admin/users");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Name").fill("Locked out");
  await page.getByLabel("Role", { exact: true }).selectOption("engineer");
  await page.getByLabel("Initial password").fill(password);
  await page.getByRole("button", { name: "Create user" }).click();
  const row = page.getByTestId(`user-row-${email}`);
  await row.getByRole("button", { name: "Disable" }).click();
  await expect(row.getByText("Disabled", { exact: true })).toBeVisible();

  const other = await newSession(browser);
  // A wrong password learns nothing about the account.
  await signIn(other, email, "not-the-password-42");
  await expect(signInError(other)).toHaveText("Invalid email or password.");
  await signIn(other, email, password);
  await expect(signInError(other)).toHaveText("Your account is disabled. Ask an admin to enable it.");
  await expect(other).toHaveURL(/\/login/);
  await other.close();
});
