import type MarkdownIt from "markdown-it";
import type { Delimiter, StateInline, Token } from "markdown-it";
import type { Nodes, Parent, PhrasingContent, TableCell } from "mdast";

type Point = NonNullable<Nodes["position"]>["start"];

// Inline half of parseMarkdownFast: source offsets for markdown-it's inline tokens (which carry
// none) and their conversion to mdast phrasing content.

/** Start (and, for a whole construct, end) of a token in the inline content string. */
interface Span {
  s: number;
  e: number;
  /** For a link: where its text ends (the `]`). */
  inner?: number;
}

/** Where a token starts in its inline content (set by trackInlinePositions). */
export const spanOf = (token: Token): Span | undefined => token.meta as Span | undefined;

/**
 * Records in `token.meta` where each inline token starts. markdown-it's own tokenizer loop,
 * plus: pending text (flushed as one text token) remembers where it began; the tokens one rule
 * call pushes start where the call started, one after another for a delimiter run (`**` pushes
 * a text token per character).
 */
export function trackInlinePositions(md: MarkdownIt) {
  class PositionState extends md.inline.State {
    pendingStart = 0;
    override pushPending(): Token {
      const token = super.pushPending();
      token.meta = { s: this.pendingStart, e: this.pos } satisfies Span;
      return token;
    }
  }
  md.inline.State = PositionState;
  md.inline.tokenize = function tokenize(state: StateInline) {
    const positioned = state as PositionState;
    const rules = this.ruler.getRules("");
    const end = state.posMax;
    const maxNesting = (state.md.options as { maxNesting?: number }).maxNesting ?? 100;
    // A link's text is tokenized by a nested call that ends at its `]`.
    const opener = state.tokens.at(-1);
    if (opener?.type === "link_open" && !opener.meta) opener.meta = { inner: end };
    while (state.pos < end) {
      const start = state.pos;
      const before = state.tokens.length;
      if (state.pending === "") positioned.pendingStart = start;
      let ok = false;
      if (state.level < maxNesting) {
        for (const rule of rules) if ((ok = rule(state, false))) break;
      }
      if (ok) {
        let at = start;
        for (let i = before; i < state.tokens.length; i++) {
          const token = state.tokens[i]!;
          const meta = token.meta as Partial<Span> | null;
          if (meta?.s !== undefined) continue;
          if (meta) [meta.s, meta.e] = [at, state.pos];
          else token.meta = { s: at, e: state.pos } satisfies Span;
          if (token.type === "text") at += token.content.length;
        }
        if (state.pos >= end) break;
        continue;
      }
      state.pending += state.src[state.pos++];
    }
    if (state.pending) state.pushPending();
  };
}

// GFM strikethrough as micromark reads it: runs of one or two tildes, closed by a run of the
// same length (markdown-it's own rule knows only `~~`). Distinct markers keep the two apart
// when balance_pairs matches openers to closers.
const SINGLE_TILDE = 0x7e;
const DOUBLE_TILDE = 0x1007e;

export function gfmStrikethrough(md: MarkdownIt) {
  md.inline.ruler.at("strikethrough", (state, silent) => {
    if (silent || state.src.charCodeAt(state.pos) !== 0x7e) return false;
    const scanned = state.scanDelims(state.pos, true);
    state.push("text", "", 0).content = "~".repeat(scanned.length);
    if (scanned.length <= 2) {
      const marker = scanned.length === 1 ? SINGLE_TILDE : DOUBLE_TILDE;
      state.delimiters.push({ marker, length: 0, token: state.tokens.length - 1, end: -1, open: scanned.can_open, close: scanned.can_close });
    }
    state.pos += scanned.length;
    return true;
  });
  const pair = (state: StateInline, delimiters: Delimiter[]) => {
    for (const d of delimiters) {
      if ((d.marker !== SINGLE_TILDE && d.marker !== DOUBLE_TILDE) || d.end < 0) continue;
      const markup = d.marker === SINGLE_TILDE ? "~" : "~~";
      Object.assign(state.tokens[d.token]!, { type: "s_open", tag: "s", nesting: 1, markup, content: "" });
      Object.assign(state.tokens[delimiters[d.end]!.token]!, { type: "s_close", tag: "s", nesting: -1, markup, content: "" });
    }
  };
  md.inline.ruler2.at("strikethrough", (state) => {
    pair(state, state.delimiters);
    for (const meta of state.tokens_meta) if (meta?.delimiters) pair(state, meta.delimiters);
    return true;
  });
}

