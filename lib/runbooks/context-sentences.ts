// A section written as prose mixes instructions with sentences that only tell the responder how
// things are: "This is not a page. Reassign it to Support." or "Das alte Zertifikat liegt unter
// `/archive/`. Zurückkopieren und neu laden." A drill ticks the instruction, not the remark, so a
// sentence that states what something is or where it lies (a subject, then a copula or a verb of
// place as its second or third word, or fourth after an article) is context, not a step
// (prose-steps.ts drops it when the section keeps at least one step). Read from the first words.

// Copulas and verbs of place, in the languages the importer reads. Lower case.
const STATING = new Set([
  // English
  "is", "are", "was", "were", "lies", "lives", "sits", "resides",
  // German
  "ist", "sind", "war", "waren", "liegt", "liegen", "befindet", "befinden", "steht", "stehen",
  // French
  "est", "sont", "était", "trouve", "trouvent",
  // Spanish, Italian, Portuguese
  "es", "son", "está", "están", "encuentra", "encuentran", "hay", "è", "sono", "é", "são", "fica",
]);

// A sentence that opens on a contraction of pronoun and copula ("It's expected", "C'est normal").
const CONTRACTED = /^(?:(?:it|that|there|this|here)['’]s|c['’]est)$/u;

// The object of an instruction before the verb ("Confirm it is up", "Prüfen, ob es läuft"): a
// pronoun second word means the copula belongs to a clause of the instruction, not the sentence.
const OBJECT_PRONOUNS = new Set(["it", "they", "that", "this", "everything", "es", "sie", "er", "das", "il", "elle", "ils", "ce", "cela", "todo", "eso", "esto"]);

// An article opening the sentence opens its subject ("The old key lies in …", "Die alte Datei
// liegt …"): then the copula may come as late as the fourth word. An instruction opens on its verb.
const ARTICLES = new Set(["the", "a", "an", "our", "der", "die", "das", "ein", "eine", "unser", "unsere", "le", "la", "les", "un", "une", "el", "los", "las", "una", "il", "lo", "gli"]);

// A condition or a time opens an instruction ("If CPU is pegged, …", "Once it is up, …").
const OPENERS = new Set(["if", "when", "once", "after", "before", "unless", "while", "wenn", "falls", "sobald", "nachdem", "bevor", "si", "quand", "lorsque", "dès", "cuando", "mientras", "se", "quando"]);

/** Whether a sentence only states how things are (what something is, where it lies) rather than saying what to do. */
export function statesContext(sentence: string): boolean {
  if (/[?:]\s*$/.test(sentence)) return false;
  const words = sentence
    .trim()
    .split(/\s+/, 5)
    .map((word) => word.toLowerCase().replace(/^[^\p{L}\p{N}'’]+|[^\p{L}\p{N}'’]+$/gu, ""));
  const [first = "", second = "", third = "", fourth = ""] = words;
  if (first === "" || OPENERS.has(first)) return false;
  // "It's expected", "C'est normal", "Ce n'est pas une alerte".
  if (CONTRACTED.test(first) || /^n['’](?:est|était)$/u.test(second)) return true;
  if (STATING.has(second)) return true;
  if (STATING.has(third) && !OBJECT_PRONOUNS.has(second)) return true;
  return ARTICLES.has(first) && STATING.has(fourth);
}
