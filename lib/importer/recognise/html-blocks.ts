// Raw HTML pasted into a plan: wiki and doc exports (Confluence storage format, Google Docs or
// Notion "copy as HTML", a CMS page) leave headings, lists, task boxes and tables as tags. Markdown
// keeps such a block as one opaque `html` node, so every reader saw nothing. A reader sees the
// structure: this turns each HTML block into the Markdown of the same shape (`<h2>` → `##`,
// `<ul><li>` → `- `, `<input type="checkbox" checked>` / Confluence's `<ac:task>` with status
// "complete" → `- [x]`, `<table><tr><td>` → a pipe table), keeps the text, and drops every other tag
// and attribute (scripts and styles with their content): markup never reaches a title.
// A linear tokenizer, no nesting-sensitive regex: one pass over the tags of each block (a tag's
// attributes never span a "<", so an unclosed tag costs no more than the text up to the next one).
// Lists nested deeper than Markdown may nest (lib/markdown/depth.ts) are refused from the raw tags,
// before any conversion: converting `<ul><li>` nested 200,000 deep wrote every line's indentation
// first, which took a minute (readHtmlBlocks).

import { MAX_MARKDOWN_DEPTH } from "@/lib/markdown/depth";

/**
 * A line that opens an HTML block a document export writes: a structural tag (or a Confluence
 * `ac:` macro) at the start of the line. `<details>`, `<summary>`, comments and inline tags are left
 * to the Markdown readers (recognise/details-groups.ts reads collapsible groups).
 */
