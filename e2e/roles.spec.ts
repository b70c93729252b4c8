import { expect, test } from "@playwright/test";
import { DEMO, navLinks, signInAs } from "./helpers";

const ALL = ["Dashboard", "Backlog", "Triage", "Matrix", "Runbooks", "Metrics", "Import", "Admin"];
const EXPECTED_NAV: Record<keyof typeof DEMO, string[]> = {
  viewer: ["Dashboard", "Backlog", "Matrix", "Runbooks", "Metrics"],
  engineer: ["Dashboard", "Backlog", "Matrix", "Runbooks", "Metrics"],
  lead: ["Dashboard", "Backlog", "Triage", "Matrix", "Runbooks", "Metrics", "Import"],
  admin: ALL,
};
const PAGES: Record<string, string> = { Triage: "/triage", Import: "/import", Admin: "/admin/users" };

for (const role of Object.keys(EXPECTED_NAV) as (keyof typeof DEMO)[]) {
  test(`${role} sees their navigation, name and role, and the server refuses the rest`, async ({ page }) => {
    await signInAs(page, DEMO[role]);
    await expect(navLinks(page)).toHaveText(EXPECTED_NAV[role]);
    await expect(page.getByTestId("current-role")).toHaveText(role, { ignoreCase: true });

    for (const [label, path] of Object.entries(PAGES)) {
      const response = await page.goto(path);
      if (EXPECTED_NAV[role].includes(label)) {
        expect(response?.status(), `${role} ${path}`).toBe(200);
      } else {
        expect(response?.status(), `${role} ${path}`).toBe(403);
        await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
      }
    }
  });
}

test("the theme toggle switches to dark and back", async ({ page }) => {
  await signInAs(page, DEMO.viewer);
  const html = page.locator("html");
  const toggle = page.getByRole("button", { name: /^Theme:/ });
  for (let i = 0; i < 3 && !(await html.getAttribute("class"))?.includes("dark"); i++) await toggle.click();
  await expect(html).toHaveClass(/dark/);
  await page.reload();
  await expect(html).toHaveClass(/dark/);
});
