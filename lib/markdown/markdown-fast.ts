import MarkdownIt from "markdown-it";
import type { Token } from "markdown-it";
import type { Blockquote, Code, Definition, Heading, List, ListItem, Nodes, Paragraph, Parent, Root, RootContent, Table, TableRow } from "mdast";
import { parseWithRemark } from "./remark";
import { gfmStrikethrough, mapOffset, phrasing, rowCells, spanOf, trackInlinePositions, type InlineSource } from "./markdown-fast-inline";

// Markdown → mdast (the importer's plans, the runbooks' outlines) from markdown-it instead of remark: the same mdast node types, fields,
// plain text and source positions the recognisers read (see markdown-fast.test.ts), about ten
// times faster on large plans. markdown-it's block tokens only carry line ranges, so their start
// offsets are taken from its own line bookkeeping (bMarks/tShift) as each block is tokenized;
// inline tokens carry nothing, so markdown-fast-inline.ts records where each one starts.

type Point = NonNullable<Nodes["position"]>["start"];
type BlockRule = Parameters<MarkdownIt["block"]["ruler"]["at"]>[1];

function createParser(): MarkdownIt {
  const md = new MarkdownIt("commonmark").enable(["table", "strikethrough"]);
  // The preset stops nesting at 20 levels (micromark has no limit); plans nest far less.
  Object.assign(md.options, { maxNesting: 100 });
  // mdast keeps link destinations as written (escapes and references decoded) and links every
  // destination; nothing here is rendered, so markdown-it's encoding and URL filter are off.
  md.normalizeLink = (url) => url;
  md.normalizeLinkText = (url) => url;
  md.validateLink = () => true;
  // Adjacent text tokens are merged here instead, keeping the first one's position.
  md.disable(["text_join", "fragments_join"]);
  trackInlinePositions(md);
  gfmStrikethrough(md);
  // Inline content nests at most 20 levels (markdown-it shares the block limit, and tries every
  // `[`/`![` that deep: 100 levels made 100 KB of "![" 5× slower). Plans nest a handful.
  const inline = Object.create(md, { options: { value: { ...md.options, maxNesting: 20 } } }) as MarkdownIt;
  md.core.ruler.at("inline", (state) => {
    for (const token of state.tokens) if (token.type === "inline") md.inline.parse(token.content, inline, state.env, (token.children ??= []));
  });

  // Where each block starts: after its tokenize pass, a token's first line still has the
  // container context (list marker, `>`) it was parsed in, so bMarks + tShift is its first char.
  const tokenize = md.block.tokenize.bind(md.block);
  md.block.tokenize = (state, startLine, endLine) => {
    const before = state.tokens.length;
    tokenize(state, startLine, endLine);
    for (let i = before; i < state.tokens.length; i++) {
      const t = state.tokens[i]!;
      if (t.meta || !t.map) continue;
      const line = t.map[0];
      // An indented code block starts at the container's content column, like mdast's.
      const s = state.bMarks[line]! + (t.type === "code_block" ? state.blkIndent : state.tShift[line]!);
      t.meta = { s, e: s };
    }
  };

  // Link reference definitions leave no token; mdast has a node for each.
  wrapBlockRule(md, "reference", (reference) => (state, startLine, endLine, silent) => {
    if (!reference(state, startLine, endLine, silent)) return false;
    if (!silent) state.push("definition", "", 0).map = [startLine, state.line];
    return true;
  });
  // GFM (micromark) wants a `:` or `|` in the delimiter row; `| a |` over `---` is a heading.
  wrapBlockRule(md, "table", (table) => (state, startLine, endLine, silent) => {
    const line = startLine + 1;
    if (line < endLine && state.src.charCodeAt(state.bMarks[line]! + state.tShift[line]!) === 0x2d) {
      const delimiters = state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]);
      if (!delimiters.includes("|") && !delimiters.includes(":")) return false;
    }
    return table(state, startLine, endLine, silent);
  });
  return md;
}

/** Replaces a block rule of markdown-it with a wrapper around it (markdown-it has no public getter). */
function wrapBlockRule(md: MarkdownIt, name: string, wrap: (rule: BlockRule) => BlockRule) {
  const rules = (md.block.ruler as unknown as { __rules__: { name: string; fn: BlockRule; alt: string[] }[] }).__rules__;
  const rule = rules.find((r) => r.name === name);
  if (rule) md.block.ruler.at(name, wrap(rule.fn), { alt: rule.alt });
}

