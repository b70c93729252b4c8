import { parseStatus } from "../clean";
import type { ItemStatus } from "../types";

// A tracker export's Resolution column (Jira's "Resolution" / "Lösung", Bugzilla's resolution): a
// ticket can be Closed with the resolution "Won't Fix" or "Duplicate". Closed then says the ticket
// is out of the queue, the resolution says how: one closed as not to be done was dropped, not done.

const RESOLUTION = /^(?:resolution|lösung|loesung|résolution|resoluci[óo]n|risoluzione|resolu[çc][ãa]o|oplossing|l[öo]sning|rozwiązanie|решение|rozlišení|ratkaisu|çözüm|解決方法|解决结果|解決結果|해결 방법|해결)$/iu;
/** Resolutions that close a ticket without doing it, beside the vocabulary's won't-do words. */
const UNDONE = /^(?:duplicate|cannot reproduce|can'?t reproduce|incomplete|invalid|not a bug|works as designed|by design|doppelt|duplikat|nicht reproduzierbar|doublon|duplicado|duplicato|dubbel)$/iu;

const normalise = (h: string) => h.toLowerCase().replace(/[*_`]/g, "").replace(/[?:]+$/, "").trim();

/** The row's state once its resolution is read: a done row resolved as not done is wont_do. */
export function resolvedState(headers: string[], cells: string[], status: ItemStatus): ItemStatus {
  if (status !== "done") return status;
  const c = headers.findIndex((h) => RESOLUTION.test(normalise(h)));
  const cell = c >= 0 ? (cells[c] ?? "").trim() : "";
  if (!cell) return status;
  return UNDONE.test(cell) || parseStatus(cell) === "wont_do" ? "wont_do" : status;
}
