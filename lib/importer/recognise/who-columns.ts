// "| What | Who | When |" in any language ("Hva | Hvem | Frist", "Was | Wer | Bis wann"): a column headed by the question word "who" names each row's owner, as "Owner" does.

/** The interrogative "who" as a whole column header, per language (lower-case). */
const WHO = new Set([
  "who", "wer", "qui", "quién", "quien", "chi", "quem", "wie", "vem", "hvem", "hvem?", "kuka", "kto", "kdo", "ki", "kim", "кто", "хто", "ποιος",
  "ποιος;", "מי", "من", "ai", "siapa", "कौन", "誰", "谁", "누가", "누구", "who?", "wer?", "qui ?", "qui?", "¿quién?", "vem?", "kdo?", "kto?", "kim?", "кто?", "誰が",
]);

/** Whether a table header is the question word "who" (the column of who does the row). */
export function isWhoHeader(header: string): boolean {
  return WHO.has(header.trim().toLowerCase());
}
