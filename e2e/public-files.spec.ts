import { expect, test } from "@playwright/test";

// public/: the icons, the web manifest and robots.txt, served to anyone (no sign-in: a browser
// fetches the icon and the manifest for the sign-in page too), and linked from every page's head.

test("icons, the web manifest and robots.txt need no sign-in; robots.txt keeps crawlers out", async ({ request, page }) => {
  for (const path of ["/favicon.ico", "/icon.svg", "/apple-touch-icon.png", "/manifest.webmanifest", "/robots.txt"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
  }
  expect(await (await request.get("/robots.txt")).text()).toMatch(/^User-agent: \*\nDisallow: \/$/m);

  const manifest = (await (await request.get("/manifest.webmanifest")).json()) as { name: string; start_url: string; icons: { src: string; sizes: string }[] };
  expect(manifest).toMatchObject({ name: "Health Backlog", start_url: "/" });
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src, { maxRedirects: 0 });
    expect(response.status(), icon.src).toBe(200);
    // A PNG says its size in its header: what the manifest claims it is.
    if (icon.src.endsWith(".png")) {
      const png = await response.body();
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
    }
  }

  await page.goto("/login");
  const head = page.locator("head");
  await expect(head.locator('link[rel="icon"][href^="/favicon.ico"]')).toHaveCount(1);
  await expect(head.locator('link[rel="icon"][href^="/icon.svg"]')).toHaveCount(1);
  await expect(head.locator('link[rel="apple-touch-icon"][href^="/apple-touch-icon.png"]')).toHaveCount(1);
  await expect(head.locator('link[rel="manifest"][href="/manifest.webmanifest"]')).toHaveCount(1);
  await expect(head.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, nofollow");
});
