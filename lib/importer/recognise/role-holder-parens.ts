// "Sign-off from QA lead (Ingrid)", "Budget approval from the finance director (Olu)": a name in
// parentheses right after the word for a role says who holds that role — a person, though the document
// names them nowhere else — not part of what to do. A name after any other word stays open (README:
// "(Sven)" alone may be a person or a product, "(Partytown)", "(Algolia)").

/** Words for a role (English, as most plans write them), lower-cased. */
const ROLES = new Set(["lead", "manager", "owner", "head", "pm", "po", "engineer", "designer", "admin", "administrator", "officer", "director", "chair", "coordinator", "champion", "architect", "dri", "cto", "ceo", "cfo", "coo", "ciso", "sponsor", "reviewer", "approver", "on-call", "steward", "captain"]);
/** A word, then one or two capitalised words in parentheses closing the title (case matters: a name is capitalised). */
const WORD_THEN_NAME = /(?:^|\s)([\p{L}-]+)\s*[(（](\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+)?)[)）]\s*$/u;

/** The role holder's name when the title closes "<role> (Name)", else null. */
export function roleHolder(title: string): string | null {
  const m = title.slice(-80).match(WORD_THEN_NAME);
  return m && ROLES.has(m[1]!.toLowerCase()) ? m[2]! : null;
}
