import GithubSlugger from "github-slugger";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { headingId } from "@/lib/markdown/anchors";
import { Markdown } from "./markdown";

// Descriptions and comments are written by users and shown to everyone: whatever they type must
// come out as inert markup. (vitest only collects *.test.ts, hence createElement instead of JSX.)

type Options = { anchors?: boolean; copyCode?: boolean };
const render = (source: string, options: Options = {}) =>
  // As a prop because the props type requires children; createElement's rest argument does not count.
  // eslint-disable-next-line react/no-children-prop
  renderToStaticMarkup(createElement(Markdown, { ...options, children: source }));

/**
 * Every way the output could still run script: tags, handlers, script-capable URLs and styles.
 * Only real tags are inspected: React escapes text (and raw HTML shown as text) to &lt;…&gt;.
 */
function executable(html: string): string[] {
  const found: string[] = [];
  for (const [tag, name] of html.matchAll(/<([a-z][a-z0-9:-]*)\b[^>]*>/gi)) {
    if (/^(script|iframe|frame|object|embed|svg|math|style|form|base|meta|link|template)$/i.test(name!)) found.push(`<${name}>`);
    for (const m of tag.matchAll(/\s(on[a-z]+)\s*=/gi)) found.push(m[1]!);
    for (const m of tag.matchAll(/\s(?:href|src|action|formaction|xlink:href|srcset|data)\s*=\s*"([^"]*)"/gi)) {
      if (!/^(https?:|mailto:|#|\/|\.\/|[^:]*$)/i.test(m[1]!.trim())) found.push(`url ${m[1]}`);
    }
    if (/\sstyle\s*=/i.test(tag)) found.push("style attribute");
  }
  return found;
}

const PAYLOADS = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "[x](javascript:alert(1))",
  "[x](JaVaScRiPt:alert(1))",
  "[x](java\tscript:alert(1))",
  "[x](&#106;avascript:alert(1))",
  '<a href="javascript:alert(1)">click</a>',
  "<iframe src=\"https://evil.example\"></iframe>",
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
  "![x](javascript:alert(1))",
  "[x](vbscript:msgbox(1))",
  "<details open ontoggle=alert(1)>",
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  "[ref]\n\n[ref]: javascript:alert(1)",
  "<javascript:alert(1)>",
  '<object data="javascript:alert(1)"></object>',
  '<base href="javascript:alert(1)//">',
  "```html\n<script>alert(1)</script>\n```",
  // Aimed at heading ids and copy buttons, which are built after sanitising.
  "# <img src=x onerror=alert(1)>",
  "# [x](javascript:alert(1))",
  "```\n</code><script>alert(1)</script>\n```",
  '# " onmouseover="alert(1)',
  "```\" onmouseover=\"alert(1)\nx\n```",
  "Setext <svg onload=alert(1)>\n===",
];

// Everything user-written must stay inert whichever features the caller turns on.
const OPTION_SETS: [string, Options][] = [
  ["defaults", {}],
  ["anchors and copyCode", { anchors: true, copyCode: true }],
];

describe("Markdown", () => {
  it("renders GFM: emphasis, links, tables, task lists and code", () => {
    const html = render(
      [
        "Some **bold** and `code`, see [docs](https://example.com/docs).",
        "",
        "| Priority | SLA |",
        "|---|---|",
        "| P0 | 24 h |",
        "",
        "- [x] done thing",
        "- [ ] open thing",
        "",
        "```ts",
        "const a = 1 < 2;",
        "```",
        "",
        "~~gone~~ https://auto.example.com",
      ].join("\n"),
    );
    expect(html).toContain("<strong");
    expect(html).toMatch(/<a [^>]*href="https:\/\/example.com\/docs"[^>]*>docs<\/a>/);
    expect(html).toMatch(/<table[^>]*>[\s\S]*<th[^>]*>Priority<\/th>[\s\S]*<td[^>]*>24 h<\/td>/);
    expect(html).toMatch(/<input[^>]*type="checkbox"[^>]*checked=""[^>]*disabled=""|<input[^>]*checked=""[^>]*disabled=""[^>]*type="checkbox"|<input[^>]*type="checkbox"[^>]*disabled=""[^>]*checked=""/);
    expect(html.match(/<input/g)).toHaveLength(2);
    expect(html).toMatch(/<pre[^>]*><code[^>]*class="[^"]*language-ts[^"]*"[^>]*>const a = 1 &lt; 2;/);
    expect(html).toContain("<del");
    expect(html).toMatch(/href="https:\/\/auto.example.com"/);
  });

  it("opens links normally: no new window, no rewritten targets", () => {
    const html = render("[x](https://example.com)");
    expect(html).not.toContain("target=");
    expect(html).toContain('href="https://example.com"');
  });

  it("demotes headings so the page keeps its own h1", () => {
    expect(render("# Title\n\n## Sub")).toMatch(/^<div[^>]*><h2[^>]*>Title<\/h2>\s*<h3[^>]*>Sub<\/h3><\/div>$/);
  });

  describe.each(OPTION_SETS)("with %s", (_, options) => {
    it.each(PAYLOADS)("leaves nothing executable from %j", (payload) => {
      const html = render(`before\n\n${payload}\n\nafter`, options);
      expect(executable(html)).toEqual([]);
      expect(html).toContain("after");
    });
  });

  it("shows raw HTML as text instead of dropping or running it", () => {
    const html = render("Use <script>alert(1)</script> carefully");
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toContain("<script");
  });

  it("the checker itself catches what it should", () => {
    expect(executable('<a href="javascript:alert(1)">x</a>')).toHaveLength(1);
    expect(executable('<img src="x" onerror="alert(1)">')).toEqual(["onerror"]);
    expect(executable('<a href="data:text/html,x">x</a>')).toHaveLength(1);
    expect(executable("<script>x</script>")).toEqual(["<script>"]);
    expect(executable('<p style="x">y</p>')).toEqual(["style attribute"]);
    expect(executable("<p>&lt;script&gt; style=&quot;x&quot;</p>")).toEqual([]);
    expect(executable('<a href="https://ok">x</a><a href="/rel">y</a><a href="#h">z</a>')).toEqual([]);
  });
});

