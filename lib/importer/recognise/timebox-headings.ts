// A plan's time boxes in any language: "Giai đoạn 4: Dọn dẹp", "Fase 2 — Piloto", "Этап 3",
// "Aşama 1", "שלב 2", "المرحلة 3", "Φάση 1", "चरण 2", "Tahap 2". A heading that opens with one (and
// its number) is a part of the plan whose lists are its work, as "Phase 2: Cutover" is in English.

/** Words for phase, stage and step, beside the English ones sections.ts reads. */
export const TIMEBOX_WORDS = [
  "fase", "etapa", "étape", "jalon", "hito", "tappa", "meilenstein", "stufe", "schritt", "welle", "etap", "faza", "krok", "этап", "етап", "фаза", "шаг", "крок", "спринт",
  "vaihe", "steg", "fas", "etappe", "mijlpaal", "stap", "giai đoạn", "tahap", "fáze", "aşama", "evre", "שלב", "المرحلة", "مرحلة", "φάση", "στάδιο", "चरण",
];
const WORDS = [...TIMEBOX_WORDS].sort((a, b) => b.length - a.length).join("|");
/** The word, a number (arabic or roman), then a break: "Fase 2:", "Giai đoạn 4 —", "Этап 3.". */
const OPENS = new RegExp(`^[^\\p{L}\\p{N}]*(?:${WORDS})\\s+(?:\\d{1,3}|[ivx]{1,5})(?![\\p{L}\\p{N}])`, "iu");

/**
 * "M2 — Sync (Dec)", "M3: Pilot": a spec's milestones numbered by a capital M, then a separator and
 * the milestone's name (a bare "M2" or "M1 Garand" names a thing, not a milestone).
 */
const MILESTONE_CODE = /^[^\p{L}\p{N}]*M\d{1,2}\s*[—–:-]\s*\p{L}/u;

/** The heading opens with a time box of the plan, in any language of the list. */
export function opensWithTimebox(raw: string): boolean {
  const t = raw.trim();
  return OPENS.test(t) || MILESTONE_CODE.test(t);
}
