import { expect, test, type Page } from "@playwright/test";
import { DEMO, signInAs } from "./helpers";

// Printing the backlog, an item, a runbook and the matrix: on paper there are no controls, every
// table column is on the page (the backlog used to print its filter bar and cut the columns after
// Status), the page starts with a header naming the view, its filters and when it was printed,
// and a dark screen still prints black on white. The page is laid out as print media at the
// width A4 leaves inside its margins at 96 dpi; page.pdf() makes the real thing once.

/** A4 less the 12 mm margins app/globals.css gives the page, at 96 dpi: 186 × 273 mm. */
const A4 = { width: 703, height: 1032 };

/** The controls that print on purpose (app/globals.css says why): kept text and checkboxes' ticks. */
const PRINT_KEEP = '[data-print="keep"], input[type="checkbox"]';
const CONTROLS = `:is(button, select, input, textarea, nav, form, [role="search"]):not(${PRINT_KEEP}):visible`;

const PAGES = [
  {
    name: "backlog",
    path: "/backlog?project=health-todos&priority=P0,P1&status=not_started,in_progress&sort=due",
    filters: "Project: Optimization & health TODOs · Priority: P0, P1 · Status: Not started, In progress · Sorted by: Due, ascending",
    columns: ["Key", "Title", "Project", "Category", "Priority", "Status", "Severity", "Effort", "Assignee", "Due", "SLA"],
  },
  { name: "item", path: "/backlog/health-todos/P0-001", filters: "Project: Optimization & health TODOs", columns: [] },
  { name: "runbook", path: "/runbooks/incident-response-playbook", filters: /^Revision \d+/, columns: [] },
  {
    name: "matrix",
    path: "/matrix?project=health-todos",
    filters: "Project: Optimization & health TODOs",
    columns: ["Priority", "Overdue", "At risk", "On track", "Compliance 30 d", "Compliance 90 d", "Oldest overdue"],
  },
] as const;

/** What of the page's controls still shows, named so a failure says which. */
async function visibleControls(page: Page): Promise<string[]> {
  return page.locator(CONTROLS).evaluateAll((els) =>
    els.map((el) => `<${el.tagName.toLowerCase()}> ${el.getAttribute("aria-label") ?? (el.textContent ?? "").trim().slice(0, 30)}`),
  );
}

/** Every table's right edge and each column header's, with whether the header shows; none may pass the page's width. */
async function tableEdges(page: Page) {
  return page.locator("main table").evaluateAll((tables) =>
    tables.map((table) => ({
      right: Math.round(table.getBoundingClientRect().right),
      // The backlog's row-selection column is a control, not data: it goes (checked on its own below).
      headers: [...table.querySelectorAll("thead th:not(:has(> input[type=checkbox]))")].map((th) => {
        const box = th.getBoundingClientRect();
        // innerText: the text as laid out for print (a sort header's button is hidden, its text twin shown).
        return { text: (th as HTMLElement).innerText.trim(), right: Math.round(box.right), shown: box.width > 0 && box.height > 0 && getComputedStyle(th).visibility !== "hidden" };
      }),
    })),
  );
}

test.beforeEach(async ({ page }) => {
  await signInAs(page, DEMO.lead); // on a laptop's window, where the signed-in name shows in the sidebar
  await page.setViewportSize(A4);
});

for (const view of PAGES) {
  test(`the ${view.name} prints without controls, with every column and a header naming the view`, async ({ page }) => {
    await page.goto(view.path);
    await page.waitForLoadState("networkidle");
    const header = page.getByTestId("print-header");

    // On screen the header is not there (the page says all of it already).
    await page.emulateMedia({ media: "screen" });
    await expect(header).toBeHidden();

    await page.emulateMedia({ media: "print" });
    await expect(header).toBeVisible();
    await expect(header.getByTestId("print-filters")).toHaveText(view.filters);
    await expect(header).toContainText(/Printed \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} \(.+\) by Lee Lead/);

    expect(await visibleControls(page)).toEqual([]);
    await expect(page.getByRole("complementary", { name: /navigation|sidebar/i })).toHaveCount(0);

    const tables = await tableEdges(page);
    if (view.columns.length) expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      expect(table.right, `a table reaches ${table.right} px on a ${A4.width} px page`).toBeLessThanOrEqual(A4.width);
      for (const th of table.headers) {
        expect(th.shown, `column "${th.text}" is hidden`).toBe(true);
        expect(th.right, `column "${th.text}" ends at ${th.right} px`).toBeLessThanOrEqual(A4.width);
      }
    }
    const names = tables.flatMap((t) => t.headers.map((h) => h.text));
    for (const column of view.columns) expect(names).toContain(column);
  });
}

test("the backlog's status select prints as its text, the selection column not at all", async ({ page }) => {
  await page.goto(PAGES[0].path);
  await page.waitForLoadState("networkidle");
  const firstRow = page.locator("main tbody tr").first();
  const select = firstRow.getByRole("combobox", { name: /^Status of / });
  await expect(select).toBeVisible();
  const status = await select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? "");

  await page.emulateMedia({ media: "print" });
  await expect(select).toBeHidden();
  await expect(firstRow).toContainText(status);
  await expect(page.getByRole("checkbox", { name: "Select all rows on this page" })).toBeHidden();
  await expect(firstRow.getByRole("checkbox")).toBeHidden();
  // The count of what the paper lists stays; the page buttons go.
  await expect(page.getByRole("navigation", { name: "Pages" })).toContainText(/of \d+ items/);
});

test("a dark screen prints black on white", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(PAGES[0].path);
  await page.waitForLoadState("networkidle");
  await expect(page.locator("html")).toHaveClass(/dark/);
  // Lightness (0 black – 1 white) of what a part is drawn in; the browser converts its lab()/oklch() through a canvas.
  const colours = () =>
    page.evaluate(() => {
      const context = document.createElement("canvas").getContext("2d", { willReadFrequently: true })!;
      const lightness = (colour: string) => {
        context.clearRect(0, 0, 1, 1);
        context.fillStyle = colour;
        context.fillRect(0, 0, 1, 1);
        const [r = 0, g = 0, b = 0] = context.getImageData(0, 0, 1, 1).data;
        return (r + g + b) / 765;
      };
      const of = (selector: string, property: "color" | "backgroundColor") => lightness(getComputedStyle(document.querySelector(selector)!)[property]);
      return {
        body: getComputedStyle(document.body).backgroundColor,
        table: lightness(getComputedStyle(document.querySelector("main table")!.parentElement!).backgroundColor),
        text: of("main h1", "color"),
        muted: of("main thead", "color"),
      };
    });

  const screen = await colours();
  expect(screen.table, "the screen is dark to begin with").toBeLessThan(0.3);

  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  const paper = await colours();
  expect(paper.body).toBe("rgb(255, 255, 255)");
  expect(paper.table, "the table's box").toBeGreaterThan(0.95);
  expect(paper.text, "the title").toBeLessThan(0.3);
  expect(paper.muted, "the column headers").toBeLessThan(0.6);
});

test("the backlog makes a PDF", async ({ page }, testInfo) => {
  await page.goto(PAGES[0].path);
  await page.waitForLoadState("networkidle");
  const pdf = await page.pdf({ format: "A4", printBackground: true, path: testInfo.outputPath("backlog.pdf") });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  expect(pdf.length).toBeGreaterThan(10_000);
});
