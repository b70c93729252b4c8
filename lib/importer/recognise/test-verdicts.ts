// A table of test cases whose state column holds run verdicts (Pass / Fail / Skipped) reports a test run: its rows are checks that were run, not work (the filed bugs are the work).

/** Verdicts that say a check passed, per language (lower-case, whole cell after marks). */
const PASSED = ["pass", "passed", "ok", "bestanden", "réussi", "reussi", "succès", "superado", "aprobado", "passato", "superato", "geslaagd", "aprovado", "godkänd", "bestått", "bestået", "zaliczony", "прошёл", "пройден", "成功", "合格", "通过", "通過", "통과", "başarılı", "sikeres", "úspěch", "lulus", "đạt"];
/** Verdicts that say a check failed or was not run. */
const OTHER = ["fail", "failed", "skip", "skipped", "blocked", "n/a", "na", "nok", "ko", "not run", "fehlgeschlagen", "übersprungen", "échoué", "echoue", "ignoré", "fallido", "omitido", "fallito", "saltato", "mislukt", "overgeslagen", "falhou", "ignorado", "underkänd", "ikke bestått", "ikke bestået", "niezaliczony", "не прошёл", "пропущен", "失敗", "失败", "スキップ", "跳过", "실패", "건너뜀", "başarısız", "atlandı", "sikertelen", "selhání", "gagal", "không đạt"];

/** The cell without leading marks and emoji ("✅ Pass" → "pass", "⏭ Skipped" → "skipped"). */
function verdictWord(cell: string): string {
  let i = 0;
  while (i < cell.length && !/[\p{L}\p{N}/]/u.test(cell[i]!)) i++;
  return cell.slice(i).trim().toLowerCase();
}

/** Whether every filled cell of a column is a run verdict and at least one says the check passed. */
export function isVerdictColumn(cells: readonly string[]): boolean {
  const words = cells.map(verdictWord).filter((w) => w !== "");
  if (words.length < 2) return false;
  return words.some((w) => PASSED.includes(w)) && words.every((w) => PASSED.includes(w) || OTHER.includes(w));
}