/**
 * An inline content string and where it lies in the document: content line k starts at
 * content offset `starts[k]` and at document offset `src[k]`.
 */
export interface InlineSource {
  content: string;
  starts: number[];
  src: number[];
  point: (offset: number) => Point;
}

/** Offset in an inline content string → offset in the document. */
export function mapOffset({ starts, src }: InlineSource, x: number): number {
  let k = 0;
  while (k + 1 < starts.length && starts[k + 1]! <= x) k++;
  return src[k]! + x - starts[k]!;
}

/** Plain text of tokens (an image's alt), as mdast-util-to-string would give it. */
function textOf(tokens: Token[] | null): string {
  let out = "";
  for (const t of tokens ?? []) {
    if (t.type === "image") out += textOf(t.children);
    else if (t.type === "softbreak") out += "\n";
    else if (t.type !== "hardbreak") out += t.content;
  }
  return out;
}

/**
 * mdast keeps `[text][ref]`, `[text][]` and `[ref]` as references; markdown-it resolves them.
 * An inline link or image is the one whose source ends with `)` (autolinks start with `<`).
 */
function linkOrReference(t: Token, content: string, span: Span) {
  const image = t.type === "image";
  const source = content.slice(span.s, span.e);
  if (source.endsWith(")") || source.startsWith("<")) return { type: image ? "image" : "link", url: t.attrGet(image ? "src" : "href") ?? "", title: t.attrGet("title") };
  const full = source.match(/\]\[((?:[^\\\]]|\\.)+)\]$/);
  const label = full?.[1] ?? source.replace(/^!?\[|\](?:\[\])?$/g, "");
  const referenceType = full ? "full" : source.endsWith("[]") ? "collapsed" : "shortcut";
  return { type: image ? "imageReference" : "linkReference", identifier: label.replace(/\s+/g, " ").toLowerCase(), label, referenceType };
}

/** An open inline parent: its children's content offsets, its end and its content's end. */
type Frame = { node: Parent; starts: number[]; close: string; end: number; inner: number; autolink?: boolean };
const CONTAINERS: Record<string, { type: "strong" | "emphasis" | "delete" | "link"; close: string }> = {
  strong_open: { type: "strong", close: "strong_close" },
  em_open: { type: "emphasis", close: "em_close" },
  s_open: { type: "delete", close: "s_close" },
  link_open: { type: "link", close: "link_close" },
};

const positionOf = (src: InlineSource, s: number, e: number) => ({ start: src.point(mapOffset(src, s)), end: src.point(mapOffset(src, e)) });

function append(frame: Frame, node: PhrasingContent, s: number, src: InlineSource, e?: number) {
  frame.node.children.push(node);
  frame.starts.push(s);
  if (e !== undefined) node.position = positionOf(src, s, e);
}

/**
 * markdown-it inline tokens → mdast phrasing content with positions. Text, soft breaks, escapes
 * and entities merge into one text node as in mdast; unmatched delimiters stay text.
 */
