// Priority nouns and level words of languages the vocabulary did not yet cover, as plans written in
// them say "Priority: high": Basque ("Lehentasuna: altua"), Urdu ("ترجیح: زیادہ"), Persian
// ("اولویت: بالا"), Georgian ("პრიორიტეტი: მაღალი"), Swahili ("Kipaumbele: Juu"), Marathi
// ("प्राधान्य: उच्च"), Tagalog ("Prayoridad: Mataas") and Welsh ("Blaenoriaeth: Uchel"), Icelandic ("Mikilvægi: mikið"), plus the
// missing Malay low ("rendah" is shared with Indonesian and already read). Data only: vocabulary.ts
// merges them, and the readers decide where a level word counts (beside a noun, in a priority column).

type Level = "Critical" | "High" | "Medium" | "Low";

export const WORLD_LEVEL_WORDS: Record<Level, string[]> = {
  Critical: [
    "kritikoa", "larria", "premiazkoa", // eu
    "فوری", "انتہائی زیادہ", // ur
    "بحرانی", "خیلی بالا", // fa
    "კრიტიკული", "გადაუდებელი", "უმაღლესი", // ka
    "dharura", "juu sana", // sw
    "तातडीचे", "अतितातडीचे", // mr
    "kritikal", "apurahan", "pinakamataas", // tl
    "critigol", "brys", "uchaf", // cy
    "kritinis", "kritinė", "skubus", "skubi", "skubu", // lt
    "அவசரம்", "மிக அவசரம்", "முக்கியமானது", // ta (urgent, very urgent, critical)
    "áríðandi", "brýnt", "mjög mikið", // is
  ],
  High: [
    "altua", "handia", // eu
    "زیادہ", "اعلیٰ", // ur
    "بالا", "زیاد", // fa
    "მაღალი", // ka
    "juu", // sw
    "mataas", // tl
    "uchel", // cy
    "aukštas", "aukšta", "aukštasis", // lt
    "உயர்", "அதிகம்", // ta
    "mikið", "hátt", // is
  ],
  Medium: [
    "ertaina", // eu
    "درمیانی", "درمیانہ", // ur
    "متوسط", // fa
    "საშუალო", // ka
    "wastani", "kati", // sw
    "katamtaman", "karaniwan", // tl
    "canolig", // cy
    "vidutinis", "vidutinė", // lt
    "நடுத்தரம்", "நடுத்தர", // ta
    "miðlungs", // is
  ],
  Low: [
    "baxua", "txikia", // eu
    "کم", // ur
    "پایین", "کم", // fa
    "დაბალი", // ka
    "chini", // sw
    "कमी", // mr
    "mababa", // tl
    "isel", // cy
    "žemas", "žema", // lt
    "குறைவு", "குறைந்த", // ta
    "lítið", "lágt", // is
  ],
};

/** "Lehentasuna", "ترجیح", "اولویت", "პრიორიტეტი", "Kipaumbele", "प्राधान्य", "Prayoridad", "Blaenoriaeth". */
export const WORLD_PRIORITY_NOUNS = [
  "lehentasuna", "lehentasun", "ترجیح", "اولویت", "პრიორიტეტი", "kipaumbele", "प्राधान्य", "प्राधान्यक्रम", "prayoridad", "priyoridad", "blaenoriaeth", "prioritetas", // lt
  "முன்னுரிமை", // ta
  "forgangur", "forgangsröðun", "mikilvægi", // is
];
