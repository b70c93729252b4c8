import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { DEMO, newSession, signInAs } from "./helpers";

const FIXTURE = "test/fixtures/plans/03-task-table.md";

test("a lead dry-runs a plan, adjusts the priority mapping, imports it, and a re-import changes nothing", async ({ page }) => {
  await signInAs(page, DEMO.lead);
  await page.goto("/import");
  await page.getByLabel("Markdown file").setInputFiles(FIXTURE);
  await page.getByLabel("Target project").selectOption("__new__");
  await page.getByLabel("Project slug").fill("e2e-task-table");
  await page.getByRole("button", { name: "Dry run" }).click();

  await expect(page.getByText("13 items, 3 SLA rows and 0 metric targets found", { exact: false })).toBeVisible();
  await expect(page.getByText("A new project will be created.")).toBeVisible();
  // "Low" → untriaged instead of P3, then the dry run is updated with it.
  await page.getByLabel("Low", { exact: true }).selectOption("none");
  await page.getByRole("button", { name: "Update the dry run with this mapping" }).click();
  await expect(page.getByRole("button", { name: /^Import 13 new/ })).toBeVisible();
  await page.getByRole("button", { name: /^Import 13 new/ }).click();
  await expect(page.getByText("Import complete")).toBeVisible();
  await expect(page.getByText(/13 items created, 0 updated/)).toBeVisible();

  // The same file again: nothing to create or update.
  await page.getByRole("button", { name: "Import another plan" }).click();
  await page.getByLabel("Markdown file").setInputFiles(FIXTURE);
  await page.getByLabel("Target project").selectOption("e2e-task-table");
  await page.getByRole("button", { name: "Dry run" }).click();
  const stat = (label: string) => page.getByRole("group", { name: label }).getByTestId("stat-value");
  await expect(stat("Will be created")).toHaveText("0");
  await expect(stat("Will be updated")).toHaveText("0");
  await expect(stat("Unchanged")).toHaveText("13");
});

// One record whose criteria name the demo's type_safety ("Type safety (Pyright errors)", latest 47)
// and error_rate metrics; the third names none.
const RULES_PLAN = `# Metric rules (e2e)

### MR-001: Cut the type errors
**Status:** Not Started
**Severity:** High
**Effort:** 2 hours

**Acceptance Criteria:**
- [ ] Type safety: fewer than 60 errors
- [ ] Error rate below 2% in production
- [ ] Release notes written
`;

test("the dry run proposes metric rules for new criteria; the kept one follows its metric after the import", async ({ page }) => {
  await signInAs(page, DEMO.lead);
  await page.goto("/import");
  await page.getByLabel("or paste the plan").fill(RULES_PLAN);
  await page.getByLabel("Target project").selectOption("__new__");
  await page.getByLabel("Project slug").fill("e2e-metric-rules");
  await page.getByRole("button", { name: "Dry run" }).click();

  const proposals = page.getByRole("region", { name: "Criteria that can follow a metric" });
  await expect(proposals).toBeVisible();
  await expect(proposals.getByRole("checkbox")).toHaveCount(2);
  const typeSafety = proposals.getByRole("checkbox", { name: /Type safety: fewer than 60 errors/ });
  const errorRate = proposals.getByRole("checkbox", { name: /Error rate below 2% in production/ });
  await expect(typeSafety).toBeChecked();
  await expect(errorRate).toBeChecked();
  await expect(proposals).toContainText("type_safety < 60");
  await expect(proposals).toContainText("error_rate < 2");
  // Unticked from the keyboard: that criterion stays one to tick by hand.
  await errorRate.focus();
  await page.keyboard.press("Space");
  await expect(errorRate).not.toBeChecked();
  await expect(proposals.getByTestId("rule-proposals-kept")).toHaveText("1 of 2 kept");
  // "Keep none" / "Keep all" for long lists; then back to the one unticked by hand.
  await proposals.getByRole("button", { name: "Keep none" }).click();
  await expect(proposals.getByTestId("rule-proposals-kept")).toHaveText("0 of 2 kept");
  await proposals.getByRole("button", { name: "Keep all" }).click();
  await expect(typeSafety).toBeChecked();
  await expect(errorRate).toBeChecked();
  await errorRate.uncheck();
  await expect(proposals.getByTestId("rule-proposals-kept")).toHaveText("1 of 2 kept");

  await page.getByRole("button", { name: /^Import 1 new/ }).click();
  await expect(page.getByText("Import complete")).toBeVisible();
  await expect(page.getByText(/1 criterion follows a metric/)).toBeVisible();

  await page.goto("/backlog/e2e-metric-rules/MR-001");
  const rule = page.getByTestId("criterion-rule");
  await expect(rule).toHaveCount(1);
  await expect(rule).toContainText("type_safety < 60");
  await expect(rule).toContainText("(met)");
  const followed = page.getByRole("checkbox", { name: "Type safety: fewer than 60 errors" });
  await expect(followed).toBeChecked();
  await expect(followed).toBeDisabled();
  const byHand = page.getByRole("checkbox", { name: "Error rate below 2% in production" });
  await expect(byHand).not.toBeChecked();
  await expect(byHand).toBeEnabled();

  // The lead deletes the item again (asked first); its page is then a real 404.
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete MR-001" }).click();
  await expect(page.getByText("Deleted MR-001")).toBeVisible();
  await expect(page).toHaveURL(/\/backlog\?project=e2e-metric-rules/);
  expect((await page.goto("/backlog/e2e-metric-rules/MR-001"))?.status()).toBe(404);
});

