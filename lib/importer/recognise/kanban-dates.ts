// Dates an Obsidian Kanban card carries after its title: "@{2026-12-09}" (due date), "@@{14:00}"
// (time), "@[[2026-12-09]]" (a linked daily note). They schedule the card; they are not its words.

const CARD_DATE = /\s+@@?(?:\{[^{}\n]{1,40}\}|\[\[[^[\]\n]{1,80}\]\])\s*$/u;

/** Where a card's closing date mark starts, or -1. */
export function cardDateStart(title: string): number {
  const m = title.match(CARD_DATE);
  return m && m.index! > 0 ? m.index! : -1;
}
