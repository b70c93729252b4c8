// The sections of an investor update, a monthly status mail or a team newsletter: "Numbers", "Wins",
// "Highlights", "Lowlights", "Asks". The first ones report (the figures, what went well, what went
// badly): news, not work, though the entries look like a plan's ("Signed the Arla pilot", "Probe v3
// slipped to February"). "Asks" is the one section that asks the readers for something (intros, a
// hire, advice): the work of the update. A careful reader reads the sections so; matched as the whole
// heading or bold label (a parenthesis or a colon may close it), in the languages the importer reads.

const NEWS = [
  "numbers", "the numbers", "key numbers", "by the numbers", "wins", "big wins", "recent wins", "highlights", "lowlights", "low lights", "misses",
  "losses", "good news", "bad news", "shout-?outs", "kudos", "the good", "the bad", "what went badly",
  "zahlen", "kennzahlen", "erfolge", "highlights und lowlights", "tiefpunkte", "chiffres", "chiffres clés", "succès", "points forts", "points faibles",
  "cifras", "números", "logros", "éxitos", "aspectos destacados", "numeri", "successi", "cijfers", "successen", "siffror", "framgångar", "tall", "tal", "nøgletal", "nyckeltal",
];
const ASKS = [
  "asks", "our asks", "the ask", "the asks", "asks for you", "asks of you", "how you can help", "ways you can help", "where you can help", "where we need help",
  "bitten", "unsere bitten", "wie ihr helfen könnt", "wie sie helfen können", "demandes", "nos demandes", "comment nous aider", "peticiones", "cómo puedes ayudar",
  "richieste", "come potete aiutarci", "pedidos", "como você pode ajudar", "verzoeken", "hoe je kunt helpen", "önskemål", "hur du kan hjälpa", "hvordan du kan hjælpe", "hvordan du kan hjelpe",
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const whole = (words: string[]) =>
  new RegExp(`^(?:${[...words].sort((a, b) => b.length - a.length).map((w) => (w.includes("?") ? w : escape(w))).join("|")})(?:\\s*\\([^()]{0,60}\\))?$`, "iu");
const NEWS_HEADING = whole(NEWS);
const ASKS_HEADING = whole(ASKS);

const words = (heading: string) =>
  heading
    .slice(0, 200)
    .replace(/[*_`]/g, "")
    .replace(/[’‘]/g, "'")
    .replace(/^[^\p{L}]+/u, "")
    .replace(/[\s.:：!🎉]+$/u, "")
    .replace(/\s+/g, " ")
    .trim();

/** What an update's section heading says of its entries: "tasks" (Asks), "notes" (Numbers, Wins), or null. */
export function updateSectionKind(heading: string): "tasks" | "notes" | null {
  const t = words(heading);
  if (ASKS_HEADING.test(t)) return "tasks";
  return NEWS_HEADING.test(t) ? "notes" : null;
}

/** Whether a heading is an update's "Asks" (a question under it is an ask, not an open question). */
export const asksTheReaders = (heading: string): boolean => ASKS_HEADING.test(words(heading));
