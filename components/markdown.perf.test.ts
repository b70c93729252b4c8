import { performance as nodePerformance } from "node:perf_hooks";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { parsePlan } from "@/lib/importer/parse";
import { PLAN_INLINE_MAX_CHARS } from "@/lib/importer/read-plan";
import { MAX_COMMENT_CHARS, MAX_DESCRIPTION_CHARS, commentSchema, createItemSchema } from "@/lib/backlog/schemas";
import { MAX_MARKDOWN_DEPTH } from "@/lib/markdown/depth";
import { runbookPageView } from "@/lib/runbooks/page-view";
import { INLINE_MAX_CHARS, loadRunbookPageView } from "@/lib/runbooks/off-thread";
import { MAX_BODY_BYTES, createRunbookSchema } from "@/lib/runbooks/schemas";
import { Markdown } from "./markdown";

// Issue #15: a 10 KB comment ("- " 5,000 times, then "x") took 16 s to render and blocked the
// server for everyone. Here the worst input each Markdown field accepts (its maximum length, at
// the maximum depth, and shapes that are pathological for Markdown parsers) is rendered the way
// the app renders it (the Markdown component to static markup; for a runbook also the page's
// outline), and timed in CPU time, best of three, so a busy machine does not fail it.
//
// Comments, descriptions and runbooks up to 16 KB render within 200 ms. A 1 MB runbook cannot
// (markdown-it alone reads ~1 MB/s of dense lists here): it is laid out on the server's worker
// thread, and what it costs the request thread (posting the text, receiving the HTML) is what is
// held to 200 ms; later views of the same text are served from memory (lib/offthread/memo.ts).

const ID = "00000000-0000-4000-8000-000000000001";
const BUDGET_MS = 200;

/** `unit` repeated to at most `max` characters. */
const fill = (unit: string, max: number) => unit.repeat(Math.floor(max / unit.length));