describe("Markdown anchors", () => {
  const ids = (html: string) => [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);

  it("gives each heading a prefixed GitHub slug, numbering duplicates in document order", () => {
    const html = render("# Roll back\n\n## Roll back\n\n> ### Roll back\n\n#### Check", { anchors: true });
    expect(ids(html)).toEqual(["h-roll-back", "h-roll-back-1", "h-roll-back-2", "h-check"]);
  });

  it("keeps the levels shifted down one", () => {
    expect(render("# Title\n\n###### Deep", { anchors: true })).toMatch(/^<div[^>]*><h2 [^>]*id="h-title"[^>]*>Title<a [\s\S]*<h6 [^>]*id="h-deep"/);
  });

  it("slugs the heading's text, unicode and inline markup included", () => {
    expect(ids(render("# Über straße 日本語", { anchors: true }))).toEqual(["h-über-straße-日本語"]);
    expect(ids(render("# Run `npm test` *now*, **then** [deploy](https://example.com)", { anchors: true }))).toEqual(["h-run-npm-test-now-then-deploy"]);
  });

  it("never lets a heading take a bare global name", () => {
    const html = render("# location\n\n# __next_f", { anchors: true });
    expect(ids(html)).toEqual(["h-location", "h-__next_f"]);
  });

  it("matches the shared headingId rule the table of contents uses", () => {
    const texts = ["Setup", "Setup", "Step 1: drain", "Über"];
    const slugger = new GithubSlugger();
    expect(ids(render(texts.map((t) => `## ${t}`).join("\n\n"), { anchors: true }))).toEqual(texts.map((t) => headingId(slugger, t)));
  });

  it("links each heading to itself", () => {
    const html = render("# One\n\n## Two", { anchors: true });
    const headings = [...html.matchAll(/<h\d [^>]*id="([^"]+)"[^>]*>[\s\S]*?<a ([^>]*)>#<\/a><\/h\d>/g)];
    expect(headings).toHaveLength(2);
    for (const [, id, link] of headings) {
      expect(link).toContain(`href="#${id}"`);
      expect(link).toContain('aria-label="Link to this section"');
    }
    // Styled from the wrapper (a body of many headings stays small): scrolled clear of the header.
    expect(html).toMatch(/^<div class="[^"]*scroll-mt-20/);
    expect(headings[0]![2]).toContain('class="hl"');
  });

  it("leaves the generated footnotes label id alone", () => {
    const html = render("Text[^1]\n\n[^1]: note", { anchors: true });
    expect(html).toMatch(/<h\d [^>]*id="user-content-footnote-label"/);
    expect(html).not.toMatch(/id="h-footnotes"/);
  });

  it("links footnote references and back-references to ids that exist, each prefixed once", () => {
    for (const anchors of [false, true]) {
      const html = render("Text[^1] and more[^note]\n\n[^1]: first\n[^note]: second", { anchors });
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
      expect(targets).toHaveLength(4);
      for (const target of targets) expect(ids).toContain(target);
      expect(html).not.toContain("user-content-user-content-");
    }
  });

  it("adds no ids or links when off", () => {
    const html = render("# location\n\n## Two\n\n## Two");
    expect(html).not.toMatch(/\sid=/);
    expect(html).not.toContain("Link to this section");
  });
});

describe("Markdown copyCode", () => {
  const buttons = (html: string) => html.match(/<button[^>]*aria-label="Copy code"[^>]*>Copy<\/button>/g) ?? [];

  it("puts a copy button on fenced code blocks only", () => {
    const html = render("Run `inline` first.\n\n```sh\necho hi\n```\n\n    indented\n", { copyCode: true });
    expect(buttons(html)).toHaveLength(2);
    expect(html).toMatch(/<div class="relative"><pre[^>]*><code[^>]*language-sh[^>]*>echo hi\n<\/code><\/pre><button/);
  });

  it("adds no button to inline code", () => {
    expect(buttons(render("Just `inline` code.", { copyCode: true }))).toEqual([]);
  });

  it("adds no button when off", () => {
    expect(render("```\nx\n```")).not.toContain("<button");
  });
});