export function phrasing(tokens: Token[], src: InlineSource): PhrasingContent[] {
  const { content } = src;
  const root = { type: "paragraph", children: [] } as Parent;
  const stack: Frame[] = [{ node: root, starts: [], close: "", end: content.length, inner: content.length }];
  for (const t of tokens) {
    const span = spanOf(t) ?? { s: 0, e: 0 };
    const frame = stack[stack.length - 1]!;
    const container = CONTAINERS[t.type];
    if (container) {
      const link = container.type === "link";
      const node = (link ? { ...linkOrReference(t, content, span), children: [] } : { type: container.type, children: [] }) as PhrasingContent & Parent;
      // A strong opener token is the inner `*` of `**`: the node starts at the outer one.
      append(frame, node, container.type === "strong" ? span.s - 1 : span.s, src);
      // An autolink's text runs from after `<` to before `>`; a link's up to its `]`.
      const inner = !link ? -1 : t.markup === "autolink" ? span.e - 1 : (span.inner ?? span.e);
      stack.push({ node, starts: [], close: container.close, end: link ? span.e : -1, inner, autolink: t.markup === "autolink" });
    } else if (t.type === frame.close && stack.length > 1) {
      stack.pop();
      const parent = stack[stack.length - 1]!;
      frame.node.position = positionOf(src, parent.starts[parent.starts.length - 1]!, frame.end >= 0 ? frame.end : span.s + t.markup.length);
      finishTexts(frame, frame.inner >= 0 ? frame.inner : span.s, src);
    } else if (t.type === "text" || t.type === "text_special" || t.type === "softbreak") {
      const value = t.type === "softbreak" ? "\n" : t.content;
      const last = frame.node.children[frame.node.children.length - 1];
      if (!value) continue;
      if (last?.type === "text") last.value += value;
      // An autolink's text token starts where the link does, at the `<`.
      else append(frame, { type: "text", value }, frame.autolink ? span.s + 1 : span.s, src);
    } else if (t.type === "hardbreak") {
      // mdast's break runs from the trailing spaces (or backslash) through the line ending.
      let s = span.s;
      if (content[s] === "\n") while (s > 0 && content[s - 1] === " ") s--;
      const end = src.point(mapOffset(src, content.indexOf("\n", span.s)) + 1);
      append(frame, { type: "break", position: { start: src.point(mapOffset(src, s)), end } }, s, src);
    } else if (t.type === "code_inline") append(frame, { type: "inlineCode", value: t.content }, span.s, src, span.e);
    else if (t.type === "html_inline") append(frame, { type: "html", value: t.content }, span.s, src, span.e);
    else if (t.type === "image") append(frame, { ...linkOrReference(t, content, span), alt: textOf(t.children) } as PhrasingContent, span.s, src, span.e);
  }
  finishTexts(stack[0]!, content.length, src);
  return root.children as PhrasingContent[];
}

/** Text nodes end where the next sibling starts (or the parent's content ends), a line's indentation excluded. */
function finishTexts({ node, starts }: Frame, end: number, src: InlineSource) {
  const { content } = src;
  const children = node.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type !== "text") continue;
    const s = starts[i]!;
    let e = Math.max(s, starts[i + 1] ?? end);
    let k = e;
    while (k > s && (content[k - 1] === " " || content[k - 1] === "\t")) k--;
    e = k > s && content[k - 1] === "\n" ? mapOffset(src, k - 1) + 1 : mapOffset(src, e);
    child.position = { start: src.point(mapOffset(src, s)), end: src.point(e) };
  }
}

/** `| a | b |` → the cells' [start, end) in the row (GFM: a cell spans from its leading pipe to the next one). */
function splitRow(row: string): { start: number; end: number; content: [number, number] }[] {
  const pipes: number[] = [];
  for (let i = 0; i < row.length; i++) {
    const c = row.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x7c) pipes.push(i);
  }
  const trimmed = row.trimEnd().length;
  const lead = pipes[0] === 0;
  const trail = pipes.length > (lead ? 1 : 0) && pipes.at(-1) === trimmed - 1;
  const inner = pipes.slice(lead ? 1 : 0, trail ? -1 : undefined);
  const bounds = [0, ...inner, row.length];
  const cells = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const start = bounds[k]!;
    const end = bounds[k + 1]!;
    let a = k === 0 && !lead ? start : start + 1;
    let b = k + 2 === bounds.length && trail ? pipes.at(-1)! : end;
    while (a < b && /[ \t]/.test(row[a]!)) a++;
    while (b > a && /[ \t]/.test(row[b - 1]!)) b--;
    cells.push({ start, end, content: [a, b] as [number, number] });
  }
  return cells;
}

/**
 * One table row's cells, each parsed inline on its own as GFM does. `parsed` are markdown-it's
 * inline tokens of the row's cells, reused where markdown-it saw the same cell text: it drops
 * cells beyond the header's count (mdast keeps them) and drops the `\` of `\|` before parsing
 * (which would shift the positions).
 */
export function rowCells(md: MarkdownIt, row: string, rowStart: number, point: (offset: number) => Point, parsed: Token[]): TableCell[] {
  return splitRow(row).map(({ start, end, content: [a, b] }, k) => {
    const text = row.slice(a, b);
    const same = parsed[k]?.content === text ? parsed[k]!.children : null;
    const inline = same ?? (b > a ? md.parseInline(text, {})[0]?.children : null);
    const children = inline ? phrasing(inline, { content: text, starts: [0], src: [rowStart + a], point }) : [];
    // GFM unescapes `\|` inside code in a cell (mdast-util-gfm-table does the same).
    for (const c of children) if (c.type === "inlineCode") c.value = c.value.replace(/\\\|/g, "|");
    return {
      type: "tableCell",
      children,
      position: { start: point(rowStart + start), end: point(rowStart + end) },
    };
  });
}
