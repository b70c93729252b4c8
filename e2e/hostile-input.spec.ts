import { expect, test } from "@playwright/test";
import { DEMO, signInAs } from "./helpers";

// U+0000 cannot be stored in PostgreSQL text and used to turn into a 500 wherever text came in:
// now every way in answers 400 naming the field (lib/validation/text.ts), and the server carries on.

test("a NUL character is refused with 400 naming the field on every way in", async ({ page, baseURL }) => {
  await signInAs(page, DEMO.engineer);
  const field = async (url: string) => {
    const response = await page.request.get(url);
    return { status: response.status(), field: ((await response.json()) as { error?: { field?: string } }).error?.field };
  };
  expect(await field("/api/v1/items?q=%00")).toEqual({ status: 400, field: "q" });
  expect(await field("/api/v1/search?q=P1%00")).toEqual({ status: 400, field: "q" });
  expect(await field("/api/v1/items?category=a%00b")).toEqual({ status: 400, field: "category" });

  // Pages: a plain 400 that names the parameter, not an error page after a failed query.
  for (const path of ["/backlog?q=%00", "/runbooks?q=%00", "/matrix?project=%00", "/metrics?status=%00"]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(400);
    expect(await response.text(), path).toContain("must not contain the NUL character (U+0000)");
  }

  // A write: the whole body is checked, whichever field holds it.
  const list = await page.request.get("/api/v1/items?project=health-todos&size=25");
  const [item] = ((await list.json()) as { rows: { id: string; version: number }[] }).rows;
  const write = await page.request.post(`/api/v1/items/${item!.id}/status`, {
    headers: { "content-type": "application/json", origin: baseURL! },
    data: JSON.stringify({ version: item!.version, status: "blocked", blockedReason: "waiting on\u0000vendor" }),
  });
  expect(write.status()).toBe(400);
  expect(await write.json()).toMatchObject({ error: { code: "invalid", field: "blockedReason" } });

  expect((await page.request.get("/api/health")).status()).toBe(200);
});
