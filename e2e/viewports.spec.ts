import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
import { PAGES, type DetailRoute, type PageRoute } from "@/lib/routing/page-manifest";
import { DEMO, signInAs } from "./helpers";

// Every page of the manifest on a phone (390×844), a laptop (1366×768) and a desktop monitor
// (1920×1080), light and dark: the page never scrolls sideways (wide tables scroll inside their own
// box or become cards), no control is cut off, nothing moves once drawn (layout shift 0) and axe
// finds nothing; on the phone the navigation is a menu button whose drawer traps focus and closes
// on Escape. An admin may open every page.

type StorageState = Exclude<BrowserContextOptions["storageState"], string | undefined>;

/** A real address for each page whose route names a record (a new one must be added here to compile). */
const EXAMPLES: { [R in DetailRoute]: string | ((page: Page) => Promise<string>) } = {
  // The demo has no webhook: register one (for a rare event, to an address nothing answers) if none is listed yet.
  "/admin/webhooks/[id]": async (page) => {
    await page.goto("/admin/webhooks");
    const listed = page.locator('[data-testid="webhook-row"] a').first();
    if (!(await listed.count())) {
      await page.getByLabel("URL").fill("https://hooks.example.com/health-backlog");
      await page.getByRole("checkbox", { name: /runbook\.review_due/ }).check();
      await page.getByRole("button", { name: "Register webhook" }).click();
      await page.getByRole("link", { name: "Open the webhook" }).waitFor();
    }
    const href = await page.locator('[data-testid="webhook-row"] a').first().getAttribute("href");
    if (!href) throw new Error("no webhook to open");
    return href;
  },
  "/backlog/[project]/[key]": "/backlog/health-todos/P0-001",
  "/metrics/[key]": "/metrics/error_rate",
  "/metrics/[key]/edit": "/metrics/error_rate/edit",
  "/runbooks/[slug]": "/runbooks/incident-response-playbook",
  "/runbooks/[slug]/edit": "/runbooks/incident-response-playbook/edit",
  "/runbooks/[slug]/history": "/runbooks/incident-response-playbook/history",
  // The demo's one drill: its id is made at seeding, so read the link from the runbook page.
  "/runbooks/[slug]/drills/[id]": async (page) => {
    await page.goto("/runbooks/incident-response-playbook");
    const href = await page.locator('a[href*="/drills/"]').first().getAttribute("href");
    if (!href) throw new Error("the demo runbook lists no drill");
    return href;
  },
};

/** Pages that only send the reader on (measured where they land, once they have). */
const REDIRECTS: Partial<Record<PageRoute, string>> = { "/admin": "/admin/users" };

const isDetail = (route: PageRoute): route is DetailRoute => route in EXAMPLES;

async function addressOf(route: PageRoute, page: Page): Promise<string> {
  if (!isDetail(route)) return route;
  const example = EXAMPLES[route];
  return typeof example === "string" ? example : example(page);
}

type Layout = { extra: number; culprit: string; clipped: string[]; shift: number; shifts: string[] };

/** Counts layout shifts from the first paint on (installed before any page script runs). */
function watchLayoutShifts() {
  const w = window as unknown as { __shift: number; __shifts: string[] };
  w.__shift = 0;
  w.__shifts = [];
  type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Shift[]) {
      if (entry.hadRecentInput) continue;
      w.__shift += entry.value;
      const node = entry.sources?.find((s) => s.node)?.node;
      const what = node instanceof Element ? `<${node.tagName.toLowerCase()}> ${JSON.stringify((node.textContent ?? "").trim().slice(0, 40))}` : "?";
      w.__shifts.push(`${entry.value.toFixed(4)} ${what}`);
    }
  }).observe({ type: "layout-shift", buffered: true });
}

/**
 * How the page sits in the window once it has settled: its width beyond the window (0: no sideways
 * scroll) and what sticks out; the controls that are clipped (past the window's edge outside a
 * table's header row, a button's label cut, a select's chosen option wider than the select); and
 * the layout shift so far (what moved, when not 0).
 */
