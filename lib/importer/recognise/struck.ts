import type { ItemStatus } from "../types";

/**
 * A struck-through entry ("- [ ] ~~Built-in cron~~ — out of scope") is no longer open: it was either
 * finished or abandoned, and a careful reader decides which from, in order:
 * - its own words: abandoning words ("not needed", "archived instead", "対応しない") make it won't-do
 *   even with a ticked box or under a "Done" heading (a ticked box on a crossed-out line says "dealt
 *   with", not "built"); finishing words ("done", "shipped") make it done;
 * - its section: under "Dropped" / "Afgevallen" it is won't-do;
 * - its box: crossed out but never ticked is won't-do; ticked is done;
 * - held words ("parked", "on hold") on a crossed-out line: set aside, won't-do;
 * - nothing else said (a plain list, under "Done"): crossing out is how lists mark work finished.
 */
export function struckStatus(said: ItemStatus | null, box: ItemStatus | null, section: ItemStatus | null): ItemStatus {
  // Held words on a crossed-out line ("~~Pricing test~~ (parked until H2)", "~~…~~ on hold") set it aside:
  // crossed off the list, not waiting on it.
  if (said === "wont_do" || said === "blocked" || section === "wont_do") return "wont_do";
  if (said) return said;
  if (box === "not_started") return "wont_do";
  return box ?? "done";
}
