import type { Section } from "../context";

// The two labels an OKR document puts under each objective, in the languages the importer reads:
// "Key results" / "Resultados clave" / "Schlüsselergebnisse" (targets: metrics) and "Initiatives" /
// "Iniciativas" / "Maßnahmen" / "Actions" / "Projects" (the work that moves them: items). Plans in
// other shapes use the same words as a heading or a bold label alone on its line over a list. The
// whole label must be the word (a count or colon aside), so "Actions we took last year" is not one.
// An OKR often says which of them matter: "Key initiatives", "关键举措", "主要施策", "핵심 과제" are the
// same label with "key" / "main" / "strategic" before it, in each language's own order.

const KEY_WORK = [
  "(?:key|main|strategic|major) (?:initiatives|actions|projects)", "schlüssel(?:maßnahmen|massnahmen|initiativen)", "kern(?:maßnahmen|massnahmen)", "wichtigste maßnahmen",
  "(?:initiatives|actions) (?:clés|clefs|prioritaires)", "(?:iniciativas|acciones) clave", "(?:iniziative|azioni) chiave", "(?:iniciativas|ações)[- ]chave",
  "(?:belangrijkste|kern)(?: )?(?:initiatieven|acties)", "kluczowe (?:inicjatywy|działania)", "ключевые (?:инициативы|действия|мероприятия)", "ключові (?:ініціативи|дії)",
  "(?:temel|kilit|ana) (?:girişimler|eylemler)", "(?:关键|重点|主要)(?:举措|措施|行动)", "(?:關鍵|重點|主要)(?:舉措|措施|行動)", "(?:主要|重点|主な)施策", "(?:핵심|주요) (?:이니셔티브|과제|실행 과제)",
].join("|");

const WORK = new RegExp(
  String.raw`^(?:initiatives?|iniciativas?|initiativen|initiatieven|iniziative|inicjatywy|инициативы|ініціативи|aloitteet|inisiatif|sáng kiến|girişimler|ma(?:ß|ss)nahmen|actions?|acciones|acções|ações|azioni|acties|(?:tech(?:nical)?|code) debt|technische schulden|dette technique|deuda técnica|debito tecnico|dívida técnica|technische schuld|dług techniczny|технический долг|технічний борг|teknik borç|技術的負債|技術負債|技术债务?|기술 ?부채|действия|дії|działania|aksiyonlar|eylemler|hành động|tindakan|projects?|projekte|proyectos|projets|progetti|projetos|projecten|施策|イニシアチブ|举措|行动|이니셔티브|${KEY_WORK})$`,
  "iu",
);
const KEY_RESULTS =
  /^(?:key results?|krs|kết quả then chốt|kết quả chính|resultados? clave|resultados?[- ]chave|schlüsselergebnisse|schlüsselresultate|résultats? clés?|risultati chiave|kernresultaten|belangrijkste resultaten|kluczowe rezultaty|ключевые результаты|anahtar sonuçlar|主要な成果|成果指標|关键结果|關鍵結果|핵심 결과)$/iu;

/** What a label that is only one of these words makes of the section under it; null for any other label. */
export function workLabelKind(raw: string): Section["kind"] {
  const t = raw
    .replace(/[*_`]/g, "")
    .replace(/[（(]\d+[)）]\s*$/u, "")
    .trim();
  return kindOfWord(trimNonLetters(t));
}

const LETTER = /\p{L}/u;

/** The text from its first letter to its last (an unanchored /[^\p{L}]+$/ is quadratic on a long run of spaces). */
function trimNonLetters(text: string): string {
  const chars = [...text];
  let start = 0;
  let end = chars.length;
  while (start < end && !LETTER.test(chars[start]!)) start++;
  while (end > start && !LETTER.test(chars[end - 1]!)) end--;
  return chars.slice(start, end).join("");
}

function kindOfWord(t: string): Section["kind"] {
  if (WORK.test(t)) return "tasks";
  return KEY_RESULTS.test(t) ? "metrics" : null;
}
