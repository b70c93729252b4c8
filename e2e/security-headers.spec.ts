import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { DEMO, signIn, signInAs } from "./helpers";

// Issue #15: every answer carries the security headers (pages a strict CSP with a per-request
// script nonce, API answers a CSP that allows nothing), the app still works under that CSP, no
// method makes the server answer 500 (TRACE did), and no callbackUrl / next does either.

const API_CSP = "default-src 'none'; frame-ancestors 'none'";

function expectBaseHeaders(response: APIResponse, what: string) {
  const h = response.headers();
  expect(h["x-content-type-options"], what).toBe("nosniff");
  expect(h["x-frame-options"], what).toBe("DENY");
  expect(h["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  // Plain http, whatever the client writes into the stamp's own header (lib/net/stamp.ts replaces it).
  expect(h["strict-transport-security"], what).toBeUndefined();
}

test("pages, API answers, errors, exports and static files carry the security headers", async ({ page, request }) => {
  // (The test server trusts one proxy hop, so X-Forwarded-Proto would count; the forged stamp must not.)
  const login = await request.get("/login", { headers: { "x-hb-client-proto": "https" } });
  expect(login.status()).toBe(200);
  expectBaseHeaders(login, "/login");
  const csp = login.headers()["content-security-policy"]!;
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
  for (const d of ["default-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"]) {
    expect(csp).toContain(d);
  }
  // Every script in the page carries this request's nonce, and the next request gets another.
  const html = await login.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(3);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  expect((await request.get("/login")).headers()["content-security-policy"]).not.toContain(nonce);

  const asset = /\/_next\/static\/[^"]+\.js/.exec(html)![0];
  const answers: [string, APIResponse][] = [
    ["an API route", await request.get("/api/health")],
    ["an API error", await request.get("/api/v1/items")],
    ["an unknown API path", await request.get("/api/v1/no-such-thing")],
    ["Auth.js's session endpoint", await request.get("/api/auth/session")],
    ["a static asset", await request.get(asset)],
  ];
  expect(answers.map(([what, r]) => `${what} ${r.status()}`)).toEqual(["an API route 200", "an API error 401", "an unknown API path 404", "Auth.js's session endpoint 200", "a static asset 200"]);

  await signInAs(page, DEMO.viewer);
  answers.push(
    ["the runbook export", await page.request.get("/api/v1/runbooks/incident-response-playbook/markdown")],
    ["the project export", await page.request.get("/api/v1/projects/health-todos/export?format=md")],
  );
  expect(answers.slice(-2).map(([, r]) => r.status())).toEqual([200, 200]);
  for (const [what, response] of answers) {
    expectBaseHeaders(response, what);
    expect(response.headers()["content-security-policy"], what).toBe(API_CSP);
  }
  const notFound = await page.request.get("/no-such-page");
  expect(notFound.status()).toBe(404);
  expectBaseHeaders(notFound, "the 404 page");
  expect(notFound.headers()["content-security-policy"]).toContain("'strict-dynamic'");
});

/** Collects CSP violations from every page the test opens: the DOM event and Chrome's console report. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("__reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation(`${e.violatedDirective} blocked ${e.blockedURI} on ${location.pathname}`);
    });
  });
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) violations.push(message.text());
  });
  return violations;
}

test("the app works under the CSP: charts, theme, toasts and the palette, with no violation", async ({ page }) => {
  const violations = await watchCsp(page);
  await signInAs(page, DEMO.engineer);

  await page.goto("/");
  await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
  await page.goto("/metrics/error_rate");
  await expect(page.locator("svg.recharts-surface").first()).toBeVisible();

  // The theme: light → dark, and still dark after a reload (next-themes' inline script, nonce'd).
  const html = page.locator("html");
  await page.getByRole("button", { name: /^Theme: .* Switch to light$/ }).click();
  await page.getByRole("button", { name: /^Theme: light\. Switch to dark$/ }).click();
  await expect(html).toHaveClass(/\bdark\b/);
  await page.reload();
  await expect(html).toHaveClass(/\bdark\b/);
  await expect(page.locator("svg.recharts-surface").first()).toBeVisible();

  // A toast (sonner), from saving a view and deleting it again.
  await page.goto("/backlog?project=health-todos&priority=P0");
  await page.getByRole("button", { name: "Save view" }).click();
  await page.getByLabel("View name").fill("CSP check");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved view “CSP check”.")).toBeVisible();
  await page.getByRole("button", { name: "Delete view CSP check" }).click();
  await expect(page.getByText("Deleted view “CSP check”.")).toBeVisible();

  // The command palette (a Radix dialog: scroll lock and focus trap) finds an item and opens it.
  await page.keyboard.press("Control+K");
  const palette = page.getByRole("dialog", { name: "Command palette" });
  await palette.getByRole("combobox").pressSequentially("p0-006");
  await expect(palette.getByRole("option", { name: /P0-006/ })).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/backlog\/health-todos\/P0-006$/);

  // Other pages with their own client code: the matrix board, a runbook (Markdown, copy buttons), its history diff.
  for (const path of ["/matrix", "/runbooks/incident-response-playbook", "/runbooks/incident-response-playbook/history", "/api-docs"]) {
    await page.goto(path);
    await expect(page.locator("main h1").first(), path).toBeVisible();
  }

  // And the pages nobody signs in to see.
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { name: "Nothing here" })).toBeVisible();
  await page.context().clearCookies();
  await page.goto("/login");
  await expect(page.getByLabel("Email")).toBeVisible();
  expect(violations).toEqual([]);
});

/** One raw HTTP/1.1 exchange (fetch refuses TRACE and CONNECT); the status and headers. */
function rawRequest(baseURL: string, requestLine: string): Promise<{ status: number; headers: Record<string, string> }> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(`${requestLine}\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`));
    let text = "";
    socket.setEncoding("latin1").on("data", (d: string) => (text += d));
    socket.on("error", reject).on("end", () => {
      const [head = ""] = text.split("\r\n\r\n");
      const [statusLine = "", ...lines] = head.split("\r\n");
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(":")).toLowerCase(), l.slice(l.indexOf(":") + 1).trim()]));
      resolve({ status: Number(statusLine.split(" ")[1]), headers });
    });
  });
}