const md = createParser();

/** Line starts of the document, for offsets → line/column. */
class Lines {
  readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  /** Offset of the end of 0-based line `line` (before its newline). */
  end(line: number): number {
    const next = this.starts[line + 1];
    return next === undefined ? this.text.length : next - 1;
  }
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  point = (offset: number, line = this.lineOf(offset)): Point => ({ line: line + 1, column: offset - this.starts[line]! + 1, offset });
}

/**
 * Where a paragraph's (or setext heading's) content lines lie in the document. Each content line
 * is its source line minus the container prefix (the last one also minus trailing whitespace), so
 * it ends where the source line ends.
 */
function contentLines(content: string, firstLine: number, lines: Lines): Pick<InlineSource, "starts" | "src"> {
  const starts: number[] = [];
  const src: number[] = [];
  const { text } = lines;
  let c = 0;
  for (let line = firstLine; ; line++) {
    const nl = content.indexOf("\n", c);
    const length = (nl < 0 ? content.length : nl) - c;
    let end = lines.end(line);
    if (nl < 0) while (end > lines.starts[line]! && /\s/.test(text[end - 1]!)) end--;
    starts.push(c);
    src.push(end - length);
    if (nl < 0) return { starts, src };
    c = nl + 1;
  }
}

const TASK = /^\[[ \txX]\](?:\n|[ \t]+[^])/;

/** GFM task item: `[ ]`/`[x]` opening the item's first paragraph, followed by whitespace and more text. */
function applyTask(item: ListItem, paragraph: Paragraph, source: InlineSource, lines: Lines) {
  const { content } = source;
  const head = paragraph.children[0];
  if (!TASK.test(content) || head?.type !== "text" || !head.value.startsWith(content.slice(0, 4))) return;
  item.checked = content[1] !== " " && content[1] !== "\t";
  head.value = head.value.slice(4);
  if (!head.value) paragraph.children.shift();
  else {
    // As remark-gfm: one column after the character that follows `]`, on that character's line
    // (even when it is the line ending).
    const offset = mapOffset(source, 3);
    const after = lines.point(offset);
    paragraph.position!.start = head.position!.start = { ...after, column: after.column + 1, offset: offset + 1 };
  }
}

/** Fenced code's info string split as mdast does: lang up to whitespace, meta the rest of the line. */
function fenceInfo(t: Token, s: number, lines: Lines): Pick<Code, "lang" | "meta"> {
  const raw = lines.text.slice(s + t.markup.length, lines.end(t.map![0])).replace(/^[ \t]+/, "");
  const m = raw.match(/^(\S+)(?:[ \t]+(\S[^]*))?/);
  if (!m) return { lang: null, meta: null };
  return { lang: md.utils.unescapeAll(m[1]!), meta: m[2] === undefined ? null : md.utils.unescapeAll(m[2]) };
}

function add<T extends RootContent>(parent: Parent, node: T): T {
  parent.children.push(node);
  return node;
}

const DEFINITION_LABEL = /\[((?:[^\\\]]|\\.)*)\]/y;

function isClosingFence(t: Token, lines: Lines): boolean {
  const [first, end] = t.map!;
  const last = lines.text.slice(lines.starts[end - 1], lines.end(end - 1)).trim();
  return end - first > 1 && last.length >= t.markup.length && [...last].every((c) => c === t.markup[0]);
}

const isBlank = (lines: Lines, line: number) => lines.text.slice(lines.starts[line], lines.end(line)).trim() === "";

