// A column named for how much a row matters — a tech-debt register's "Interest", "Importance",
// "Criticality", "Urgency", "Rank", "Business value" — whose cells are priority words (High / Medium /
// Low, P1, Critical) ranks the rows as a Priority column does: that is what a reader takes it for.
// So does a bare "Level" ("Poziom", "Рівень", "Niveau", "レベル") of such words in an audit's findings table.
// Headers that rate one side of an estimate ("Impact", "Effort", "Complexity", "Confidence",
// "Likelihood") are left out on purpose: beside each other they score a row, they do not rank it —
// and so is a "Value" column beside a cost column ("Value | Effort"), one half of such a score.

/** The whole header, lower-cased: a name for how much a row matters, in the vocabulary's languages. */
const RANK =
  /^(?:(?:tech(?:nical)?[ -]debt )?interest|importance|criticality|urgency|rank(?:ing)?|(?:business )?value|wichtigkeit|bedeutung|dringlichkeit|kritikalit[äa]t|gesch[äa]ftswert|urgence|criticit[ée]|valeur(?: métier)?|importancia|urgencia|criticidad|valor(?: de negocio| de neg[óo]cio)?|importanza|urgenza|criticit[àa]|valore|belang|urgentie|kritikaliteit|waarde|import[âa]ncia|urg[êe]ncia|criticidade|ważność|pilność|krytyczność|важность|срочность|критичность|önem|aciliyet|kritiklik|重要性|緊急度|紧急程度|紧急度|중요도|긴급도|level|niveau|nivel|livello|n[íi]vel|stufe|poziom|úroveň|szint|taso|nivå|уровень|рівень|ниво|razina|raven|seviye|mức(?: độ)?|tingkat|レベル|等级|等級|级别|級別|등급|수준)$/u;

/** A value header, and the headers that estimate a row's cost: together a value/effort score. */
const VALUE = /value|wert|valeur|valor|valore|waarde/u;
const COST = /effort|estimate|size|cost|complexity|aufwand|komplexit|esfuerzo|sforzo|esforço|inspanning|工数|工作量|노력/u;

const words = (cell: string) => cell.trim().split(/\s+/).filter(Boolean).length;
const blank = (cell: string) => /^[\s—–\-/.]*$/.test(cell);

/**
 * Whether the column headed `header` (lower-cased, unmarked) ranks its rows: a rank-like name and
 * at least two filled cells, nearly all (≥ 80%) one or two words that `isPriority` reads as a level.
 */
export function isRankColumn(header: string, cells: string[], headers: string[], isPriority: (cell: string) => boolean): boolean {
  if (!RANK.test(header.trim())) return false;
  if (VALUE.test(header.trim()) && headers.some((h) => COST.test(h))) return false;
  const filled = cells.filter((c) => !blank(c));
  return filled.length >= 2 && filled.filter((c) => words(c) <= 2 && isPriority(c.trim())).length >= filled.length * 0.8;
}
