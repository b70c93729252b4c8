// Parentheses closing a title that give the work's context rather than the work, in shapes the other
// remark rules (title-parts.ts, remark-parens.ts, aside-parens.ts) do not know:
//
//   - why: a preposition of cause opening it — "(kvůli CLS)", "(due to the audit)", "(wegen DSGVO)",
//     "(à cause des timeouts)", "(из-за лимитов)": the reason for the work, not the work;
//   - what it stands to other work in: "(replaces the Typeform link)", "(supersedes #12)", "(ersetzt
//     das alte Formular)", "(part of the billing epic)": a relation, the way a tracker links items;
//   - where it runs, named only by environments: "(staging + prod)", "(prod only)", "(dev, staging)".
//
// A parenthesis that names what to build, a bound or an amount ("(iOS + Android)", "(min 20 in
// prod)", "(sandbox)") is none of these and stays with the title.

/** "because of", "due to", "kvůli", "wegen", "à cause de", "из-за" opening the parenthesis. */
const CAUSE =
  /^(?:because of|due to|owing to|kvůli|kvôli|kvuli|wegen|aufgrund|auf grund|à cause d[eu']|a cause d[eu']|en raison d[eu']|a causa d[ei]|por causa d[eoa]s?|debido a|devido a|vanwege|wegens|på grund av|på grunn av|på grund af|z powodu|ze względu na|из-за|из за|через те що|због|din cauza|karena|vì|なので|のため|由于|因为)(?![\p{L}])/iu;
/** "replaces …", "supersedes …", "ersetzt …": a verb relating this entry to another piece of work. */
const RELATION =
  /^(?:replaces|supersedes|succeeds|follows up|follow-up (?:to|of)|part of|split from|spun off from|duplicate of|ersetzt|teil von|remplace|fait suite à|reemplaza|sustituye|substitui|sostituisce|vervangt|ersätter|erstatter|zastępuje|заменяет|замінює|nahrazuje|replaced by|to be replaced by|erstattes af|erstattes av|ersätts av|ersetzt durch|wird ersetzt durch|remplacé par|reemplazado por|sustituido por|substituído por|sostituito da|vervangen door|zastąpione przez|zastąpiony przez|заменяется|замінюється|korvataan)(?![\p{L}])/iu;
/** "(erst nach Grafana)", "(only after the freeze)", "(après la migration)": when, relative to other work. */
const SEQUENCE =
  /^(?:only after|not before|not until|erst nach|nicht vor|frühestens nach|seulement après|pas avant|solo después de|no antes de|só depois de|solo dopo|pas na|först efter|først etter|først efter|dopiero po|только после|не раньше|лише після|teprve po|až po|csak .{1,20} után)(?![\p{L}])/iu;
/** "(Kostenersparnis ~20 %)", "(saves ~2 h/week)", "（コスト削減のため）": the gain the work is done for. */
const GAIN =
  /^(?:saves?|saving|savings|cost savings?|kostenersparnis|ersparnis|einsparung|spart|économie|économise|ahorro|ahorra|economia|risparmio|besparing|besparelse|oszczędność|экономия|економія|úspora|säästö|megtakarítás)(?=$|\s*[:：]?\s*[~≈≥>+-]?\s*\d)|(?:のため|ため|为了|為了)$/iu;
/** Environment names: where a change is rolled out. "sandbox" is left out — it is often the thing built. */
// Alone, only the words that cannot name a thing ("(test)", "(preview)" can); in a list, any of them.
const ENV = "(?:staging|stage|prod|production|dev|development|test|qa|uat|pre-?prod|preview|live)";
// "(UAT)" alone names the acceptance test to run as often as the environment; in a list it is the environment.
const ENV_ALONE = "(?:staging|prod|production|pre-?prod)";
const JOIN = "\\s*(?:\\+|,|/|&|\\band\\b|\\bund\\b|\\bog\\b|\\boch\\b|\\bet\\b|\\by\\b|\\be\\b|\\bi\\b)\\s*";
const ENVIRONMENTS = new RegExp(`^(?:${ENV_ALONE}|${ENV}(?:${JOIN}${ENV})+)(?:\\s+only)?$`, "iu");

/** True when a trailing parenthesis's inner text is a reason, a relation to other work, or only environments. */
export function givesContext(said: string): boolean {
  const t = said.trim();
  return CAUSE.test(t) || RELATION.test(t) || ENVIRONMENTS.test(t) || SEQUENCE.test(t) || GAIN.test(t);
}
