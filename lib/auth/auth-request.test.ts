import { describe, expect, it } from "vitest";
import { withSafeDestinations } from "./auth-request";

// What Auth.js gets to see of a destination: only same-site paths, from every place it reads one.

const BASE = "http://hb.example";

describe("withSafeDestinations", () => {
  it("rewrites hostile callbackUrl / redirectTo query values to /", async () => {
    for (const hostile of ["javascript:alert(1)", "//evil.com", "https://evil.example", "/\\evil.com", `/${"a".repeat(3000)}`]) {
      const out = await withSafeDestinations(new Request(`${BASE}/api/auth/signin?callbackUrl=${encodeURIComponent(hostile)}&redirectTo=${encodeURIComponent(hostile)}`));
      const params = new URL(out.url).searchParams;
      expect(params.get("callbackUrl"), hostile).toBe("/");
      expect(params.get("redirectTo"), hostile).toBe("/");
    }
  });

  it("keeps a safe path, turns a same-origin URL into its path, and leaves a clean request alone", async () => {
    const out = await withSafeDestinations(new Request(`${BASE}/api/auth/signin?callbackUrl=%2Fbacklog%3Fq%3Dx`));
    expect(new URL(out.url).searchParams.get("callbackUrl")).toBe("/backlog?q=x");
    const absolute = await withSafeDestinations(new Request(`${BASE}/api/auth/signin?callbackUrl=${encodeURIComponent(`${BASE}/matrix`)}`));
    expect(new URL(absolute.url).searchParams.get("callbackUrl")).toBe("/matrix");
    const clean = new Request(`${BASE}/api/auth/session`, { headers: { cookie: "authjs.session-token=abc" } });
    expect(await withSafeDestinations(clean)).toBe(clean);
  });

  it("rewrites a hostile callback cookie and keeps the other cookies", async () => {
    const request = new Request(`${BASE}/api/auth/session`, {
      headers: { cookie: `a=1; authjs.callback-url=${encodeURIComponent("javascript:alert(1)")}; __Secure-authjs.callback-url=%E0%A4%A; b=2` },
    });
    const cookie = (await withSafeDestinations(request)).headers.get("cookie");
    expect(cookie).toBe("a=1; authjs.callback-url=%2F; __Secure-authjs.callback-url=%2F; b=2");
  });

  it("rewrites destinations in POSTed forms and JSON, and passes other fields through", async () => {
    const form = await withSafeDestinations(
      new Request(`${BASE}/api/auth/callback/credentials`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ email: "a@example.com", csrfToken: "t", callbackUrl: "//evil.com" }),
      }),
    );
    expect(Object.fromEntries(new URLSearchParams(await form.text()))).toEqual({ email: "a@example.com", csrfToken: "t", callbackUrl: "/" });
    const json = await withSafeDestinations(
      new Request(`${BASE}/api/auth/session`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ csrfToken: "t", redirectTo: "javascript:x" }) }),
    );
    expect(await json.json()).toEqual({ csrfToken: "t", redirectTo: "/" });
    const broken = await withSafeDestinations(new Request(`${BASE}/api/auth/session`, { method: "POST", headers: { "content-type": "application/json" }, body: "{nope" }));
    expect(await broken.text()).toBe("{nope");
  });
});
