// Hostile but valid uploads, generated: shapes that once made parsePlan run for a minute or more
// (it runs in a worker with a 60 s timeout, read-plan.ts) — a 5 MB block of CSV-like lines turned
// into one table, `<ul><li>` nested 200,000 deep converted before the depth guard, a million "•"
// lines written as a list, a file of lone CR line ends. hostile-inputs.test.ts checks each returns
// a result; the import benchmark (scripts/bench/import-bench.ts) times each at the upload limit.

import { MAX_IMPORT_BYTES } from "./limits";

/** `unit` repeated up to `bytes` (UTF-8), at least once. */
export function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.floor(bytes / new TextEncoder().encode(unit).length)));
}

/** Each shape by name: its text of about `bytes` (the upload limit by default). */
export const HOSTILE_SHAPES: Record<string, (bytes?: number) => string> = {
  "semicolon rows (a;b;c;d)": (b = MAX_IMPORT_BYTES) => repeatTo("a;b;c;d\n", b),
  "tab rows (a\\tb\\tc)": (b = MAX_IMPORT_BYTES) => repeatTo("a\tb\tc\n", b),
  "pipe rows (a|b|c)": (b = MAX_IMPORT_BYTES) => repeatTo("a|b|c\n", b),
  "CSV blocks of 4,999 rows": (b = MAX_IMPORT_BYTES) => repeatTo("a;b;c;d\n".repeat(4_999) + "\n", b),
  "HTML <ul><li> nested": (b = MAX_IMPORT_BYTES) => repeatTo("<ul><li>", b),
  "HTML flat list": (b = MAX_IMPORT_BYTES) => "<ul>" + repeatTo("<li>x</li>", b - 4),
  "HTML table rows": (b = MAX_IMPORT_BYTES) => "<table>" + repeatTo("<tr><td>a</td><td>b</td></tr>", b - 7),
  "• bullet lines": (b = MAX_IMPORT_BYTES) => repeatTo("• x\n", b),
  "lone CR line ends": (b = MAX_IMPORT_BYTES) => repeatTo("x\r", b),
  "lone CR task lines": (b = MAX_IMPORT_BYTES) => "# Plan\r\r" + repeatTo("- [ ] Check the backup\r", b - 8),
};