test("a bad file gets a clear message, not an error page", async ({ page }) => {
  await signInAs(page, DEMO.lead);
  await page.goto("/import");
  await page.getByLabel("Markdown file").setInputFiles({ name: "image.md", mimeType: "text/markdown", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) });
  await page.getByRole("button", { name: "Dry run" }).click();
  await expect(page.locator("#import-file-error")).toHaveText("This looks like a binary file, not Markdown or text.");
});

test("a 7 MB plan is refused with the 5 MB limit named: by the form before sending, and with 413 (not 500) by the server", async ({ page }) => {
  await signInAs(page, DEMO.lead);
  await page.goto("/import");
  // A small dry run first, to learn the id of the server action the form calls.
  await page.getByLabel("Markdown file").setInputFiles(FIXTURE);
  const action = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await page.getByRole("button", { name: "Dry run" }).click();
  const actionId = (await action).headers()["next-action"]!;
  await expect(page.getByText("13 items, 3 SLA rows", { exact: false })).toBeVisible();

  const huge = { name: "huge-plan.md", mimeType: "text/markdown", buffer: Buffer.alloc(7 * 1024 * 1024, "- [ ] 1.1 Rotate the keys\n") };
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST") posts.push(r.url());
  });
  await page.getByLabel("Markdown file").setInputFiles(huge);
  await expect(page.locator("#import-file-error")).toHaveText("The file is 7.0 MB; the limit is 5 MB.");
  await expect(page.getByRole("button", { name: "Dry run" })).toBeDisabled();
  expect(posts).toEqual([]);

  // The same upload sent anyway (a script, an old tab): a JSON 413 naming the limit.
  const sent = await page.request.post("/import", { headers: { "next-action": actionId, accept: "text/x-component" }, multipart: { "1_file": huge, "1_projectSlug": "x", "0": '["$K1"]' } });
  expect(sent.status()).toBe(413);
  expect(await sent.json()).toEqual({ error: { code: "too_large", message: expect.stringMatching(/^The upload is 7\.\d MB; the limit is 5 MB\.$/) } });

  // Sent in chunks with no Content-Length, its size cannot be judged first: 411, not Next's 500.
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const status = await new Promise<number>((resolve, reject) => {
    const req = httpRequest(new URL("/import", page.url()), { method: "POST", headers: { cookie, "next-action": actionId, "content-type": "text/plain;charset=UTF-8", "transfer-encoding": "chunked" } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    // Any size: without a declared length it is refused unread (a small one, so the write ends first).
    req.write(Buffer.alloc(64 * 1024, "- [ ] 1.1 Rotate the keys\n"));
    req.end();
  });
  expect(status).toBe(411);
});

test("every role can export a project; an engineer cannot import", async ({ page, browser }) => {
  await signInAs(page, DEMO.viewer);
  const md = await page.request.get("/api/v1/projects/health-todos/export?format=md");
  expect(md.status()).toBe(200);
  expect(md.headers()["content-disposition"]).toContain("health-todos.md");
  expect(await md.text()).toContain("### P0-001: Resolve Pydantic v2 Field() Mismatches");
  const csv = await page.request.get("/api/v1/projects/health-todos/export?format=csv");
  expect((await csv.text()).split("\n")[0]).toContain("key,title,project,category");
  const bad = await page.request.get("/api/v1/projects/health-todos/export?format=docx");
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toEqual({ error: { code: "invalid", message: expect.stringContaining("format"), field: "format" } });
  const filtered = await page.request.get("/api/v1/projects/health-todos/export?format=json&priority=P0&status=not_started");
  expect((await filtered.json()).items).toHaveLength(8);
  const badFilter = await page.request.get("/api/v1/projects/health-todos/export?priority=P9");
  expect(badFilter.status()).toBe(400);
  expect((await badFilter.json()).error.field).toBe("priority");
  const missing = await page.request.get("/api/v1/projects/nope/export");
  expect(missing.status()).toBe(404);

  const engineer = await newSession(browser);
  await signInAs(engineer, DEMO.engineer);
  expect((await engineer.goto("/import"))?.status()).toBe(403);
  await engineer.context().close();
});

test("a viewer exports the filtered backlog view", async ({ page }) => {
  await signInAs(page, DEMO.viewer);
  await page.goto("/backlog");
  await page.getByLabel("Project").selectOption("health-todos");
  await page.getByRole("button", { name: "P0", exact: true }).click();
  await expect(page).toHaveURL(/priority=P0/);
  await expect(page.getByRole("link", { name: "Export this view", exact: true })).toHaveAttribute("href", /^\/api\/v1\/items\/export\?format=md&project=health-todos&priority=P0/);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export this view as CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("health-todos.csv");
  const text = await (await file.createReadStream()).toArray();
  const rows = Buffer.concat(text).toString("utf8").trim().split("\n").filter((l) => /^P\d-\d{3},/.test(l));
  expect(rows).toHaveLength(8);
});