/** markdown-it (CommonMark + GFM tables/strikethrough) → mdast, equivalent to parseMarkdown for the recognisers. */
export function parseMarkdownFast(text: string): Root {
  // markdown-it turns CR/CRLF into LF before parsing, which would shift every offset after one.
  if (text.includes("\r")) return parseWithRemark(text);
  const env = {};
  const tokens = md.parse(text, env);
  const lines = new Lines(text);
  const { point } = lines;
  const root: Root = { type: "root", children: [], position: { start: point(0, 0), end: point(text.length) } };
  const stack: Parent[] = [root];
  const startOf = (t: Token) => spanOf(t)?.s ?? lines.starts[t.map?.[0] ?? 0]!;
  const lastLine = (t: Token) => t.map![1] - 1;
  const span = (t: Token, endLine = lastLine(t)) => ({ start: point(startOf(t), t.map![0]), end: point(lines.end(endLine), endLine) });

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const parent = stack[stack.length - 1]!;
    switch (t.type) {
      case "paragraph_open":
      case "heading_open": {
        const inline = tokens[i + 1]!;
        i += 2;
        const s = startOf(t);
        const content = inline.content;
        const setext = t.type === "heading_open" && (t.markup === "=" || t.markup === "-");
        const where = t.type === "paragraph_open" || setext ? contentLines(content, t.map![0], lines) : { starts: [0], src: [text.indexOf(content, s + t.markup.length)] };
        const source: InlineSource = { content, ...where, point };
        const children = phrasing(inline.children ?? [], source);
        if (t.type === "heading_open") {
          add<Heading>(parent, { type: "heading", depth: Number(t.tag.slice(1)) as Heading["depth"], children, position: span(t) });
          break;
        }
        const paragraph = add<Paragraph>(parent, { type: "paragraph", children, position: span(t) });
        if (parent.type === "listItem" && parent.children.length === 1) applyTask(parent as ListItem, paragraph, source, lines);
        break;
      }
      case "bullet_list_open":
      case "ordered_list_open": {
        const ordered = t.type === "ordered_list_open";
        stack.push(add<List>(parent, { type: "list", ordered, start: ordered ? Number(t.attrGet("start") ?? 1) : null, spread: false, children: [], position: span(t, t.map![0]) }));
        break;
      }
      case "list_item_open": {
        // It ends with its last child; an empty one with its line.
        stack.push(add<ListItem>(parent, { type: "listItem", checked: null, spread: false, children: [], position: span(t, t.map![0]) }));
        break;
      }
      case "blockquote_open": {
        let end = lastLine(t);
        while (end > t.map![0] && isBlank(lines, end)) end--;
        stack.push(add<Blockquote>(parent, { type: "blockquote", children: [], position: span(t, end) }));
        break;
      }
      case "bullet_list_close":
      case "ordered_list_close":
      case "list_item_close":
      case "blockquote_close": {
        stack.pop();
        const last = parent.children.at(-1);
        if (last?.position && parent.type !== "blockquote") parent.position!.end = last.position.end;
        break;
      }
      case "fence": {
        const position = span(t);
        // A fence left open runs to the end of the document, trailing blank lines included.
        if (t.map![1] >= lines.starts.length - (text.endsWith("\n") ? 1 : 0) && !isClosingFence(t, lines)) position.end = point(text.length);
        add<Code>(parent, { type: "code", ...fenceInfo(t, startOf(t), lines), value: t.content.replace(/\n$/, ""), position });
        break;
      }
      case "code_block":
        add<Code>(parent, { type: "code", lang: null, meta: null, value: t.content.replace(/\n$/, ""), position: span(t) });
        break;
      case "hr":
        add(parent, { type: "thematicBreak", position: span(t) });
        break;
      case "html_block":
        add(parent, { type: "html", value: t.content.replace(/\n$/, "").replace(/^[ \t]+/, ""), position: span(t) });
        break;
      case "definition": {
        DEFINITION_LABEL.lastIndex = startOf(t);
        const label = DEFINITION_LABEL.exec(text)?.[1] ?? "";
        const ref = (env as { references?: Record<string, { href: string; title: string }> }).references?.[md.utils.normalizeReference(label)];
        add<Definition>(parent, { type: "definition", identifier: label.toLowerCase(), label, url: ref?.href ?? "", title: ref?.title || null, position: span(t) });
        break;
      }
      case "table_open": {
        const rows: TableRow[] = [];
        for (i++; i < tokens.length && tokens[i]!.type !== "table_close"; i++) {
          const tr = tokens[i]!;
          if (tr.type !== "tr_open") continue;
          const cells: Token[] = [];
          for (; tokens[i]!.type !== "tr_close"; i++) if (tokens[i]!.type === "inline") cells.push(tokens[i]!);
          const line = tr.map![0];
          const start = startOf(tr);
          const end = lines.end(line);
          rows.push({ type: "tableRow", children: rowCells(md, text.slice(start, end), start, point, cells), position: { start: point(start, line), end: point(end, line) } });
        }
        // The table ends with its last row, or its delimiter row when it has no body.
        add<Table>(parent, { type: "table", align: null, children: rows, position: span(t) });
        break;
      }
    }
  }
  return root;
}
