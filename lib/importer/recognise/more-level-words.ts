import type { ItemStatus } from "../types";

// Priority levels and status words of languages the main vocabulary (vocabulary.ts) did not yet
// cover: Serbian, Croatian, Bosnian and Montenegrin (Latin and Cyrillic), Slovenian, Macedonian and
// Bulgarian, Malay, Tagalog/Filipino and Welsh, as Jira's and Redmine's localised UIs and the plans written in them say
// them ("Prioritet: Visok", "Status: U toku", "Keutamaan: Sederhana"), and the feminine Italian
// states of an audit's "non conformità" ("aperta", "chiusa"). Data only: vocabulary.ts merges them.

type Level = "Critical" | "High" | "Medium" | "Low";

export const MORE_LEVEL_WORDS: Record<Level, string[]> = {
  Critical: [
    "hitno", "hitan", "hitna", "kritično", "kritičan", "kritična", "najviši", "najviša", "najvišji", "najvišja", "nujno", "kritičen", // sr/hr/bs, sl
    "хитно", "хитан", "хитна", "критичан", "највиши", "највиша", "итно", "итен", "спешно", "спешен", "критичен", "най-висок", "най-висока", // sr Cyrillic, mk, bg
    "kritikal", "sangat tinggi", // ms
    "kritikal na", "napakataas", "pinakamataas", // tl
    "critigol", "argyfyngus", // cy
  ],
  High: [
    "visok", "visoka", "visoko", "visoki", "visoke", // sr/hr/bs/sl
    "висок", "висока", "високо", "високи", // sr Cyrillic, mk, bg
    "mataas", // tl
    "uchel", // cy
  ],
  Medium: [
    "srednji", "srednja", "srednje", "normalan", "normalna", "srednjo", // sr/hr/bs, sl
    "средњи", "средња", "средње", "нормалан", "среден", "средна", "средно", // sr Cyrillic, mk, bg
    "sederhana", // ms
    "katamtaman", "karaniwan", // tl
    "canolig", // cy
  ],
  Low: [
    "nizak", "niska", "nisko", "niski", "niske", "nizek", "nizka", "nizko", "najniži", "najniža", // sr/hr/bs, sl
    "низак", "ниска", "ниско", "ниски", "низок", "нисък", "најнижи", // sr Cyrillic, mk, bg
    "mababa", // tl
    "isel", // cy
  ],
};

/** "Keutamaan" (ms), "Prioriteta" (sl), "Prednost" (hr/sl): a priority column or field. */
export const MORE_PRIORITY_NOUNS = ["keutamaan", "prioriteta", "prednost", "prioritetu", "prayoridad", "priyoridad", "blaenoriaeth"]; // … tl, cy

export const MORE_STATUS_WORDS: Record<ItemStatus, string[]> = {
  wont_do: [
    "odustali smo", "odustalo se", "odustato", "otkazano", "odbačeno", "odbijeno", "prihvaćen rizik", "rizik prihvaćen", "neće se raditi", // sr/hr/bs
    "preklicano", "opuščeno", "sprejeto tveganje", "ne bomo", // sl ("ne bomo": we won't)
    "отказано", "одбачено", "одустали смо", "прихваћен ризик", "отменено", "приет риск", // sr Cyrillic, bg
    "risiko diterima", "tidak akan dilaksanakan", // ms
    "kinansela", "kanselado", "hindi na itutuloy", // tl
    "wedi'i ganslo", "wedi canslo", // cy
  ],
  blocked: [
    "blokirano", "na čekanju", "čeka se", "na čakanju", "čeka na", "čaka na", // sr/hr/bs, sl ("waits for")
    "блокирано", "на чекању", "изчаква", // sr Cyrillic, bg
    "tertangguh", "disekat", // ms
    "nakabinbin", "naghihintay", "hinihintay", // tl
    "wedi'i rwystro", "yn aros", // cy
  ],
  in_progress: [
    "u toku", "u tijeku", "u izradi", "u radu", "u obradi", "v teku", "v delu", "v izdelavi", // sr/hr/bs, sl
    "у току", "у изради", "у раду", "в процес", "в ход", "во тек", // sr Cyrillic, bg, mk
    "sedang dijalankan", "dalam tindakan", "sedang dilaksanakan", // ms
    "ginagawa pa", "ginagawa", "kasalukuyang ginagawa", "sinimulan na", // tl
    "ar waith", "ar y gweill", "yn mynd rhagddo", // cy
    "in corso di risoluzione", // it
  ],
  not_started: [
    "nije započeto", "nije započet", "nije započeta", "nije počelo", "otvoreno", "planirano", "ni začeto", "odprto", "načrtovano", // sr/hr/bs, sl
    "није започето", "отворено", "планирано", "не е започнато", "планирано", // sr Cyrillic, bg
    "belum bermula", "belum dimulakan", // ms
    "hindi pa nasisimulan", "hindi pa nagsisimula", "hindi pa sinisimulan", // tl
    "heb ddechrau", "heb gychwyn", // cy
    "aperta", "aperte", "aperti", // it: feminine and plural of "aperto"
  ],
  done: [
    "završeno", "završen", "završena", "urađeno", "izvršeno", "riješeno", "rešeno", "zatvoreno", "končano", "opravljeno", "zaključeno", // sr/hr/bs, sl
    "завршено", "урађено", "решено", "затворено", "завършено", "приключено", "изпълнено", "направено", "завршено", // sr Cyrillic, bg, mk
    "telah siap", "sudah siap", "selesai dilaksanakan", // ms
    "tapos na", "natapos na", "nagawa na", // tl
    "wedi'i gwblhau", "wedi ei gwblhau", "wedi gorffen", "cwblhawyd", // cy
    "chiusa", "chiuse", "chiusi", "completata", "completate", "risolta", // it: feminine and plural
  ],
};
