import type { HorizonLabel } from "./horizon-words";

// Urgency and horizon words of Finnish, Estonian, Hungarian and Romanian plans, which the other
// vocabularies did not yet cover. A board's list in these languages sorts its work under headings
// such as "## Kiireelliset" (the urgent ones), "## Myöhemmin" (later), "## Sürgős" (urgent),
// "## Pe termen lung" (long term): each ranks its entries as the English word does (README priority
// conventions: Urgent / Now P0, Short term / Next P1, Later P2, Long term P3). Data only: priority.ts
// reads a word only as a whole heading, or before a parenthesis, a colon or a dash, so "Seuraavat
// askeleet" (next steps) or "Pitkän aikavälin suunnitelma" (the long-term maintenance plan, a named
// document) stay topics.
//
// Finnish adjectives are written in the plural when they head a group ("Kiireelliset", the urgent
// [matters]), so both numbers are listed.

export const URALIC_ROMANIAN_HORIZON_WORDS: Record<Exclude<HorizonLabel, "Won't have">, string[]> = {
  Immediate: [
    "kiireelliset", "kiireellinen", "kiireellisimmät", "heti", "nyt", "välittömästi", // fi
    "kiireelised", "kiireloomulised", "kohe", "kohe praegu", "nüüd", // et
    "sürgős", "sürgősek", "azonnal", "azonnali", // hu
    "urgente", "imediat", "acum", // ro
  ],
  "Short term": [
    "seuraavaksi", "lähiaikoina", "lyhyellä aikavälillä", "lyhyen aikavälin", // fi
    "järgmisena", "järgmiseks", "lähiajal", "lühiajalised", // et
    "következőként", "rövid távon", "rövid távú", "rövid táv", // hu
    "în curând", "urmează", "pe termen scurt", // ro
  ],
  "Medium term": [
    "myöhemmin", "keskipitkällä aikavälillä", // fi
    "hiljem", "keskpikas perspektiivis", // et
    "később", "középtávon", "középtávú", "középtáv", // hu
    "mai târziu", "mai tarziu", "pe termen mediu", // ro
  ],
  "Long term": [
    "pitkällä aikavälillä", "joskus myöhemmin", // fi
    "kunagi", "pikaajalised", // et
    "hosszú távon", "hosszú távú", "hosszú táv", // hu
    "pe termen lung", "cândva", "candva", // ro
  ],
};
