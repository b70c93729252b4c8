import type { ItemStatus } from "../types";
import { SPOKEN_STATUS_WORDS } from "./spoken-states";

// Status words of Tagalog, Welsh, Tamil (a Trello board's "செய்ய வேண்டியவை" / "முடிந்தது" lists) and Icelandic ("búið", "í vinnslu"), as plans written in them say an item's state in a status column
// or field ("Katayuan: Tapos na", "Statws: Ar waith"). They come with those languages' priority words
// (world-level-words.ts): a table read for its priority needs its state too. Data only:
// status-vocabulary.ts merges them, with the remark forms of recognise/spoken-states.ts.

export const WORLD_STATUS_WORDS: Record<ItemStatus, string[]> = {
  wont_do: ["ரத்து", "ரத்து செய்யப்பட்டது", "kinansela", "kanselado", "hindi na itutuloy", "wedi'i ganslo", "wedi’i ganslo", "wedi'i ollwng", "wedi’i ollwng", "hætt við", "fellt niður", ...SPOKEN_STATUS_WORDS.wont_do], // ta, tl, cy, is
  blocked: ["தடைப்பட்டது", "காத்திருக்கிறது", "naka-hold", "nakabinbin", "naantala", "wedi'i rwystro", "wedi’i rwystro", "wedi'i atal", "wedi’i atal", "í bið", ...SPOKEN_STATUS_WORDS.blocked],
  in_progress: ["நடந்து கொண்டிருக்கிறது", "நடைபெறுகிறது", "செயல்பாட்டில்", "ginagawa pa", "ginagawa", "kasalukuyang ginagawa", "isinasagawa", "ar waith", "ar y gweill", "yn mynd rhagddo", "í vinnslu", ...SPOKEN_STATUS_WORDS.in_progress],
  not_started: ["செய்ய வேண்டியவை", "செய்ய வேண்டியது", "தொடங்கவில்லை", "hindi pa nasisimulan", "hindi pa sinisimulan", "hindi pa nagsisimula", "heb ddechrau", "heb ei ddechrau", "ekki hafið", ...SPOKEN_STATUS_WORDS.not_started],
  done: ["முடிந்தது", "முடிந்தவை", "நிறைவடைந்தது", "tapos na", "natapos", "nakumpleto", "wedi'i gwblhau", "wedi’i gwblhau", "wedi gorffen", "wedi'i orffen", "wedi’i orffen", "cwblhawyd", "búið", "lokið", "klárað", ...SPOKEN_STATUS_WORDS.done],
};
