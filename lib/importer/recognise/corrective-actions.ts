// An audit's nonconformity record ("### NC-02 (minor) — Clause 8.13 Backup" + "Evidence: …" +
// "Corrective action required: **Run and document a restore test**"): the heading names the clause
// that was breached, the labelled corrective action names the work. A careful reader takes the
// action as the item's title and keeps the clause, with the evidence, as its description. Only a
// label that says "corrective" or "required action" counts ("Recommendation:" or "Action:" alone
// are ordinary fields of a record whose heading is already the work), and only one such line:
// two actions in one record leave the heading as the title.

const NAMES = [
  "corrective action", "corrective actions", "required action", "required corrective action", "remedial action", "corrective measure",
  "korrekturmaßnahme", "korrekturmassnahme", "erforderliche maßnahme", "korrekturmaßnahme erforderlich", // de
  "action corrective", "action corrective requise", "action corrective demandée", "mesure corrective", // fr
  "acción correctiva", "acción correctiva requerida", "medida correctiva", // es
  "ação corretiva", "ação corretiva requerida", "acção correctiva", "medida corretiva", // pt
  "azione correttiva", "azione correttiva richiesta", "azioni correttive", "misura correttiva", // it
  "corrigerende maatregel", "corrigerende actie", "vereiste corrigerende maatregel", // nl
  "korrigerande åtgärd", "korrigerende handling", "korrigerende tiltak", "korjaava toimenpide", // sv, da/no, fi
  "działanie korygujące", "wymagane działanie korygujące", "nápravné opatření", "nápravné opatrenie", "helyesbítő intézkedés", // pl, cs, sk, hu
  "korektivna mjera", "korektivna mera", "korektivna radnja", "корективна мера", "корективна радња", // hr/bs, sr
  "корректирующее действие", "корректирующие действия", "коригувальна дія", "düzeltici faaliyet", "düzeltici eylem", // ru, uk, tr
  "是正処置", "是正措置", "纠正措施", "糾正措施", "시정 조치", "시정조치", // ja, zh, ko
  "tindakan pembetulan", "tindakan korektif", "hành động khắc phục", "الإجراء التصحيحي", "פעולה מתקנת", "διορθωτική ενέργεια", "सुधारात्मक कार्रवाई", // ms, id, vi, ar, he, el, hi
];

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const ALT = [...NAMES].sort((a, b) => b.length - a.length).map(escape).join("|");
// The label (bold or not, one qualifying word like "required" or a parenthesis like "(required)"), a colon, then the action, bold or not.
const LINE = new RegExp(`^[ \\t]*(?:[-*+][ \\t]+)?(?:\\*\\*|__)?(?:${ALT})(?:[ \\t]+\\p{L}{2,16})?(?:[ \\t]*\\([^()\\n]{1,30}\\))?[ \\t]*(?:[:：][ \\t]*(?:\\*\\*|__)?|(?:\\*\\*|__)[ \\t]*[:：][ \\t]*)(\\S[^\\n]{0,300})$`, "iu");

/** The one corrective action a record's description names, as a clean line; null when none or several. */
export function correctiveActionOf(description: string): { action: string; line: string } | null {
  if (!description) return null;
  let found: { action: string; line: string } | null = null;
  for (const line of description.split("\n")) {
    if (line.length > 400) continue;
    const m = line.match(LINE);
    if (!m) continue;
    if (found) return null;
    const action = m[1]!.replace(/(?:\*\*|__)/g, "").replace(/[ \t]+$/, "").trim();
    // "None required", "—": a record that needs no action keeps its heading.
    if (!/\p{L}.*\p{L}/u.test(action) || action.split(/\s+/).length < 2) continue;
    found = { action, line };
  }
  return found;
}

/**
 * A record's title and description once its corrective action is read: the action becomes the title,
 * the heading's words open the description. Unchanged when the record names no single action.
 */
export function withCorrectiveAction(title: string, description: string): { title: string; description: string } {
  const found = correctiveActionOf(description);
  if (!found) return { title, description };
  const rest = description
    .split("\n")
    .filter((l) => l !== found.line)
    .join("\n")
    .trim();
  return { title: found.action.replace(/[.。]$/u, ""), description: [title, rest].filter(Boolean).join("\n\n") };
}