async function layout(page: Page): Promise<Layout> {
  for (;;) {
    try {
      return await page.evaluate(async () => {
        // Charts and other client-drawn parts take their width after hydration: wait for a frame
        // and then for the main thread to be idle (quicker than waiting for the network to be).
        await new Promise((done) => requestAnimationFrame(done));
        await new Promise((done) => requestIdleCallback(done, { timeout: 2_000 }));
        const extra = document.documentElement.scrollWidth - window.innerWidth;
        const outside = (up: Element | null) => {
          for (; up && up !== document.body; up = up.parentElement) if (getComputedStyle(up).overflowX !== "visible") return true;
          return false;
        };
        // Name the outermost element that reaches past the window, so a failure says where to look.
        let culprit = "";
        if (extra > 0) {
          for (const el of document.querySelectorAll("body *")) {
            if (el.getBoundingClientRect().right <= window.innerWidth + 1 || outside(el.parentElement)) continue;
            const text = (el.textContent ?? "").trim().slice(0, 40);
            culprit = `<${el.tagName.toLowerCase()} class="${String(el.getAttribute("class") ?? "").slice(0, 80)}"> ${JSON.stringify(text)}`;
            break;
          }
        }
        const clipped: string[] = [];
        const measure = document.createElement("canvas").getContext("2d")!;
        for (const el of document.querySelectorAll<HTMLElement>("button, select, input:not([type=hidden]), textarea, a[role=button]")) {
          const box = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          if (box.width === 0 || style.visibility === "hidden" || el.closest("[aria-hidden=true], .sr-only")) continue;
          const name = (el.getAttribute("aria-label") || el.textContent || el.getAttribute("name") || el.id).trim().slice(0, 40);
          // A sort button in a header row may sit in the part of a wide table scrolled out of view.
          if ((box.right > window.innerWidth + 1 || box.left < -1) && !el.closest("thead")) clipped.push(`<${el.tagName.toLowerCase()}> "${name}" reaches ${Math.round(box.right)} px`);
          else if (el instanceof HTMLButtonElement && el.scrollWidth > el.clientWidth + 1) clipped.push(`<button> "${name}" label cut (${el.scrollWidth} > ${el.clientWidth} px)`);
          else if (el instanceof HTMLSelectElement && el.selectedIndex >= 0) {
            measure.font = style.font;
            const text = el.options[el.selectedIndex]!.text;
            const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
            const width = measure.measureText(text).width;
            if (width > room + 1) clipped.push(`<select> "${text}" cut (${Math.round(width)} > ${Math.round(room)} px)`);
          }
        }
        const w = window as unknown as { __shift: number; __shifts: string[] };
        return { extra, culprit, clipped, shift: w.__shift, shifts: w.__shifts.slice(0, 3) };
      });
    } catch (error) {
      // The page was replaced while measuring (a refresh for the reader's time zone): measure again.
      if (!/Execution context was destroyed|reading 'scrollWidth'/.test(String(error))) throw error;
      await page.waitForLoadState("load");
    }
  }
}

// The signed-in pages (the public one, /login, is checked signed out).
const ROUTES = (Object.keys(PAGES) as PageRoute[]).filter((route) => PAGES[route].action !== null);
// Pages load in two tabs at once: the browser's work on one overlaps the server's on the other.
const TABS = 2;

let signedIn: StorageState;

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await signInAs(page, DEMO.admin);
  signedIn = await context.storageState();
  await context.close();
});

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** What is wrong with the page in the window: sideways scroll, clipped controls, layout shift, axe's findings. */
async function problemsOf(page: Page, path: string): Promise<string[]> {
  const found: string[] = [];
  const { extra, culprit, clipped, shift, shifts } = await layout(page);
  if (extra > 0) found.push(`${path}: ${extra} px wider than the window (${culprit})`);
  for (const control of clipped) found.push(`${path}: clipped ${control}`);
  // 0 as the tools report it (Lighthouse prints three decimals): a slow machine may paint a page
  // mid-stream and nudge a border by a pixel, which is not what a reader sees as a jump.
  if (shift >= 0.001) found.push(`${path}: layout shift ${shift.toFixed(4)} (${shifts.join("; ")})`);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  for (const v of violations) found.push(`${path}: axe ${v.id} (${v.impact}) ${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(" ")}`);
  return found;
}

