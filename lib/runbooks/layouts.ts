import { namesReadingMatter } from "./reading-matter";
import { sectionKind } from "./scenario-sections";

// The runbook layouts people write besides the app's own (scenario headings, each with Symptoms /
// Diagnosis / Resolution / Escalation under it), read from heading names alone:
//   - alert runbooks: one alert per document, its headings Meaning / Impact / Diagnosis /
//     Mitigation / Escalation (the Prometheus and GitLab style);
//   - procedures: Prerequisites / Execution / Rollback / Verification;
//   - phases: "Phase 1 — Prepare", "Step 2: Deploy", … done one after the other.
// When every top-level heading of a body is such a section, the layout decides the scenarios
// (outline.ts): an alert runbook is one scenario (the alert) made of its sections; a procedure's
// stages and numbered phases are one scenario each, as independent readers of such documents
// drill them (a rehearsal walks "Rollback" or "Phase 2" on its own).

/** What a section of a whole-document runbook holds: steps to act on, or text to read. */
export type SectionRole = "acts" | "describes";

// Read from the first word, as scenario-sections.ts reads the app's own section names, so
// "Diagnosis steps", "Rollback plan" and "Before you start" are found. Lower case, letters only.
// Handling an alert: finding out what is wrong, then putting it right.
const HANDLES = new Set([
  // finding out
  "diagnosis", "diagnose", "diagnostics", "investigation", "investigate", "triage", "troubleshooting", "troubleshoot", "debugging", "checks",
  // putting it right
  "mitigation", "mitigate", "resolution", "resolve", "remediation", "fix", "fixes", "recovery", "recover", "response", "workaround",
  // the same in the languages the importer reads
  "untersuchung", "fehlersuche", "analyse", "diagnostic", "diagnóstico", "investigación",
  "behebung", "fehlerbehebung", "abhilfe", "lösung", "entstörung", "remédiation", "atténuation", "résolution", "correction",
  "mitigación", "resolución", "solución", "corrección",
  // Portuguese and Italian ("Diagnóstico" is shared with Spanish above)
  "investigação", "mitigação", "resolução", "solução", "correção", "recuperação", "remediação", "contorno",
  "diagnosi", "indagine", "mitigazione", "risoluzione", "soluzione", "correzione", "ripristino",
  // Japanese, Chinese and Korean headings are one word of their own script ("調査", "対処")
  "調査", "診断", "切り分け", "原因調査", "対処", "対応", "復旧", "緩和", "暫定対処", "恒久対処",
  "排查", "诊断", "调查", "处理", "处置", "缓解", "恢复", "止损",
  "진단", "조사", "조치", "대응", "완화", "복구",
]);

// The stages of a procedure, done one after the other.
const STAGES = new Set([
  "prerequisites", "prerequisite", "preconditions", "preparation", "prepare", "before", "precheck", "prechecks", "pre",
  "execution", "execute", "procedure", "steps", "implementation", "instructions", "actions",
  "rollback", "roll", "backout", "revert",
  "verification", "verify", "validation", "validate", "postcheck", "postchecks", "post", "cleanup", "clean",
  // the same stages in the languages the importer reads
  "voraussetzungen", "vorbereitung", "vorher", "durchführung", "ausführung", "rückabwicklung", "überprüfung", "prüfung", "verifikation", "aufräumen",
  "prérequis", "préparation", "avant", "exécution", "vérification", "nettoyage",
  "requisitos", "prerrequisitos", "preparación", "ejecución", "reversión", "verificación", "limpieza",
  "preparação", "execução", "reversão", "verificação", "validação", // pt ("Pré-requisitos" reads as "pré")
  "prerequisiti", "preparazione", "esecuzione", "verifica", "pulizia", // it
]);

const DESCRIBES = new Set([
  "meaning", "impact", "summary", "overview", "description", "context", "background", "about", "purpose", "scope",
  "symptoms", "alert", "alerts", "severity", "escalation", "escalate", "notes", "note", "related", "references", "links",
  "see", "contacts", "contact", "owner", "owners", "ownership", "dashboards", "glossary", "faq", "history", "changelog",
  // who does what, and what never to do ("Don'ts" reads as "don")
  "roles", "role", "responsibilities", "don", "donts",
  // the same reference sections in the languages the importer reads
  "bedeutung", "auswirkung", "auswirkungen", "symptome", "signification", "symptômes", "significado", "impacto", "síntomas",
  "eskalation", "escalade", "escalado", "kontakte", "kontakt", "hinweise", "verweise", "liens", "enlaces", "contacto", "contactos",
  "sintomas", "escalonamento", "escalação", "contatos", "notas", "referências", // pt ("Significado", "Impacto" as in Spanish)
  "significato", "impatto", "sintomi", "contatti", "riferimenti", // it ("Escalation", "Note" as in English)
  "概要", "影響", "意味", "症状", "エスカレーション", "連絡先", "参考", "備考", "関連",
  "概述", "影响", "含义", "升级", "联系人", "备注",
  "개요", "영향", "의미", "증상", "에스컬레이션", "연락처", "참고",
]);

