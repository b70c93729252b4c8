// "Zertifikat erneuern !!1 📅 09.12.", "Grafana aktualisieren !!2 @lena": Todoist's quick-add
// priority, "!!1" (priority 1, the most urgent) to "!!4", written among the task's other fields. A
// reader who knows the notation reads it as "Priority n" (README: Priority 1 → P0 … 4 → P3), never
// as title words. "!!" without a digit, or a digit glued to the words ("Version!!2"), is not it.

const BANG_PRIORITY = /\s+!!([1-4])\s*$/u;

/** The Todoist priority closing a title, and where it starts; null when the title does not end in one. */
export function bangPriority(title: string): { index: number; label: string } | null {
  const m = title.match(BANG_PRIORITY);
  return m && m.index! > 0 ? { index: m.index!, label: `Priority ${m[1]}` } : null;
}
