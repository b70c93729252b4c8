// "Audit SEO des balises `<title>` et `meta description`", "Migrar de `moment` a `dayjs`",
// "Umstieg von `npm` auf `pnpm`": a code span after a conjunction or a preposition is the object
// of the sentence, not a label closing the title. entry.ts knew the English words ("and", "into",
// "with"); these are the same function words in the other languages of the vocabulary
// ("Hero obrázky jako AVIF s `srcset`": Czech "s" is "with").

const WORDS = [
  "et", "ou", "de", "du", "des", "la", "le", "les", "avec", "pour", "dans", "sur", "sans", "par", "en", "au", "aux", "vers", "à", // fr
  "und", "oder", "mit", "für", "von", "zu", "zum", "zur", "im", "auf", "ohne", "der", "die", "das", "den", "dem", "nach", // de
  "y", "o", "con", "para", "del", "sin", "por", "el", "los", "las", "a", // es
  "e", "con", "per", "di", "della", "dello", "su", "senza", "al", "alla", "il", "lo", "da", // it
  "ou", "com", "do", "da", "em", "no", "na", "sem", "ao", // pt
  "en", "of", "met", "voor", "van", "naar", "op", "zonder", "het", // nl
  "och", "eller", "med", "för", "av", "till", "på", "utan", // sv
  "i", "lub", "z", "ze", "dla", "na", "w", "do", "bez", // pl
  "и", "или", "с", "для", "в", "на", "из", "без", // ru
  "і", "й", "та", "або", "з", "із", "зі", "у", "до", "від", "через", // uk
  "s", "se", "a", "nebo", "pro", "z", "ze", "v", "ve", "na", "do", "od", "k", "ke", "bez", "přes", "pomocí", "alebo", "pre", "cez", // cs, sk
];

const SENTENCE_GOES_ON = new RegExp(`(?:^|[\\s(])(?:${[...new Set(WORDS)].join("|")})\\s*$`, "iu");

/** Whether the text before a trailing code span ends in a word that makes the span part of the sentence. */
export function sentenceGoesOn(before: string): boolean {
  return SENTENCE_GOES_ON.test(before);
}
