import type { ItemStatus } from "../types";

// How far along the work is, said in a parenthesis after the title: "(Mei: 70%, props left)",
// "(đã chạy được 61 %)" (already 61 % run), "(60 % erledigt)". It is news about the work, not the
// work: a careful reader drops it and reads the work as under way. A percentage that says what to
// do stays: "(5%)", "(canary 5 %)", "(3G / 10% packet loss)" have no one reporting and no progress word.

/** A percentage below 100 ("61 %", "70%", "12,5 %"). */
const PERCENT = /(?<![\p{L}\p{N}.,])(\d{1,2}(?:[.,]\d)?)\s?%/u;
/** "Mei: 70%": someone reports the figure. */
const WHO_SAYS = /^\p{Lu}[\p{L}'’-]{1,20}\s*[:：]\s*\d{1,2}(?:[.,]\d)?\s?%/u;
/** Words of progress or of what is left, in the languages of the vocabulary. */
const PROGRESS =
  /(?:^|[^\p{L}])(?:done|complete|completed|finished|migrated|through|left|remaining|to go|fertig|erledigt|geschafft|abgeschlossen|übrig|fait|terminé|fini|restant|hecho|terminado|completado|listo|restante|feito|pronto|concluído|fatto|completato|finito|mancante|klaar|gedaan|klart|kvar|færdig|ferdig|igjen|tilbage|valmis|jäljellä|gotowe|zrobione|zostało|готово|сделано|выполнено|осталось|виконано|зроблено|залишилось|tamamlandı|bitti|kaldı|xong|được|đã|còn lại|selesai|sudah|tersisa|完成|完了|済|还剩|残り|완료|남음|הושלם|نُفّذ|ολοκληρώθηκε)(?![\p{L}])/iu;

/** The state a progress parenthesis says (under way), or null when it is no progress report. */
export function progressOf(inner: string): ItemStatus | null {
  const said = inner.replace(/[*_`]/g, "").replace(/\s+/g, " ").trim();
  if (!PERCENT.test(said)) return null;
  return WHO_SAYS.test(said) || PROGRESS.test(said) ? "in_progress" : null;
}

/**
 * "이전 (현재 60%)", "move every service to ArgoCD (currently 60%)": a share reached so far of work that
 * moves things over is how far along it is. The same words after a measure ("raise test coverage
 * (currently 12%)", "단위 테스트 커버리지 (현재 12%)", "error rate (now 3%)") give the starting point.
 */
const CURRENTLY = /^(?:currently|now|so far|aktuell|derzeit|bisher|actuellement|actualmente|atualmente|attualmente|momenteel|nu|obecnie|сейчас|зараз|наразі|şu an|hiện tại|saat ini|目前|现在|現在|現状|현재|지금)\s*[:：]?\s*\d{1,2}(?:[.,]\d)?\s?%$/iu;
const MEASURE = /coverage|rate|ratio|share|usage|utili[sz]ation|error|latency|uptime|availability|conversion|cpu|memory|disk|abdeckung|quote|auslastung|taux|couverture|tasa|cobertura|copertura|tasso|dekking|pokrycie|покрыти|покритт|доля|частка|kapsam|oran|tỷ lệ|cakupan|persentase|커버리지|[율률]|비율|사용량|覆盖率|率|カバレッジ|割合/iu;

/** A closing "(currently 60%)" after work that is no measure: under way; else null. */
export function currentShareProgress(remark: string): ItemStatus | null {
  const paren = remark.match(/^(.*)\(([^()]*)\)\s*$/su);
  if (!paren || !CURRENTLY.test(paren[2]!.trim())) return null;
  return MEASURE.test(paren[1]!) ? null : "in_progress";
}
