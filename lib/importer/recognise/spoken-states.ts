import type { ItemStatus } from "../types";

// State words said as a remark after an entry, in languages and forms the vocabulary lacked: Swahili's
// verb forms ("— yanaendelea", "✔ imekamilika", "— imeahirishwa"), Arabic's bare "جارٍ" (under way),
// Hindi's "हो गई" (got done) and "बात चल रही है" (talks are going on), Thai's "ทำไป" (done so far, "ทำไป
// 60%"), and Lithuanian tracker states ("būsena::vykdoma", "laukiam …"). Data only:
// world-status-words.ts merges them into the vocabulary; the readers decide where a word counts.
// Postponed reads as won't do, as the vocabulary reads "postponed" (README "Done and status").

export const SPOKEN_STATUS_WORDS: Record<ItemStatus, string[]> = {
  wont_do: [
    "imeahirishwa", "imefutwa", "imeghairiwa", // sw (postponed, deleted, cancelled)
    "atmesta", "atmestas", "atšaukta", "atidėta", // lt (rejected, cancelled, postponed)
  ],
  blocked: [
    "laukiama", "laukiam", "laukiame", "blokuota", "blokuotas", // lt (awaited, we wait, blocked)
    "kinasubiriwa", "inasubiriwa", "linasubiriwa", "yanasubiriwa", "vinasubiriwa", "zinasubiriwa", "tunasubiri", // sw (is awaited, we wait)
  ],
  in_progress: [
    "yanaendelea", "inaendelea", "unaendelea", "zinaendelea", "linaendelea", "kinaendelea", "vinaendelea", // sw (noun classes of "is going on")
    "جارٍ", "جار", "جاري", "جارية", // ar (under way)
    "चल रहा है", "चल रही है", "चल रहे हैं", "बात चल रही है", "अभी बात चल रही है", // hi
    "ทำไป", // th ("done so far": "ทำไป 60%")
    "vykdoma", "vykdomas", "daroma", // lt
  ],
  not_started: [
    "haijaanza", "bado haijaanza", // sw
    "nepradėta", "nepradėtas", // lt
  ],
  done: [
    "imekamilika", "imekamilishwa", "imefanyika", "imekwisha", // sw
    "हो गई", "हो गया", "हो गए", // hi
    "atlikta", "atliktas", "užbaigta", "baigta", "padaryta", // lt
  ],
};
