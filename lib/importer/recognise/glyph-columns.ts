// A task app's digest or list view pasted as plain text (Asana's "due this week" e-mail, Things,
// Todoist, a to-do widget) sets each task on a line of columns: the glyph, the task, then its due
// date and assignee aligned by runs of spaces, under a group name alone on its line:
//   DUE THIS WEEK
//     ◐  Redraw the app icon  (In progress)      Dec 10  Lou Perrin
// A careful reader reads the first column as the task; a parenthesis beside it is a remark on it
// (its state: "(In progress)", "(Waiting on Legal)"); the other columns are fields, not title. The
// group name ("OVERDUE", "Heute", "Cette semaine") groups the lines; it says their state only when it
// is nothing but a state.

/** A run of two or more spaces, or a tab: a gap between columns. */
const GAP = /\t+| {2,}/;
/** A remark in parentheses: read with the task, not as a column of its own. */
const REMARK = /^[(（][^()（）]{1,60}[)）]$/u;

/** The task's text (with any remark beside it) and the other columns of a glyph line's words. */
export function glyphColumns(words: string): { entry: string; columns: string[] } {
  const cells = words.trim().split(GAP).filter(Boolean);
  if (cells.length < 2) return { entry: words.trim(), columns: [] };
  const [first, ...rest] = cells;
  const remarks = rest.filter((c) => REMARK.test(c));
  return { entry: [first, ...remarks].join(" "), columns: rest.filter((c) => !REMARK.test(c)) };
}

/** "OVERDUE", "Due this week", "Heute": a short group name alone on a line, with no sentence punctuation. */
export function isGroupName(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 40 && t.split(/\s+/).length <= 5 && /^\p{L}/u.test(t) && !/[.!?;,:：]$/.test(t) && !/\s{2,}|\t/.test(t);
}
