import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { htmlToMarkdown, readHtmlBlocks } from "./html-blocks";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.status, i.category]);

describe("HTML blocks from wiki and doc exports", () => {
  it("turns headings, lists, boxes and tables into Markdown, dropping every other tag", () => {
    expect(htmlToMarkdown('<h3 class="x">Next <em>up</em></h3><ul><li><input type="checkbox" checked> Ship &amp; tell</li><li><span style="color:red">Fix</span> the <a href="#">form</a></li></ul>')).toBe(
      "### Next *up*\n\n- [x] Ship & tell\n- Fix the form",
    );
    expect(htmlToMarkdown("<table><tr><th>Task</th><th>State</th></tr><tr><td>Paint | sand</td><td>done</td></tr></table>")).toBe("| Task | State |\n| --- | --- |\n| Paint \\| sand | done |");
    expect(htmlToMarkdown("<p>Hi<script>alert(1)</script> there</p>")).toBe("Hi there");
  });

  it("leaves fenced code and text without HTML blocks alone", () => {
    const md = "# Plan\n\n```html\n<ul><li>not a task</li></ul>\n```\n\n- Do it <b>now</b>\n";
    expect(readHtmlBlocks(md).text).toBe(md);
  });

  it("a Confluence page: task list macros and a table with a status column", () => {
    const md = [
      "# Office move",
      "",
      "<h2>Checklist</h2>",
      "<ac:task-list>",
      "<ac:task><ac:task-id>1</ac:task-id><ac:task-status>complete</ac:task-status><ac:task-body>Book the movers</ac:task-body></ac:task>",
      "<ac:task><ac:task-id>2</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>Label every desk</ac:task-body></ac:task>",
      "</ac:task-list>",
      "",
      "<h2>Facilities</h2>",
      "<table><tbody>",
      "<tr><th>Ticket</th><th>Request</th><th>Status</th></tr>",
      "<tr><td>FAC-7</td><td>Move the printers</td><td>In progress</td></tr>",
      "<tr><td>FAC-9</td><td>New door badges</td><td>Blocked</td></tr>",
      "</tbody></table>",
      "",
    ].join("\n");
    expect(read(md)).toEqual([
      ["Book the movers", "done", ["Checklist"]],
      ["Label every desk", "not_started", ["Checklist"]],
      ["Move the printers", "in_progress", ["Facilities"]],
      ["New door badges", "blocked", ["Facilities"]],
    ]);
  });

  it("a doc exported as HTML in another language: numbered list with checkboxes", () => {
    const md = [
      "<h1>Festa di quartiere</h1>",
      "<h2>Da fare</h2>",
      "<ol>",
      '  <li><input type="checkbox" checked="checked" />Chiedere il permesso al comune</li>',
      '  <li><input type="checkbox" />Noleggiare le sedie</li>',
      "</ol>",
      "",
    ].join("\n");
    expect(read(md)).toEqual([
      ["Chiedere il permesso al comune", "done", ["Da fare"]],
      ["Noleggiare le sedie", "not_started", ["Da fare"]],
    ]);
  });
});

describe("HTML lists nested deeper than Markdown may nest", () => {
  it("are refused from the raw tags, at the line where the nesting passes the limit", () => {
    const deep = "<ul><li>".repeat(33) + "x";
    expect(readHtmlBlocks(`# Plan\n\n${deep}\n`)).toEqual({ text: `# Plan\n\n${deep}\n`, tooDeepAt: 3 });
    const result = parsePlan(`# Plan\n\n<ol>\n${"<ol><li>Étape\n".repeat(40)}`);
    expect(result.items).toEqual([]);
    expect(result.warnings[0]!.message).toMatch(/nested deeper than 32 levels/);
    expect(result.warnings[0]!.line).toBe(35);
  });

  it("counts closed lists out, and a stray close tag as nothing", () => {
    const flat = "<ul><li>a</li></ul>".repeat(100);
    expect(readHtmlBlocks(flat).tooDeepAt).toBeNull();
    expect(readHtmlBlocks("<div>" + "</ul>".repeat(50) + "<ul><li>".repeat(33)).tooDeepAt).toBe(1);
    expect(readHtmlBlocks("<ac:task-list>".repeat(3) + "<ol>".repeat(30), 32).tooDeepAt).toBe(1);
    expect(readHtmlBlocks("<ac:task-list>".repeat(3) + "<ol>".repeat(29), 32).tooDeepAt).toBeNull();
  });

  it("reads lists within the limit as before", () => {
    const md = "# Plan\n\n<ul><li>Ship it<ul><li>Write the notes</li></ul></li></ul>\n";
    expect(readHtmlBlocks(md)).toEqual({ text: readHtmlBlocks(md, Infinity).text, tooDeepAt: null });
  });

  it("writes a table of many rows without overflowing the stack", () => {
    const rows = "<tr><td>a</td>".repeat(200_000);
    expect(htmlToMarkdown(`<table>${rows}</table>`).split("\n")).toHaveLength(200_001);
  });
});