test("TRACE, PROPFIND, CONNECT, made-up and unimplemented methods get 405 with Allow, never 500", async ({ baseURL }) => {
  const cases: [string, string][] = [
    ["TRACE /api/health", "GET, HEAD, OPTIONS"],
    ["TRACE /api/auth/session", "GET, HEAD, OPTIONS, POST"],
    ["PROPFIND /api/v1/items", "GET, HEAD, OPTIONS, POST"],
    ["BREW /api/health", "GET, HEAD, OPTIONS"],
    ["PUT /api/health", "GET, HEAD, OPTIONS"],
    ["DELETE /api/v1/metrics/error_rate/points", "GET, HEAD, OPTIONS, POST"],
    ["TRACE /login", "GET, HEAD, POST"],
    ["PROPFIND /", "GET, HEAD, POST"],
    ["PUT /backlog", "GET, HEAD, POST"],
    [`CONNECT ${new URL(baseURL!).host}`, "GET, HEAD, POST"],
  ];
  for (const [line, allow] of cases) {
    const { status, headers } = await rawRequest(baseURL!, `${line} HTTP/1.1`);
    expect(`${line} → ${status} ${headers.allow}`).toBe(`${line} → 405 ${allow}`);
    expect(headers["x-content-type-options"], line).toBe("nosniff");
  }
  // Methods a URL does take still reach it.
  expect((await rawRequest(baseURL!, "OPTIONS /api/health HTTP/1.1")).status).toBe(204);
  expect((await rawRequest(baseURL!, "HEAD /api/health HTTP/1.1")).status).toBe(200);
});

test("a hostile callbackUrl or next never makes a 500 nor leaves the site", async ({ page, request }) => {
  const hostile = ["javascript:alert(1)", "//evil.com", "https://evil.example", "/\\evil.com", `/${"a".repeat(5000)}`];
  for (const value of hostile) {
    const signin = await request.get(`/api/auth/signin?callbackUrl=${encodeURIComponent(value)}`, { maxRedirects: 0 });
    expect(signin.status(), value.slice(0, 40)).toBe(302);
    expect(signin.headers().location, value.slice(0, 40)).not.toMatch(/evil|javascript/);
    const session = await request.get("/api/auth/session", { headers: { cookie: `authjs.callback-url=${encodeURIComponent(value)}` } });
    expect(session.status(), value.slice(0, 40)).toBe(200);
    const loginPage = await request.get(`/login?next=${encodeURIComponent(value)}`);
    expect(loginPage.status(), value.slice(0, 40)).toBe(200);
  }
  // POSTed to Auth.js's own credentials endpoint with the right password: home, not elsewhere.
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const callback = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: DEMO.viewer, password: "demo-password", callbackUrl: "javascript:alert(1)" },
    maxRedirects: 0,
  });
  expect(callback.status()).toBe(302);
  expect(new URL(callback.headers().location!).pathname).toBe("/");

  // The login form's next: a hostile one signs in to the dashboard.
  await signIn(page, DEMO.viewer, "demo-password", `/login?next=${encodeURIComponent("//evil.com/x")}`);
  await expect(page.getByTestId("current-user")).toBeVisible();
  expect(new URL(page.url()).pathname).toBe("/");
});

test("HSTS is sent when a trusted proxy says https, on pages, API answers and static files", async ({ request }) => {
  test.setTimeout(90_000);
  // A second server on the same build, behind one trusted proxy hop (TRUST_PROXY_HOPS=1).
  const port = await new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
  const dataDir = mkdtempSync(join(tmpdir(), "hb-e2e-hsts-"));
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, TRUST_PROXY_HOPS: "1", AUTH_SECRET: randomBytes(32).toString("base64url"), AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1" };
  delete env.DATABASE_URL;
  const server = spawn(join("node_modules", ".bin", "next"), ["start", "-H", "127.0.0.1", "-p", String(port)], { env, stdio: "ignore" });
  const base = `http://127.0.0.1:${port}`;
  try {
    await expect.poll(async () => (await request.get(`${base}/api/health`).catch(() => null))?.status(), { timeout: 60_000 }).toBe(200);
    const asset = /\/_next\/static\/[^"]+\.js/.exec(await (await request.get(`${base}/login`)).text())![0];
    for (const path of ["/login", "/backlog", "/api/health", "/api/v1/items", "/api/auth/session", "/api/v1/no-such-thing", asset]) {
      const https = await request.get(`${base}${path}`, { headers: { "x-forwarded-proto": "https" }, maxRedirects: 0 });
      expect(https.headers()["strict-transport-security"], path).toBe("max-age=31536000; includeSubDomains");
      const http = await request.get(`${base}${path}`, { headers: { "x-forwarded-proto": "http", "x-hb-client-proto": "https" }, maxRedirects: 0 });
      expect(http.headers()["strict-transport-security"], path).toBeUndefined();
    }
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
});