/** Opens every page in one window size and colour scheme; returns what is wrong, page by page. */
async function visitEveryPage(browser: Browser, width: number, height: number, colorScheme: "light" | "dark") {
  const baseURL = test.info().project.use.baseURL;
  const options = { baseURL, viewport: { width, height }, colorScheme };
  const context = await browser.newContext({ ...options, storageState: signedIn });
  await context.addInitScript(watchLayoutShifts);
  const found: string[] = [];
  const queue = [...ROUTES];
  await Promise.all(
    Array.from({ length: TABS }, async () => {
      const page = await context.newPage();
      for (let route = queue.shift(); route; route = queue.shift()) {
        const path = await addressOf(route, page);
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        const landing = REDIRECTS[route];
        if (landing) await page.waitForURL(landing);
        // A page that failed in the browser (its error view) would pass for narrow: it must have drawn.
        await expect(page.getByRole("heading", { name: "This page could not be loaded" }), path).toHaveCount(0);
        found.push(...(await problemsOf(page, path)));
      }
      await page.close();
    }),
  );
  await context.close();
  const signedOut = await browser.newContext(options);
  await signedOut.addInitScript(watchLayoutShifts);
  const login = await signedOut.newPage();
  await login.goto("/login");
  found.push(...(await problemsOf(login, "/login")));
  await signedOut.close();
  return found.sort();
}

// Every page in every window a team reads it in (a phone, a laptop, a desktop monitor), light and
// dark: nothing scrolls sideways, no control is cut off, nothing moves once drawn, axe finds nothing.
for (const [width, height] of [
  [390, 844],
  [1366, 768],
  [1920, 1080],
] as const) {
  for (const scheme of ["light", "dark"] as const) {
    test(`every page at ${width}×${height}, ${scheme}: no sideways scroll, clipped control, layout shift or axe finding`, async ({ browser }) => {
      test.setTimeout(120_000);
      expect(await visitEveryPage(browser, width, height, scheme)).toEqual([]);
    });
  }
}

test("on a phone the menu is a drawer: it opens on the current page, traps focus, closes on Escape and on a link", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, viewport: { width: 390, height: 844 }, storageState: signedIn });
  const page = await context.newPage();

  // The sidebar gives way to a top bar: menu button, search button.
  await page.goto("/backlog");
  await expect(page.getByRole("complementary")).toBeHidden();
  const menuButton = page.getByRole("button", { name: "Menu", exact: true });
  const drawer = page.getByRole("dialog", { name: "Menu" });
  await menuButton.click();
  await expect(drawer).toBeVisible();
  await expect(drawer.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Backlog" })).toHaveAttribute("aria-current", "page");
  await expect(drawer.getByTestId("current-user")).toBeVisible();
  // Focus starts on the current page's link, is inside and stays there (a trap: Tab past the last control comes back in).
  await expect(drawer.getByRole("link", { name: "Backlog", exact: true })).toBeFocused();
  const focusInDrawer = () => page.evaluate(() => !!document.activeElement?.closest("[role=dialog]"));
  expect(await focusInDrawer()).toBe(true);
  for (let i = 0; i < 15; i++) await page.keyboard.press("Tab");
  expect(await focusInDrawer()).toBe(true);
  await page.keyboard.press("Escape");
  await expect(drawer).toBeHidden();
  await expect(menuButton).toBeFocused();

  // Following a link closes it.
  await menuButton.click();
  await drawer.getByRole("link", { name: "Matrix" }).click();
  await expect(page).toHaveURL(/\/matrix$/);
  await expect(drawer).toBeHidden();

  // The search is one tap away.
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByRole("dialog", { name: "Command palette" })).toBeVisible();
  await page.keyboard.press("Escape");

  // axe on the open drawer (the pages themselves are checked by the sweep above).
  const found: string[] = [];
  const axe = async (label: string) => {
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    for (const v of violations) found.push(`${label}: ${v.id} (${v.impact}) ${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(" ")}`);
  };
  await menuButton.click();
  await expect(drawer).toBeVisible();
  await axe("the menu drawer");
  expect(found).toEqual([]);
  await context.close();
});
