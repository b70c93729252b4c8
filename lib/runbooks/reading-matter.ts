// The reading matter of a runbook (notes, glossary, contacts, history, references) named in the
// languages beyond the few layouts.ts lists: a heading "Примечания", "Uwagi", "Glossário" or
// "用語" closes a runbook as "Notes" or "Glossary" does, and is something to read, not a scenario
// to drill or a section whose bullets are steps. Words are read as layouts.ts reads them (the
// heading's first word, lower case); scripts written without spaces between words (Chinese,
// Japanese) have no first word, so there the heading's opening characters are compared.

const WORDS = new Set([
  // Russian
  "примечания", "примечание", "заметки", "глоссарий", "термины", "контакты", "история", "ссылки", "эскалация", "справка", "обзор", "описание", "контекст",
  // Ukrainian
  "примітки", "примітка", "нотатки", "глосарій", "терміни", "контакти", "історія", "посилання", "ескалація", "довідка", "огляд", "опис",
  // Polish
  "uwagi", "notatki", "słownik", "słowniczek", "kontakty", "historia", "linki", "odnośniki", "eskalacja", "opis", "przegląd",
  // Portuguese and Italian
  "notas", "observações", "glossário", "contatos", "contactos", "histórico", "referências", "escalonamento", "escalação", "visão",
  "note", "glossario", "contatti", "storia", "riferimenti", "collegamenti", "panoramica", "descrizione",
  // Dutch
  "notities", "opmerkingen", "woordenlijst", "begrippen", "contactpersonen", "geschiedenis", "verwijzingen",
  // German, French and Spanish words layouts.ts does not already hold
  "glossar", "begriffe", "notizen", "anmerkungen", "historie", "remarques", "glossaire", "historique", "références", "glosario", "historial", "referencias", "observaciones",
  // Korean (written with spaces between words)
  "용어", "용어집", "참고", "연락처", "비고", "이력", "변경이력",
]);

// Opening characters of such headings in Japanese and Chinese: terms, remarks, points to note,
// contacts, references, related, history, supplement, escalation.
const UNSPACED = ["用語", "備考", "注意事項", "注意", "注記", "連絡先", "参考", "関連", "履歴", "改訂履歴", "補足", "エスカレーション", "术语", "备注", "備註", "联系人", "聯絡人", "参考资料", "相关", "历史", "附注"];

const UNSPACED_SCRIPT = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;

/** Whether a heading names reading matter in one of the languages above. */
export function namesReadingMatter(name: string): boolean {
  const text = name.trim().toLowerCase().replace(/^[^\p{L}]+/u, "");
  if (UNSPACED_SCRIPT.test(text)) return UNSPACED.some((start) => text.startsWith(start));
  const word = /^\p{L}+/u.exec(text)?.[0] ?? "";
  return WORDS.has(word);
}
