// "## What we packed", "## What I learned", "## What we'd do differently", "## Was wir gelernt haben":
// a trip report's, a blog post's or a retrospective essay's sections recount what the writer did,
// took or found, or reflect on it. A list under such a heading is the story's detail (the gear that
// came along, the lessons), not work anyone is asked to do, though no heading in the document says
// "notes". Only the writer's own past or hindsight counts: "What we shipped" or "What we fixed" is a
// status update's done work (a state, read elsewhere), and "What we need" or "What to bring" asks.

/** English past tenses of taking, finding, learning and changing (not of finishing work: shipped, fixed, done). */
const PAST = [
  "packed", "took", "brought", "bought", "carried", "wore", "ate", "drank", "used", "saw", "found", "noticed", "learned", "learnt", "tried",
  "kept", "dropped", "changed", "liked", "loved", "hated", "missed", "spent", "paid", "got wrong", "got right", "still get wrong", "discovered", "read", "watched",
];
const ENGLISH = new RegExp(
  String.raw`^what\s+(?:we|i)(?:\s+(?:(?:actually|finally|really|also)\s+)?(?:${PAST.join("|")})|(?:\s+would|'d)\s+(?:do (?:differently|again)|change))(?![\p{L}])`,
  "iu",
);
/** The same in other languages: "Was wir gelernt haben", "Ce que nous avons appris", "Lo que aprendimos", "Vad vi packade". */
const OTHER = new RegExp(
  "^(?:" +
    [
      String.raw`was (?:wir|ich) (?:gelernt|eingepackt|mitgenommen|geändert|gesehen|entdeckt) (?:haben|habe)`,
      String.raw`was (?:wir|ich) anders machen würden?`,
      String.raw`ce que (?:nous avons|j'ai|on a) (?:appris|emporté|emmené|changé|vu|découvert)`,
      String.raw`ce que (?:nous ferions|je ferais) autrement`,
      String.raw`lo que (?:aprendimos|aprendí|llevamos|llevé|cambiamos|vimos|descubrimos)`,
      String.raw`lo que haría(?:mos)? (?:diferente|distinto)`,
      String.raw`(?:quello|cosa) che abbiamo (?:imparato|portato|cambiato|visto)`,
      String.raw`o que (?:aprendemos|aprendi|levamos|levei|mudamos|vimos)`,
      String.raw`wat (?:we|ik) (?:geleerd|meegenomen|ingepakt|veranderd|gezien) (?:hebben|heb)`,
      String.raw`vad (?:vi|jag) (?:packade|lärde oss|lärde mig|tog med|ändrade|såg)`,
      String.raw`hvad (?:vi|jeg) (?:pakkede|lærte|tog med|ændrede|så)`,
      String.raw`hva (?:vi|jeg) (?:pakket|lærte|tok med|endret|så)`,
      String.raw`czego się nauczyliśmy|co (?:zabraliśmy|spakowaliśmy)`,
      String.raw`что мы (?:взяли|узнали|поняли|изменили)|чему мы научились`,
    ].join("|") +
    String.raw`)(?![\p{L}])`,
  "iu",
);

/** The heading's words: markup, a leading emoji or number gone, apostrophes straight. */
const words = (raw: string): string =>
  raw
    .slice(0, 200)
    .replace(/[*_`]/g, "")
    .replace(/[’‘]/g, "'")
    .replace(/^[^\p{L}]{0,12}/u, "")
    .replace(/\s+/g, " ");

/** Whether a heading recounts the writer's own past or hindsight ("What we packed", "What I'd do differently"). */
export const recountsThePast = (heading: string): boolean => {
  const t = words(heading);
  return ENGLISH.test(t) || OTHER.test(t);
};
