import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
import { PAGES, type DetailRoute, type PageRoute } from "@/lib/routing/page-manifest";
import { DEMO, signInAs } from "./helpers";

// Every page of the manifest on a phone (390×844) and a laptop (1366×768): the page never scrolls
// sideways (wide tables scroll inside their own box), and on the phone the navigation is a menu
// button whose drawer traps focus and closes on Escape. An admin may open every page.

type StorageState = Exclude<BrowserContextOptions["storageState"], string | undefined>;

/** A real address for each page whose route names a record (a new one must be added here to compile). */
const EXAMPLES: { [R in DetailRoute]: string | ((page: Page) => Promise<string>) } = {
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

/** The page's width beyond the window (0: no sideways scroll), once it has settled, and what sticks out. */
async function overflow(page: Page): Promise<{ extra: number; culprit: string }> {
  for (;;) {
    try {
      return await page.evaluate(async () => {
        // Charts and other client-drawn parts take their width after hydration: wait for a frame
        // and then for the main thread to be idle (quicker than waiting for the network to be).
        await new Promise((done) => requestAnimationFrame(done));
        await new Promise((done) => requestIdleCallback(done, { timeout: 2_000 }));
        const extra = document.documentElement.scrollWidth - window.innerWidth;
        if (extra <= 0) return { extra, culprit: "" };
        // Name the outermost element that reaches past the window, so a failure says where to look.
        let culprit = "";
        const clipped = (el: Element) => {
          for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) if (getComputedStyle(up).overflowX !== "visible") return true;
          return false;
        };
        for (const el of document.querySelectorAll("body *")) {
          if (el.getBoundingClientRect().right <= window.innerWidth + 1 || clipped(el)) continue;
          const text = (el.textContent ?? "").trim().slice(0, 40);
          culprit = `<${el.tagName.toLowerCase()} class="${String(el.getAttribute("class") ?? "").slice(0, 80)}"> ${JSON.stringify(text)}`;
          break;
        }
        return { extra, culprit };
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

/** Opens every page at `width` × `height`; returns the context (signed in) and the pages that scroll sideways. */
async function visitEveryPage(browser: Browser, width: number, height: number) {
  const baseURL = test.info().project.use.baseURL;
  const context = await browser.newContext({ baseURL, viewport: { width, height }, storageState: signedIn });
  const wide: string[] = [];
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
        const { extra, culprit } = await overflow(page);
        if (extra > 0) wide.push(`${path}: ${extra} px wider than the window (${culprit})`);
        // A page that failed in the browser (its error view) would pass for narrow: it must have drawn.
        await expect(page.getByRole("heading", { name: "This page could not be loaded" }), path).toHaveCount(0);
      }
      await page.close();
    }),
  );
  const signedOut = await browser.newContext({ baseURL, viewport: { width, height } });
  const login = await signedOut.newPage();
  await login.goto("/login");
  const { extra, culprit } = await overflow(login);
  if (extra > 0) wide.push(`/login: ${extra} px wider than the window (${culprit})`);
  await signedOut.close();
  return { context, wide: wide.sort() };
}

test("no page scrolls sideways on a laptop (1366×768)", async ({ browser }) => {
  const { context, wide } = await visitEveryPage(browser, 1366, 768);
  expect(wide).toEqual([]);
  await context.close();
});

test("on a phone (390×844) no page scrolls sideways and the menu is a drawer", async ({ browser }) => {
  test.setTimeout(60_000);
  const { context, wide } = await visitEveryPage(browser, 390, 844);
  expect(wide).toEqual([]);
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
  // Focus is inside and stays there (a trap: Tab past the last control comes back in).
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

  // axe on the pages a phone is most used for, the drawer open on one of them.
  const found: string[] = [];
  const axe = async (label: string) => {
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    for (const v of violations) found.push(`${label}: ${v.id} (${v.impact}) ${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(" ")}`);
  };
  for (const path of ["/", "/triage", "/matrix", "/backlog/health-todos/P0-001"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    await axe(path);
  }
  await menuButton.click();
  await expect(drawer).toBeVisible();
  await axe("the menu drawer");
  expect(found).toEqual([]);
  await context.close();
});
