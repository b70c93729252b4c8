import AxeBuilder from "@axe-core/playwright";
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_GITHUB_WEBHOOK_SECRET } from "../scripts/lib/e2e-secrets";
import { DEMO, signInAs } from "./helpers";

// Issue #20, "Pull requests move items": GitHub delivers a signed "merged" pull_request event
// naming health-todos/P2-010 after "Fixes"; the item is Done and its page shows the pull request.
// P2-010 is an item no other spec uses.

const ITEM = "/backlog/health-todos/P2-010";

test("a merged pull request that fixes an item closes it, and the item page links the pull request", async ({ page, request }) => {
  const payload = JSON.parse(readFileSync(join(process.cwd(), "test/fixtures/github/pull_request.closed-merged.json"), "utf8"));
  payload.number = payload.pull_request.number = 77;
  payload.pull_request.html_url = "https://github.com/acme/health-api/pull/77";
  payload.pull_request.title = "Blue-green deploys with a health gate";
  payload.pull_request.body = "Switches traffic only after the new pool is healthy.\r\n\r\nFixes health-todos/P2-010";
  payload.pull_request.head.ref = "p2-010-zero-downtime";
  const body = JSON.stringify(payload);
  const headers = {
    "content-type": "application/json",
    "x-github-event": "pull_request",
    "x-github-delivery": "e2e0c0de-d3a1-11ef-8f1a-000000000077",
    "x-hub-signature-256": `sha256=${createHmac("sha256", E2E_GITHUB_WEBHOOK_SECRET).update(body).digest("hex")}`,
  };

  // A forged delivery (wrong secret) is refused and changes nothing.
  const forged = await request.post("/api/v1/integrations/github", { data: body, headers: { ...headers, "x-hub-signature-256": `sha256=${"0".repeat(64)}` } });
  expect(forged.status()).toBe(401);

  const res = await request.post("/api/v1/integrations/github", { data: body, headers });
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ ok: true, linked: ["health-todos/P2-010"], moved: [{ item: "health-todos/P2-010", status: "done" }] });
  // GitHub's redelivery of the same delivery is a no-op.
  expect(await (await request.post("/api/v1/integrations/github", { data: body, headers })).json()).toEqual({ ok: true, duplicate: true });

  await signInAs(page, DEMO.viewer);
  await page.goto(ITEM);
  await expect(page.getByTestId("item-summary")).toContainText("Done");
  const section = page.getByRole("region", { name: /Pull requests/ });
  await expect(section).toBeVisible();
  await expect(section).toContainText("Merged");
  const link = section.getByRole("link", { name: /acme\/health-api#77 Blue-green deploys with a health gate/ });
  await expect(link).toHaveAttribute("href", "https://github.com/acme/health-api/pull/77");
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAttribute("rel", /noopener/);
  // The history says GitHub did it, and which pull request.
  await expect(page.getByText(/linked pull request acme\/health-api#77/)).toBeVisible();
  await expect(page.getByText("GitHub", { exact: true }).first()).toBeVisible();

  // The section (state badges included) passes axe in both themes.
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.reload();
    await expect(section).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).include('[data-testid="pull-requests"]').withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(violations.map((v) => `${scheme}: ${v.id} ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
  }
});
