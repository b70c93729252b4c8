// Now / Next / Later roadmaps and MoSCoW lists, in the languages the importer reads. A heading that
// is one of these words ("## Adesso (dicembre)", "### Måste ha", "## Más adelante", "## מתישהו")
// ranks the entries under it exactly as its English word does (README priority conventions: Now and
// Must P0, Next and Should P1, Later and Could P2, Someday and Won't have P3). Data only: priority.ts
// decides where a word counts (a heading or a cell that is the word alone, or the word then a
// parenthesis, a colon or a dash), so "Nächste Schritte" or "Ora di pranzo" stay topics.
//
// The MoSCoW words are the translations teams write in requirement lists (German "Muss / Soll / Kann",
// Swedish "Måste ha / Bör ha / Kan ha", French "Doit avoir", Spanish "Debe tener" …); the Now / Next /
// Later words are the adverbs a roadmap's columns use. Only Won't *have* is P3: a "won't do" list
// says what is dropped (a status, recognise/state-sections.ts), not a rank.

export type HorizonLabel = "Immediate" | "Short term" | "Medium term" | "Long term" | "Won't have";

export const MORE_HORIZON_WORDS: Record<HorizonLabel, string[]> = {
  Immediate: [
    // now
    "jetzt", "maintenant", "ahora", "adesso", "agora", "nu", "teraz", "сейчас", "зараз", "şimdi", "지금", "bây giờ", "sekarang", "τώρα", "עכשיו", "الآن", "अभी", "तुरंत", "फ़ौरन", "फौरन",
    "teď", "nyní", "hneď", // cs, sk (Teď / Příště / Později: a Czech roadmap's three columns)
    // must (have)
    // urgent (th, bn): a heading of the word alone ranks its entries as "Urgent" does
    "เร่งด่วน", "ด่วน", "ด่วนมาก", "জরুরি", "এখনই",
    // urgent ones (fi): a board's "Kiireelliset" (plural of "kiireellinen") heads its urgent group
    "kiireelliset", "kiireellinen", "kiireiset",
    "muss", "muss haben", "måste ha", "måste", "må ha", "skal ha", "moet hebben", "doit avoir", "debe tener", "deve avere", "deve ter", "musi mieć", "musi być", "должно быть",
  ],
  "Short term": [
    // next
    "als nächstes", "als nächstes dran", "prochainement", "ensuite", "siguiente", "a continuación", "prossimo", "prossimi", "prossimamente", "a seguire", "próximo", "próximos", "em seguida",
    "volgende", "hierna", "nästa", "härnäst", "następne", "następnie", "далее", "дальше", "следующее", "далі", "sonraki", "sıradaki", "다음", "tiếp theo", "selanjutnya", "berikutnya",
    "επόμενα", "επόμενο", "הבא", "הבאים", "التالي", "التالية", "अगला", "अगले",
    "příště", "následně", "nabudúce", // cs, sk
    "næste", "neste", // da, no (Nu / Næste / Senere: a Danish roadmap's three columns)
    // should (have)
    "ระยะสั้น", "ถัดไป", "স্বল্পমেয়াদি", "পরবর্তী", // th, bn
    "soll", "soll haben", "sollte", "bör ha", "bør ha", "bör", "zou moeten hebben", "devrait avoir", "debería tener", "dovrebbe avere", "deveria ter", "powinien mieć", "powinno być",
  ],
  "Medium term": [
    // later
    "später", "plus tard", "más adelante", "más tarde", "più avanti", "più tardi", "mais tarde", "mais adiante", "depois", "senare", "senere", "나중에", "後で", "あとで", "稍后", "以后",
    "později", "neskôr", // cs, sk
    // could (have)
    "ระยะกลาง", "ภายหลัง", "মধ্যমেয়াদি", // th, bn
    "kann", "kann haben", "kan ha", "kunne ha", "kan hebben", "zou kunnen hebben", "pourrait avoir", "podría tener", "potrebbe avere", "poderia ter", "mógłby mieć", "może być",
  ],
  "Long term": [
    // someday
    "irgendwann", "eines tages", "un jour", "un de ces jours", "algún día", "algun dia", "prima o poi", "un giorno", "algum dia", "um dia", "ooit", "någon gång", "en dag", "kiedyś",
    "ระยะยาว", "สักวัน", "দীর্ঘমেয়াদি", "nekoč", "nekega dne", "jednou", "někdy", "joskus", "valamikor", "cândva", // th, bn, sl, cs, fi, hu, ro
    "bir gün", "언젠가", "いつか", "有一天", "một ngày nào đó", "một lúc nào đó", "suatu hari", "kapan-kapan", "κάποτε", "κάποια στιγμή", "מתישהו", "किसी दिन",
  ],
  "Won't have": [
    "kommer inte att ha", "kommer inte ha", "vil ikke ha", "wird nicht", "wird nicht umgesetzt", "n'aura pas", "ne sera pas", "no tendrá", "no tendra", "non avrà", "non avra", "não terá", "nao tera",
    "zal niet hebben", "zal niet", "nie będzie", "не будет",
  ],
};
