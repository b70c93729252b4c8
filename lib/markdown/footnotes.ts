import type MarkdownIt from "markdown-it";
import type { StateBlock, StateCore, StateInline, Token } from "markdown-it";

// GFM footnotes for the renderer's markdown-it (which has none built in): `text[^1]` and a
// `[^1]: note` definition anywhere. Referenced notes are listed at the end in the order of their
// first reference, each with links back; unreferenced ones are dropped, as on GitHub. Labels end
// at whitespace, `[` or after 999 characters, so a scan never runs past the next label and every
// character is looked at a bounded number of times.

const MAX_LABEL = 999;

interface Note {
  label: string;
  /** How many references point at it so far. */
  refs: number;
}

interface FootnoteEnv {
  footnotes?: {
    /** Normalised label → index in `notes` once referenced, -1 while only defined. */
    defined: Map<string, number>;
    notes: Note[];
    /** Set while a definition's content is tokenized: definitions do not nest. */
    inside?: boolean;
  };
}

const key = (label: string) => label.toLowerCase();

/** `[^label]` starting at `start` (the `[`): the index after `]`, or -1. */
function scanLabel(src: string, start: number, max: number): number {
  if (src.charCodeAt(start) !== 0x5b || src.charCodeAt(start + 1) !== 0x5e) return -1;
  for (let pos = start + 2; pos < max && pos - start - 2 <= MAX_LABEL; pos++) {
    const c = src.charCodeAt(pos);
    if (c === 0x5d) return pos > start + 2 ? pos + 1 : -1;
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x5b) return -1;
  }
  return -1;
}

function definition(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const env = state.env as FootnoteEnv;
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  const max = state.eMarks[startLine]!;
  const end = scanLabel(state.src, start, max);
  if (end < 0 || state.src.charCodeAt(end) !== 0x3a) return false;
  // A definition ends a paragraph (inside a note too, where the next note starts), but does not nest.
  if (silent) return true;
  if (env.footnotes?.inside) return false;

  const label = state.src.slice(start + 2, end - 1);
  env.footnotes ??= { defined: new Map(), notes: [] };
  if (!env.footnotes.defined.has(key(label))) env.footnotes.defined.set(key(label), -1);
  const open = state.push("footnote_definition_open", "", 1);
  open.meta = { label };

  // The definition's content is a container indented 4 columns, like a list item's.
  const oldBMark = state.bMarks[startLine]!;
  const oldTShift = state.tShift[startLine]!;
  const oldSCount = state.sCount[startLine]!;
  const oldParent = state.parentType;
  let pos = end + 1;
  const contentStart = pos;
  const initial = state.sCount[startLine]! + pos - start;
  let offset = initial;
  for (; pos < max; pos++) {
    const c = state.src.charCodeAt(pos);
    if (c === 0x09) offset += 4 - (offset % 4);
    else if (c === 0x20) offset++;
    else break;
  }
  state.tShift[startLine] = pos - contentStart;
  state.sCount[startLine] = offset - initial;
  state.bMarks[startLine] = contentStart;
  state.blkIndent += 4;
  state.parentType = "footnote" as typeof state.parentType;
  if (state.sCount[startLine]! < state.blkIndent) state.sCount[startLine]! += state.blkIndent;
  env.footnotes.inside = true;
  state.md.block.tokenize(state, startLine, endLine);
  env.footnotes.inside = false;
  state.parentType = oldParent;
  state.blkIndent -= 4;
  state.tShift[startLine] = oldTShift;
  state.sCount[startLine] = oldSCount;
  state.bMarks[startLine] = oldBMark;
  state.push("footnote_definition_close", "", -1);
  return true;
}

function reference(state: StateInline, silent: boolean): boolean {
  const notes = (state.env as FootnoteEnv).footnotes;
  if (!notes) return false;
  const end = scanLabel(state.src, state.pos, state.posMax);
  if (end < 0) return false;
  const label = state.src.slice(state.pos + 2, end - 1);
  let index = notes.defined.get(key(label));
  if (index === undefined) return false;
  if (!silent) {
    if (index < 0) {
      index = notes.notes.push({ label, refs: 0 }) - 1;
      notes.defined.set(key(label), index);
    }
    const note = notes.notes[index]!;
    state.push("footnote_ref", "", 0).meta = { index, ref: note.refs++, label };
  }
  state.pos = end;
  return true;
}

/** Moves each definition's tokens out of the text and appends the referenced ones, in order, at the end. */
function collect(state: StateCore): void {
  const notes = (state.env as FootnoteEnv).footnotes;
  if (!notes) return;
  const bodies = new Map<string, Token[]>();
  const kept: Token[] = [];
  let body: Token[] | null = null;
  for (const token of state.tokens) {
    if (token.type === "footnote_definition_open") {
      body = [];
      const k = key((token.meta as { label: string }).label);
      if (!bodies.has(k)) bodies.set(k, body); // the first definition of a label wins
    } else if (token.type === "footnote_definition_close") body = null;
    else (body ?? kept).push(token);
  }
  state.tokens = kept;
  if (notes.notes.length === 0) return;
  const push = (type: string, nesting: -1 | 0 | 1, meta?: unknown) => {
    const token = new state.Token(type, "", nesting);
    token.meta = meta;
    state.tokens.push(token);
  };
  push("footnote_block_open", 1);
  notes.notes.forEach((note, index) => {
    push("footnote_open", 1, { index });
    const content = bodies.get(key(note.label)) ?? [];
    // The links back go at the end of the last paragraph (or in a paragraph of their own).
    const last = content.at(-1)?.type === "paragraph_close" ? content.length - 1 : content.length;
    state.tokens.push(...content.slice(0, last));
    if (last === content.length) push("paragraph_open", 1);
    push("footnote_backrefs", 0, { index, refs: note.refs });
    push("paragraph_close", -1);
    push("footnote_close", -1);
  });
  push("footnote_block_close", -1);
}

export function footnotes(md: MarkdownIt): void {
  md.block.ruler.before("reference", "footnote_definition", definition, { alt: ["paragraph", "reference"] });
  md.inline.ruler.after("image", "footnote_ref", reference);
  md.core.ruler.after("inline", "footnote_collect", collect);
}
