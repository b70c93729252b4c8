import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { verifySignature } from "@/lib/webhooks/signature";
import { DEMO, signInAs } from "./helpers";

// Issue #20: an admin registers a webhook to a receiver on loopback (the e2e server allows
// 127.0.0.1), copies the secret shown once, sends a test event, the receiver gets it signed with
// that secret, and the delivery log shows it delivered with the receiver's answer.

type Received = { body: string; signature: string; delivery: string };

test("an admin registers a webhook, sends a test event and sees it in the delivery log", async ({ page }) => {
  const received: Received[] = [];
  const receiver = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      received.push({ body, signature: String(req.headers["x-health-backlog-signature"] ?? ""), delivery: String(req.headers["x-health-backlog-delivery"] ?? "") });
      res.writeHead(202, { "content-type": "text/plain" }).end("thanks from the receiver");
    });
  });
  await new Promise<void>((done) => receiver.listen(0, "127.0.0.1", done));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/health`;
  try {
    await signInAs(page, DEMO.admin);
    await page.goto("/admin/webhooks");
    await page.getByLabel("URL").fill(url);
    await page.getByLabel("Description").fill("e2e receiver");
    await page.getByRole("checkbox", { name: /item\.status_changed/ }).check();
    await page.getByRole("button", { name: "Register webhook" }).click();

    const secret = await page.getByLabel("Signing secret").inputValue();
    expect(secret).toMatch(/^whsec_/);
    await expect(page.getByTestId("webhook-row").filter({ hasText: url })).toContainText("item.status_changed");
    await page.getByRole("link", { name: "Open the webhook" }).click();
    await expect(page.getByRole("heading", { name: url })).toBeVisible();
    await expect(page.getByText("Nothing sent yet")).toBeVisible();
    // The secret is not on the endpoint's page: it was shown once.
    expect(await page.content()).not.toContain(secret);

    await page.getByRole("button", { name: "Send test event" }).click();
    await expect.poll(() => received.length, { timeout: 20_000 }).toBeGreaterThan(0);
    const ping = received[0]!;
    expect(JSON.parse(ping.body)).toMatchObject({ type: "ping", id: ping.delivery, data: { actor: { name: expect.any(String) } } });
    expect(verifySignature(secret, ping.signature, ping.body).ok).toBe(true);

    // The log shows the delivery, the receiver's status and the start of its answer.
    await expect(async () => {
      await page.reload();
      await expect(page.getByTestId("delivery-row").first()).toContainText("Delivered", { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    const row = page.getByTestId("delivery-row").first();
    await expect(row).toContainText("ping");
    await expect(row).toContainText("202");
    await row.getByText("Attempts and responses").click();
    await expect(row).toContainText("thanks from the receiver");

    // Redeliver sends the same event again, with the same delivery id.
    await row.getByRole("button", { name: "Redeliver ping" }).click();
    await expect.poll(() => received.length, { timeout: 20_000 }).toBe(2);
    expect(received[1]!.delivery).toBe(ping.delivery);

    // Switched off, it says so; the admin can switch it back on.
    await page.getByRole("button", { name: "Switch off" }).click();
    await expect(page.getByText("Switched off", { exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Switch on" }).click();
    await expect(page.getByText("Active", { exact: true })).toBeVisible();
  } finally {
    await new Promise<void>((done) => receiver.close(() => done()));
  }
});