// "Phase 1 — Prepare", "Step 2: Deploy", "Stage 3", "Part IV", "Schritt 2", "Étape 3", "Paso 1":
// numbered stages of one procedure.
const PHASE = /^(?:phase|stage|step|part|day|wave|schritt|stufe|teil|étape|etape|fase|paso|etapa)\s+(?:\d+|[ivx]+)(?![\p{L}\p{N}])/iu;

/** Whether a heading names a numbered stage ("Phase 1 — Prepare", "Fase 2: Conciliación"). */
export const isPhaseName = (name: string): boolean => PHASE.test(name.trim());

/** A phase heading's own name, without its "Phase 1 —" label ("Fase 1: Preparación" → "Preparación"); "" when it has none. */
export const phaseSubject = (name: string): string => name.trim().replace(PHASE, "").replace(/^[\s:：.)–—-]+/u, "").trim();

const firstWord = (name: string): string =>
  /^\p{L}+/u.exec(
    name
      .trim()
      .toLowerCase()
      // A leading number or emoji ("1. Diagnosis", "🔍 Diagnosis") says nothing about the role.
      .replace(/^[^\p{L}]+/u, ""),
  )?.[0] ?? "";

// "Alert: DiskFull", "Alarm – QueueBacklog", "Alerte `RedisMemoryHigh`": the kind word followed
// by a name (after a colon or dash, or in code) names one alert, which is a scenario a responder
// handles, not a section describing the alerts.
const NAMED_ALERT = /^(?:alert|alarm|alerte|alerta|alarme)\s*(?:[:–—-]\s*\S|`)/i;

// Reference material named by what it holds, whatever word comes with it: "Useful commands",
// "Handy queries", "Nützliche Befehle", "Commandes utiles", "Enlaces útiles". Read from the first
// or the last word of a heading of at most three words, so "Run the commands on each node" (an
// instruction) is not taken for it.
const REFERENCE = new Set([
  "commands", "queries", "links", "dashboards", "references", "resources", "tools", "cheatsheet",
  "befehle", "kommandos", "abfragen", "commandes", "requêtes", "comandos", "consultas", "enlaces", "liens",
]);

function namesReference(name: string): boolean {
  const words = name.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length > 0 && words.length <= 3 && (REFERENCE.has(words[0]!) || REFERENCE.has(words.at(-1)!));
}

/** The role of a whole-document section named `name`, or undefined when the name is no section's (a scenario's title). */
export function sectionRole(name: string): SectionRole | undefined {
  if (PHASE.test(name.trim())) return "acts";
  if (NAMED_ALERT.test(name.trim())) return undefined;
  const word = firstWord(name);
  if (HANDLES.has(word) || STAGES.has(word)) return "acts";
  if (DESCRIBES.has(word) || namesReference(name) || namesReadingMatter(name)) return "describes";
  return undefined;
}

/** Whether a scenario's section holds the steps a drill walks through (the app's Diagnosis / Resolution, or any acting section). */
export const isActingSection = (name: string): boolean => {
  const kind = sectionKind(name);
  if (kind === "Diagnosis" || kind === "Resolution") return true;
  return kind === undefined && sectionRole(name) === "acts";
};

/**
 * Whether headings with these names are the sections of one runbook (alert, procedure or phases
 * layout) rather than its scenarios: every one is a known section and at least one is acted on.
 */
export function isWholeDocumentLayout(names: readonly string[]): boolean {
  const roles = names.map(sectionRole);
  return roles.length > 0 && roles.every((r) => r !== undefined) && roles.includes("acts") && !repeatsASection(names);
}

// A layout names each of its sections once: two headings opening with the same section word
// ("Roll back the application", "Roll back a database migration") are alternatives a responder
// picks between, i.e. scenarios. Numbered phases share their word by design and are exempt.
function repeatsASection(names: readonly string[]): boolean {
  const words = names.filter((name) => !PHASE.test(name.trim())).map(firstWord);
  return new Set(words).size < words.length;
}

/**
 * Whether a whole-document layout is one scenario made of its sections: an alert runbook (one of
 * its sections finds out or puts right: Diagnosis, Mitigation, Triage, …), or any layout with a
 * single acting section (the rest is reading matter about it). A procedure of two or more stages
 * (Prerequisites / Execution / Rollback / Verification, Phase 1 / Phase 2) is read one scenario
 * per stage instead.
 */
export function isOneScenarioLayout(names: readonly string[]): boolean {
  if (!isWholeDocumentLayout(names)) return false;
  const acting = names.filter((name) => sectionRole(name) === "acts");
  return acting.length < 2 || acting.some((name) => !PHASE.test(name.trim()) && HANDLES.has(firstWord(name)));
}
