// Which single-byte code page a file that is not UTF-8 was saved in: Windows-1252 (Western
// European) or Windows-1250 (Central European: Polish, Czech, Slovak, Hungarian, Croatian, Slovene,
// Romanian). The two share their ASCII half and most of their accented letters, so a Hungarian "ő"
// saved as 1250 reads as "õ" in 1252 and a Czech "ř" as "ø". A person knows the page by the language:
// the letters of a text belong to one alphabet. Each reading is scored by how many of its accented
// letters no single language's alphabet holds; the Central European page wins only when it fits
// strictly better (a German file with ä, ö, ü and ß reads the same in both and stays 1252).

/** The accented lower-case letters of each language written in these pages. */
const ALPHABETS: readonly string[] = [
  "äöüß", // de
  "àâæçéèêëîïôœùûüÿ", // fr
  "áéíñóúü", // es
  "áâãàçéêíóôõú", // pt
  "àèéìíîòóù", // it
  "àçèéíïòóúü", // ca
  "æøåéó", // da, no
  "åäöé", // sv
  "äöåšž", // fi
  "áðéíóúýþæö", // is
  "õäöüšž", // et
  "ëïéèáóöü", // nl
  "áčďéěíňóřšťúůýž", // cs
  "áäčďéíĺľňóôŕšťúýž", // sk
  "ąćęłńóśźż", // pl
  "áéíóöőúüű", // hu
  "ăâîşţșț", // ro
  "čćđšž", // hr, bs, sr (Latin)
  "čšž", // sl
];

/** How many accented letters of the text fall outside the alphabet that fits it best (0: one language holds them all). */
export function alphabetMisfit(text: string): number {
  const counts = new Map<string, number>();
  for (const ch of text.toLowerCase()) {
    if (ch <= "\u007f" || !/\p{L}/u.test(ch)) continue;
    counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  // Punctuation a Central European letter becomes in the other page ("ł" → "³", "ą" → "¹") counts against it too.
  const strays = [...text].filter((ch, i, all) => /[¹³¿ª�º¥£¦¼¾]/u.test(ch) && /\p{L}/u.test(all[i - 1] ?? "") && /\p{L}/u.test(all[i + 1] ?? "")).length;
  if (counts.size === 0) return strays;
  let best = Infinity;
  for (const alphabet of ALPHABETS) {
    let outside = 0;
    for (const [ch, n] of counts) if (!alphabet.includes(ch)) outside += n;
    best = Math.min(best, outside);
  }
  return best + strays;
}

/** Whether the Windows-1250 reading of a file fits one language's alphabet strictly better than the Windows-1252 reading. */
export function prefersCentralEuropean(western: string, central: string): boolean {
  return alphabetMisfit(central) < alphabetMisfit(western);
}
