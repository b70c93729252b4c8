// "### Bet: Hermetic builds for the backend", "### Initiative: SSO for admins", "### Iniciativa:
// pagos con Pix": a planning document's records open with the kind of record they are (a Shape Up
// bet, a roadmap initiative, an epic), as a tracker export's "Card: …" does (title-parts.ts). The
// kind word is the same on every record; the name is what follows it.

const KINDS = [
  "bet", "big bet", "small bet", "initiative", "epic", "theme", "workstream", "work stream",
  "initiative", "vorhaben", "wette", // de ("Initiative" as in English)
  "chantier", "pari", // fr ("Initiative" as in English)
  "iniciativa", "apuesta", "aposta", "iniziativa", "scommessa", "initiatief", "inicjatywa", "инициатива", "ініціатива",
];

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const KIND_LABEL = new RegExp(`^(?:${[...new Set(KINDS)].map(escape).sort((a, b) => b.length - a.length).join("|")})\\s*(?::\\s+|：\\s*)(?=\\S)`, "iu");

/** A record heading's title without its kind label ("Bet: Hermetic builds" → "Hermetic builds"); unchanged otherwise. */
export const withoutRecordKind = (title: string): string => title.replace(KIND_LABEL, "");
