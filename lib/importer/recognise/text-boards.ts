import type { Code } from "mdast";
import { addItem, nearestKind, type ParseContext } from "../context";
import { lineOf } from "../markdown";
import { stateOnly } from "../status-words";
import type { ItemStatus } from "../types";

// A board drawn in plain text — a whiteboard photographed and OCR'd, a kanban typed in a terminal:
//   TO DO                | DOING           | DONE
//   ---------------------+-----------------+-----------
//   * checkout refactor  | * 3D secure     | * coupon code
//   * shipping fee       |   integration   |   validation ✓
// The header names the columns' states, a rule of dashes sets it off, and each row holds a slice of
// every column. A careful reader reads down each column: a bullet opens a card, a line without one
// goes on with the card above it in the same column (the writer wrapped it), and the card's state is
// its column's (a tick on the card says done). What stands above the header (a sprint goal) and
// after the closing rule (a risk line) is not a card. OCR changes the bullet ("*", "•", "·", "-",
// "+", "o", "»"), so any of them opens a card.

const MAX_LINES = 500;
/** A rule under the header or closing the board: dashes, with "+" or "|" where the columns meet. */
const RULE = /^[\s|+=:-]*-{3,}[\s|+=:-]*$/;
/** A bullet as written or as OCR read it, opening a card. */
const BULLET = /^(?:[*•·+»>-]|o(?=\s))\s*/u;
/** A tick closing a card: done, whatever the column says. */
const TICK = /\s*[✓✔✅☑]\uFE0F?\s*$/u;

interface Card {
  text: string;
  status: ItemStatus;
  offset: number;
}

const cellsOf = (line: string) => line.split("|").map((c) => c.trim());

/** The cards of a plain-text board in these lines, or null when they hold none. */
export function textBoardCards(lines: string[]): Card[] | null {
  if (lines.length > MAX_LINES) return null;
  const header = lines.findIndex((l, i) => l.includes("|") && RULE.test(lines[i + 1] ?? "") && !RULE.test(l));
  if (header < 0) return null;
  const names = cellsOf(lines[header]!);
  const states = names.map((n) => (n && n.split(/\s+/).length <= 4 ? stateOnly(n) : null));
  if (names.length < 2 || states.filter(Boolean).length < 2 || states.some((s, c) => s === null && names[c] !== "")) return null;
  const rows: { cells: string[]; offset: number }[] = [];
  for (let i = header + 2; i < lines.length; i++) {
    const line = lines[i]!;
    if (RULE.test(line) || !line.includes("|")) break;
    rows.push({ cells: cellsOf(line).slice(0, names.length), offset: i });
  }
  // A column written without bullets has a card a line; with bullets, a bare line goes on with the card above.
  const bulleted = names.map((_, c) => rows.some((r) => BULLET.test(r.cells[c] ?? "")));
  const cards: Card[] = [];
  const open: (Card | null)[] = names.map(() => null);
  for (const { cells, offset: i } of rows) {
    cells.forEach((cell, c) => {
      if (!cell) return;
      const status = states[c];
      if (!status) return;
      const bullet = BULLET.exec(cell);
      if (bullet || !open[c] || !bulleted[c]) {
        const card = { text: cell.slice(bullet?.[0].length ?? 0), status, offset: i };
        cards.push(card);
        open[c] = card;
      } else open[c]!.text += ` ${cell}`;
    });
  }
  return cards.length ? cards.map(readTick) : null;
}

function readTick(card: Card): Card {
  const text = card.text.replace(/\s{2,}/g, " ").trim();
  return TICK.test(text) ? { ...card, text: text.replace(TICK, ""), status: "done" } : { ...card, text };
}

/** Whether a fence's lines are such a board (recognise/plain-fences.ts keeps it a block, for this reader). */
export const isTextBoard = (lines: string[]): boolean => textBoardCards(lines) !== null;

/** A plain-text board in a code block: each card is an item in its column's state. */
export function recogniseTextBoard(node: Code, ctx: ParseContext): boolean {
  const kind = nearestKind(ctx);
  if (kind === "notes" || kind === "legend" || kind === "metrics") return false;
  const cards = textBoardCards(node.value.split("\n"));
  if (!cards) return false;
  ctx.shapes.add("board-columns");
  const first = lineOf(node) + 1;
  for (const card of cards) if (card.text) addItem(ctx, { origin: "list", title: card.text, status: card.status, line: first + card.offset });
  return true;
}