const BLOCK_START = /^ {0,3}<(?:table|thead|tbody|tr|ul|ol|li|h[1-6]|p|div|section|article|blockquote|ac:[\w-]+)(?=[\s>/])/i;
/** Tags that open a list: each open one is a level of nesting in the Markdown written for it. */
const LIST_TAGS = new Set(["ul", "ol", "ac:task-list"]);
/** Tags whose open/close must balance before the block may end at a blank line. */
const NESTING = new Set(["table", "ul", "ol", "ac:task-list", "div", "section", "article", "blockquote"]);
const HIDDEN = new Set(["script", "style", "template", "ac:task-id", "ac:parameter", "ac:placeholder"]);
const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([a-zA-Z][\w:-]*)((?:[^<>"']|"[^"<>]*"|'[^'<>]*')*)>|[^<]+|</g;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—", hellip: "…", rarr: "→", larr: "←", laquo: "«", raquo: "»", middot: "·" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });

interface ListFrame {
  ordered: boolean;
  n: number;
}

/** The Markdown of one HTML block. */
export function htmlToMarkdown(html: string): string {
  const out: string[] = [];
  let line = "";
  const lists: ListFrame[] = [];
  let table: string[][] | null = null;
  let headerRows = 0;
  let cell: string | null = null;
  let skip = 0; // inside a HIDDEN tag
  let taskStatus: string | null = null; // inside <ac:task-status>
  let pendingBox: string | null = null; // a Confluence task's box, written when its body starts
  // Whether the current line holds anything yet; kept as a flag, since looking at a long line per token is quadratic.
  let lineStarted = false;
  const flush = () => {
    if (lineStarted) out.push(line.replace(/[ \t]+/g, " ").trimEnd());
    line = "";
    lineStarted = false;
  };
  const block = () => {
    flush();
    if (lists.length === 0 && out.at(-1) !== "") out.push("");
  };
  const write = (s: string) => {
    if (cell !== null) cell += s;
    else {
      line += s;
      lineStarted ||= /\S/.test(s);
    }
  };
  for (const m of html.matchAll(TOKEN)) {
    const [whole, cdata, closing, rawName, attrs = ""] = m;
    if (whole.startsWith("<!--")) continue;
    if (cdata !== undefined) {
      if (!skip) write(cdata);
      continue;
    }
    if (!rawName) {
      if (skip) continue;
      const text = decode(whole === "<" ? "<" : whole.replace(/\s+/g, " "));
      if (taskStatus !== null) taskStatus += text;
      else {
        // Only a line's last character is looked at: trimming a long line per token would be quadratic.
        const started = lineStarted;
        if (cell !== null || started || text.trim()) write(started || cell !== null ? text : text.trimStart());
      }
      continue;
    }
    const name = rawName.toLowerCase();
    const end = closing === "/";
    // Scripts, styles and a macro's machine parts (task ids, parameters, placeholders) are not text a reader reads.
    if (HIDDEN.has(name)) {
      skip += end ? -1 : 1;
      skip = Math.max(skip, 0);
      continue;
    }
    if (skip) continue;
    const heading = name.match(/^h([1-6])$/);
    if (heading) {
      if (end) block();
      else {
        block();
        line = "#".repeat(Number(heading[1])) + " ";
        lineStarted = true;
      }
      continue;
    }
    switch (name) {
      case "p":
      case "div":
      case "section":
      case "article":
      case "blockquote":
      case "ac:structured-macro":
      case "ac:rich-text-body":
        if (cell !== null) write(" ");
        else if (lists.length) flush();
        else block();
        break;
      case "br":
        if (cell !== null) write(" ");
        else flush();
        break;
      case "ul":
      case "ol":
      case "ac:task-list":
        if (end) {
          lists.pop();
          if (lists.length === 0) block();
        } else {
          if (lists.length === 0) block();
          else flush();
          lists.push({ ordered: name === "ol", n: 0 });
        }
        break;
      case "li":
      case "ac:task": {
        if (end) {
          flush();
          break;
        }
        flush();
        const frame = lists.at(-1) ?? { ordered: false, n: 0 };
        frame.n++;
        line = "  ".repeat(Math.max(lists.length - 1, 0)) + (frame.ordered ? `${frame.n}. ` : "- ");
        lineStarted = true;
        break;
      }
      case "ac:task-status":
        if (end) {
          pendingBox = /^\s*(?:complete|done|checked)\s*$/i.test(taskStatus ?? "") ? "[x] " : "[ ] ";
          taskStatus = null;
        } else taskStatus = "";
        break;
      case "ac:task-body":
        if (!end && pendingBox) {
          line += pendingBox;
          lineStarted = true;
          pendingBox = null;
        }
        break;
      case "input":
        if (/type\s*=\s*["']?checkbox/i.test(attrs)) write(/\bchecked\b/i.test(attrs) ? "[x] " : "[ ] ");
        break;
      case "table":
        if (end) {
          if (table) emitTable(table, headerRows, out);
          table = null;
          cell = null;
          block();
        } else {
          block();
          table = [];
          headerRows = 0;
        }
        break;
      case "tr":
        if (!end && table) table.push([]);
        break;
      case "td":
      case "th":
        if (end) {
          if (table && cell !== null) table.at(-1)?.push(cell.replace(/\s+/g, " ").trim());
          cell = null;
        } else if (table) {
          if (table.length === 0) table.push([]);
          if (name === "th" && table.length - 1 === headerRows && table.at(-1)!.length === 0) headerRows++;
          cell = "";
        }
        break;
      case "strong":
      case "b":
        write("**");
        break;
      case "em":
      case "i":
        write("*");
        break;
      case "code":
        write("`");
        break;
      case "s":
      case "del":
      case "strike":
        write("~~");
        break;
      default:
        // Links, spans, Confluence and other namespaced tags: their text stays, the tag does not.
        break;
    }
  }
  if (table) emitTable(table, headerRows, out);
  flush();
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}

/** A pipe table: the header rows (`<th>` rows, else the first row) above the separator. */
function emitTable(rows: string[][], headerRows: number, out: string[]) {
  const filled = rows.filter((r) => r.length > 0);
  if (filled.length === 0) return;
  // Not Math.max(...rows): a spread of a table of 500,000 rows overflows the call stack.
  const width = filled.reduce((w, r) => Math.max(w, r.length), 0);
  const row = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => (r[i] ?? "").replace(/\|/g, "\\|")).join(" | ")} |`;
  const header = filled[0]!;
  if (out.length && out.at(-1) !== "") out.push("");
  out.push(row(header), `|${" --- |".repeat(width)}`);
  for (const r of filled.slice(Math.max(headerRows, 1))) out.push(row(r));
  out.push("");
}

export interface HtmlBlocks {
  /** The document with its HTML blocks written as Markdown (unchanged when refused). */
  text: string;
  /** 1-based line where an HTML block's lists nest deeper than `maxDepth`, or null. */
  tooDeepAt: number | null;
}

/**
 * The document with each HTML block (outside fenced code) written as Markdown. A block runs from a
 * line opening with a structural tag to the next blank line, or on until its tables and lists close;
 * the text comes back unchanged when it has no such block. A block whose lists nest deeper than
 * `maxDepth` (the depth the Markdown of it would have, counted on the raw tags while the block's
 * extent is found, before anything is converted) is refused: tooDeepAt names its line.
 */
export function readHtmlBlocks(text: string, maxDepth = MAX_MARKDOWN_DEPTH): HtmlBlocks {
  if (!/^ {0,3}<(?:table|ul|ol|h[1-6]|p|div|section|article|ac:)/im.test(text)) return { text, tooDeepAt: null };
  const lines = text.split("\n");
  const out: string[] = [];
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const f = l.match(/^ {0,3}(`{3,}|~{3,})/);
    if (fence) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length) fence = null;
      out.push(l);
      continue;
    }
    if (f) {
      fence = f[1]!;
      out.push(l);
      continue;
    }
    if (!BLOCK_START.test(l)) {
      out.push(l);
      continue;
    }
    let depth = 0;
    let lists = 0;
    let j = i;
    const region: string[] = [];
    for (; j < lines.length; j++) {
      const r = lines[j]!;
      if (!r.trim() && depth <= 0) break;
      region.push(r);
      for (const t of r.matchAll(/<(\/?)([a-zA-Z][\w:-]*)/g)) {
        const name = t[2]!.toLowerCase();
        if (NESTING.has(name)) depth += t[1] ? -1 : 1;
        // A stray close tag closes nothing (htmlToMarkdown pops no frame), so the count never goes below 0.
        if (LIST_TAGS.has(name)) lists = t[1] ? Math.max(lists - 1, 0) : lists + 1;
        if (lists > maxDepth) return { text, tooDeepAt: j + 1 };
      }
    }
    const md = htmlToMarkdown(region.join("\n")).split("\n");
    // A blank line first, so the Markdown does not run on into a paragraph above it.
    if (out.length && out.at(-1)!.trim()) md.unshift("");
    // Keep the lines below where they were when the Markdown is no longer than the HTML.
    while (md.length < region.length) md.push("");
    // One by one: a spread of a huge block overflows the call stack.
    for (const line of md) out.push(line);
    i = j - 1;
  }
  return { text: out.join("\n"), tooDeepAt: null };
}
