import { expect, test } from "@playwright/test";
import { DEMO, signInAs } from "./helpers";

// Demo seed 002 ("Optimization & health TODOs") is imported as project health-todos; its keys
// look like P0-006, unique across the demo projects.

test("Ctrl+K opens the palette, finds an item by key and a page by name", async ({ page }) => {
  await signInAs(page, DEMO.viewer);
  const palette = page.getByRole("dialog", { name: "Command palette" });
  const input = palette.getByRole("combobox");

  await page.keyboard.press("Control+K");
  await expect(palette).toBeVisible();
  await expect(input).toBeFocused();
  // Lower case on purpose: the lookup is case-insensitive.
  await input.pressSequentially("p0-006");
  // Server results are debounced: wait until the item is listed and selected before choosing it.
  const item = palette.getByRole("option", { name: /P0-006/ });
  await expect(item).toContainText("Optimization & health TODOs");
  await expect(item).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/backlog\/health-todos\/P0-006$/);
  await expect(palette).toBeHidden();

  await page.keyboard.press("Control+K");
  await expect(input).toHaveValue("");
  await input.pressSequentially("Metr");
  await expect(palette.getByRole("option", { name: "Metrics", exact: true })).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/metrics$/);
});

test("the sidebar button opens the palette and Escape closes it", async ({ page }) => {
  await signInAs(page, DEMO.viewer);
  await page.getByRole("button", { name: /^Search…/ }).click();
  const palette = page.getByRole("dialog", { name: "Command palette" });
  await expect(palette.getByRole("option", { name: "Dashboard", exact: true })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(palette).toBeHidden();
});
