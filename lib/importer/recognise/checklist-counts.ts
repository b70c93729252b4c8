// A checklist's progress count after a title, as Trello, Asana and GitHub show it: "· ☑ 2/6",
// "☑ 120/340 — Dev", "✔ 3 / 5". It counts the card's sub-steps; it is neither the title nor its
// state (a card with 2 of 6 steps ticked is not done), so the reader drops it with what follows it
// on the line (a short label or owner after a dash).

const COUNT = /\s+(?:[·•|]\s+)?[☑✅✔☐]\uFE0F?\s*\d{1,5}\s*\/\s*\d{1,5}(?:\s+[—–-]{1,2}\s+[^—–]{1,30})?\s*$/u;

/** Where a checklist count closing the title starts, or -1. */
export function checklistCountStart(title: string): number {
  const m = title.match(COUNT);
  return m && m.index! > 0 ? m.index! : -1;
}