/** Shapes that cost Markdown parsers the most, each at most `max` characters. */
function worstShapes(max: number): [string, string][] {
  const nested = Array.from({ length: MAX_MARKDOWN_DEPTH }, (_, i) => `${"  ".repeat(i)}- level ${i + 1}\n`).join("");
  const references = fill("[r]: https://example.com/r\n", max / 2);
  return [
    ["list markers at the maximum depth", fill(`${"- ".repeat(MAX_MARKDOWN_DEPTH)}x\n`, max)],
    ["lists and quotes mixed at the maximum depth", fill(`${"- > ".repeat(MAX_MARKDOWN_DEPTH / 2)}x\n`, max)],
    ["indented lists at the maximum depth", fill(nested, max)],
    ["shallow lists", fill("- a\n  - b\n", max)],
    ["task lists", fill("- [ ] a\n- [x] b\n", max)],
    ["emphasis delimiters", fill("*a**b", max)],
    ["mixed delimiters", fill("*_~", max)],
    ["strong emphasis nested", `${fill("**", max / 2 - 1)}a${fill("**", max / 2 - 1)}`],
    ["open brackets", fill("[", max)],
    ["link openers", fill("[a](", max)],
    ["image openers", fill("![", max)],
    ["link reference chains", references + fill("[a][r]", max - references.length)],
    ["backtick runs", Array.from({ length: 2000 }, (_, i) => `${"`".repeat((i % 200) + 1)}a`).join(" ").slice(0, max)],
    ["a table with many columns", `|${fill("a|", max / 2 - 2)}\n|${fill("-|", max / 2 - 2)}\n`],
    ["a table with many rows", `|a|b|\n|-|-|\n${fill("|a|b|\n", max - 12)}`],
    ["headings", fill("# a\n", max)],
    ["footnote references", `[^a]: note\n\n${fill("[^a]", max - 12)}`],
    ["bare URLs", fill("https://example.com/a ", max)],
    ["raw HTML", fill("<a href=x>", max)],
  ];
}

/** Best CPU time of three runs; `run(i)` gets a distinct text each time, so nothing is cached. */
function cpuMs(run: (i: number) => void): number {
  run(-1);
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const before = process.cpuUsage();
    run(i);
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

// eslint-disable-next-line react/no-children-prop -- the props type requires children
const render = (source: string, options: { anchors?: boolean; copyCode?: boolean } = {}) => renderToStaticMarkup(createElement(Markdown, { ...options, children: source }));

describe("rendering the worst accepted Markdown", () => {
  it("the 10 KB comment that froze the server is refused, and renders at once if already stored", () => {
    const comment = `${"- ".repeat(5000)}x`;
    expect(commentSchema.safeParse({ itemId: ID, body: comment }).success).toBe(false);
    let html = "";
    expect(cpuMs(() => (html = render(comment)))).toBeLessThan(BUDGET_MS);
    expect(html).toContain("Shown as plain text");
  });

  describe.each<[string, number, (text: string) => boolean]>([
    ["comment", MAX_COMMENT_CHARS, (body) => commentSchema.safeParse({ itemId: ID, body }).success],
    ["description", MAX_DESCRIPTION_CHARS, (description) => createItemSchema.safeParse({ title: "T", projectId: ID, description }).success],
  ])("a %s", (_field, max, accepts) => {
    it.each(worstShapes(max))(`of ${max.toLocaleString("en")} characters: %s, within 200 ms`, (_shape, text) => {
      expect(text.length).toBeLessThanOrEqual(max);
      expect(accepts(text)).toBe(true);
      // A distinct last line per run keeps the texts apart (long ones are kept in memory).
      expect(cpuMs((i) => render(`${text.slice(0, max - 8)}\n\n${i}`))).toBeLessThan(BUDGET_MS);
    });
  });

  describe("a runbook (the page: rendered with anchors and copy buttons, and outlined)", () => {
    it.each(worstShapes(INLINE_MAX_CHARS))(`of ${INLINE_MAX_CHARS.toLocaleString("en")} characters, laid out on the request thread: %s, within 200 ms`, (_shape, text) => {
      expect(cpuMs((i) => runbookPageView(`${text.slice(0, INLINE_MAX_CHARS - 8)}\n\n${i}`))).toBeLessThan(BUDGET_MS);
    });

    const shapes = worstShapes(MAX_BODY_BYTES).filter(([name]) => ["list markers at the maximum depth", "shallow lists", "open brackets", "headings"].includes(name));
    it.each(shapes)("of 1 MB: %s, costs the request thread under 200 ms on its first view and on later ones", async (_shape, body) => {
      expect(createRunbookSchema.safeParse({ title: "T", body }).success).toBe(true);
      // Seconds of parsing happen on the worker thread (lib/offthread/pool.ts); this thread's busy
      // time (event-loop utilisation: its CPU, not the worker's) is what other requests wait for.
      // Busy time is wall time while this thread runs, so another process on the same cores
      // stretches it: the best of up to five tries counts, stopping at the first within budget (a first
      // view needs a text not seen before, so each try adds a line; a later view repeats one).
      const busyFor = async (text: string, view: string) => {
        const before = nodePerformance.eventLoopUtilization();
        const page = await loadRunbookPageView(text);
        const busy = nodePerformance.eventLoopUtilization(before).active;
        expect(page.notice, view).toBeUndefined();
        expect(page.html.length, view).toBeGreaterThan(body.length / 2);
        return busy;
      };
      const best = async (view: string, textFor: (attempt: number) => string) => {
        let least = Infinity;
        for (let attempt = 0; attempt < 5 && least >= BUDGET_MS; attempt++) least = Math.min(least, await busyFor(textFor(attempt), view));
        return least;
      };
      expect(await best("first", (attempt) => `${body.slice(0, -8)}\n\n${attempt}`), "first view").toBeLessThan(BUDGET_MS);
      expect(await best("later", () => `${body.slice(0, -8)}\n\n0`), "later view").toBeLessThan(BUDGET_MS);
    }, 240_000);
  });

  describe("an import", () => {
    it("of 5 MB nested too deeply is refused within 200 ms, naming the line", () => {
      const deep = `# Plan\n\n${"- a\n".repeat(1000)}${Array.from({ length: 5000 }, (_, i) => `${"  ".repeat(i)}- nested`).join("\n")}`.slice(0, 5 * 1024 * 1024);
      let warning = "";
      expect(cpuMs(() => (warning = parsePlan(deep).warnings[0]?.message ?? ""))).toBeLessThan(BUDGET_MS);
      // Line 1: the title, 2: blank, 3–1002: "- a", then one level deeper per line.
      const line = 1002 + MAX_MARKDOWN_DEPTH + 1;
      expect(warning).toBe(`Could not read the Markdown: Markdown nested deeper than ${MAX_MARKDOWN_DEPTH} levels (lists or quotes) at line ${line}; flatten it.`);
    });

    // Longer plans are read on the worker thread (lib/importer/read-plan.ts); what is read on the
    // request thread must not hold it.
    it.each(worstShapes(PLAN_INLINE_MAX_CHARS))(`of ${PLAN_INLINE_MAX_CHARS.toLocaleString("en")} characters, read on the request thread: %s, within 200 ms`, (_shape, text) => {
      expect(cpuMs((i) => parsePlan(`${text.slice(0, PLAN_INLINE_MAX_CHARS - 8)}\n\n${i}`))).toBeLessThan(BUDGET_MS);
    });
  });
});
