// "“I had a great deal to learn.”", "«Il faut cultiver notre jardin» — Voltaire": a list entry that is
// nothing but a quotation, perhaps with its source after a dash. A reading group's favourite lines,
// a talk's memorable quotes, a retro's "things people said": someone's words repeated, not work
// anyone is asked to do. The low-confidence reading (recognise/low-confidence.ts) counts such
// entries as describing, like sentences, so a list of them is not taken for a plan.

/** Opening quotation marks and the marks that may close each. */
const PAIRS: Record<string, string> = { '"': '"', "“": "”", "„": "“”", "«": "»", "»": "«", "‘": "’", "‚": "‘’", "「": "」", "『": "』", "‹": "›" };

/** A source after the closing mark: " — Dickens", " - Tomasz, p. 12", " (Ch. 3)". Short and linear. */
const SOURCE = /^(?:\s*[—–-]\s*[^\n]{1,80}|\s*\([^()\n]{1,60}\))?\s*$/u;

/** Whether an entry's text is only a quotation, perhaps with its source (see above). */
export function isQuotation(text: string): boolean {
  const t = text.trim();
  const closers = PAIRS[t[0] ?? ""];
  if (!closers || t.length < 4 || t.length > 600) return false;
  // The last closing mark of the opener's kind ends the quotation; what follows may only be a source.
  let end = -1;
  for (let i = t.length - 1; i > 0; i--) {
    if (closers.includes(t[i]!)) {
      end = i;
      break;
    }
  }
  // Ten characters at least between the marks: "“Done”" or "'x'" is a quoted word, not a quotation.
  return end >= 11 && SOURCE.test(t.slice(end + 1));
}
