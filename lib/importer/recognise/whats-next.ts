// "## What's next?", "## What happens now?", "## Hvad sker der nu?", "## Wie geht es weiter?", "## Co
// dalej?": a newsletter's, a report's or a README's forward look, asked as a question or announced.
// Everything else in such a document is news or background; this section lists what is going to be
// done, so its entries are work, though its heading has no task word. It names no priority: "next"
// here is only the writer's "from now on", not a roadmap's Next column (horizon-words.ts). Matched as
// the whole heading (a parenthesis or a separator and more may close it), so "What's next for the
// budget debate" in prose or "Nu en toen" stay what they are.

const PHRASES = [
  // en
  "what's next", "what is next", "what comes next", "what happens next", "what happens now", "what now", "what's coming", "what is coming",
  "what's ahead", "what is ahead", "coming up", "coming soon", "where we go from here", "where do we go from here", "next up for us",
  // de
  "wie geht es weiter", "wie geht's weiter", "wie gehts weiter", "was kommt als nächstes", "was kommt jetzt", "was steht an", "was passiert jetzt", "was passiert als nächstes",
  // fr, es, it, pt
  "et maintenant", "et ensuite", "et après", "la suite", "quelle suite", "ce qui nous attend", "ce qui arrive",
  "qué sigue", "y ahora qué", "y ahora", "qué viene ahora", "lo que viene", "qué pasa ahora",
  "e adesso", "e ora", "cosa succede ora", "cosa succede adesso", "cosa viene dopo", "cosa ci aspetta",
  "e agora", "o que vem a seguir", "o que vem por aí", "o que acontece agora", "o que nos espera",
  // nl, sv, da, nb, fi
  "hoe nu verder", "hoe verder", "wat nu", "wat komt er aan", "wat gebeurt er nu", "wat staat er op stapel",
  "vad händer nu", "vad händer härnäst", "vad händer sedan", "hur går vi vidare", "hvad sker der nu", "hvad sker der så", "hvad så nu", "hvad nu", "hvad er det næste",
  "hva skjer nå", "hva skjer videre", "hva skjer fremover", "hva nå", "veien videre", "mitä seuraavaksi", "mitä nyt", "mitä tapahtuu seuraavaksi",
  // pl, cs, sk, hu, ro, tr, el
  "co dalej", "co teraz", "co nas czeka", "co dál", "co bude dál", "co teď", "co nás čeká", "čo ďalej", "mi következik", "hogyan tovább", "ce urmează", "ce urmeaza",
  "sırada ne var", "şimdi ne olacak", "τι ακολουθεί", "τι γίνεται τώρα",
  // ru, uk
  "что дальше", "что теперь", "что нас ждёт", "что нас ждет", "що далі", "що тепер", "що на нас чекає",
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const ALT = [...PHRASES].sort((a, b) => b.length - a.length).map(escape).join("|");
/** The phrase, then nothing, a parenthesis, or a separator and anything. */
const WHATS_NEXT = new RegExp(`^(?:${ALT})(?![\\p{L}\\p{M}\\p{N}])[?!？！]?(?:\\s*[(（\\[][^)）\\]]{0,60}[)）\\]])?(?:$|\\s*[:：–—-])`, "u");

/** The heading's words: markup, a leading emoji, number or "¿" and closing punctuation gone, apostrophes straight, lower-cased. */
const words = (raw: string): string =>
  raw
    .replace(/[*_`]/g, "")
    .replace(/[’‘]/g, "'")
    .replace(/^[^\p{L}]{0,12}/u, "")
    .replace(/[^\p{L}\p{N})）\]]{0,8}$/u, "")
    .replace(/\s+/g, " ")
    .toLowerCase();

/** Whether a heading announces what is going to be done from here ("What's next?", "Hvad sker der nu?"). */
export const asksWhatsNext = (heading: string): boolean => WHATS_NEXT.test(words(heading.slice(0, 200)));
