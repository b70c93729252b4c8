import type { FoundItem } from "../context";
import { findPriorityLabel, horizonLabel } from "../priority";

// What a board or a to-do note writes after a card's words that is no part of what to do: the sticky
// note's colour ("(yellow)", "(жёлт.)", "(gelb)") when the document marks several cards so, an urgency
// shouted after the card ("!!! urgent", "срочно!!"), the count of parts done on a card under way ("(3 of
// 5)", "(van 3 de 5)"), and the reason a card was given up ("(the line is no longer being moved)").
// A reader takes the urgency as the priority and the rest as remarks.

/** Colour words in the languages of the vocabulary (the full word; an abbreviation is a prefix of one with a dot). */
const COLOURS = [
  "yellow", "pink", "green", "blue", "red", "orange", "purple", "violet", "white", "grey", "gray", "lilac", "magenta", "cyan",
  "gelb", "rosa", "grün", "gruen", "blau", "rot", "lila", "weiß", "weiss", // de
  "jaune", "rose", "vert", "verte", "bleu", "bleue", "rouge", "violette", "blanc", "blanche", // fr
  "amarillo", "amarilla", "verde", "azul", "rojo", "roja", "naranja", "morado", "morada", "blanco", "blanca", // es
  "giallo", "gialla", "blu", "rosso", "rossa", "arancione", "viola", "bianco", "bianca", // it
  "amarelo", "amarela", "vermelho", "vermelha", "laranja", "roxo", "roxa", "branco", "branca", // pt
  "geel", "roze", "groen", "blauw", "rood", "oranje", "paars", "wit", // nl
  "gul", "grön", "blå", "röd", "vit", "gule", "grønn", "grøn", "rød", "hvid", "hvit", // sv, no, da
  "żółty", "żółta", "różowy", "różowa", "zielony", "zielona", "niebieski", "niebieska", "czerwony", "czerwona", "pomarańczowy", "fioletowy", // pl
  "žlutý", "žlutá", "růžový", "růžová", "zelený", "zelená", "modrý", "modrá", "červený", "červená", // cs
  "жёлтый", "желтый", "жёлтая", "желтая", "розовый", "розовая", "зелёный", "зеленый", "зелёная", "зеленая", "синий", "синяя", "голубой",
  "голубая", "красный", "красная", "оранжевый", "оранжевая", "фиолетовый", "белый", "жовтий", "рожевий", "зелений", "червоний", // ru, uk
  "sarı", "pembe", "yeşil", "mavi", "kırmızı", "turuncu", "mor", // tr
  "keltainen", "vaaleanpunainen", "vihreä", "sininen", "punainen", // fi
  "κίτρινο", "ροζ", "πράσινο", "μπλε", "κόκκινο", // el
  "黄", "黄色", "ピンク", "緑", "青", "赤", "粉", "粉色", "绿", "绿色", "蓝", "蓝色", "红", "红色", "노랑", "노란색", "분홍", "분홍색", "초록", "초록색", "파랑", "파란색", "빨강", "빨간색",
];
const COLOUR_SET = new Set(COLOURS);
const TRAILING_PAREN = /\s*[(（]([^()（）]{1,40})[)）]\s*$/u;
/** A colour mark needs the document to mark cards so: one "(red)" may be what the card is about. */
const MIN_COLOURED = 2;

/** "yellow", "жёлт.", "zel.": a colour word, or an abbreviation (three letters or more and a dot) of one. */
export function isColourWord(word: string): boolean {
  const w = word.trim().toLowerCase();
  if (COLOUR_SET.has(w)) return true;
  const abbreviation = w.match(/^(\p{L}{3,})\.$/u)?.[1];
  return !!abbreviation && COLOURS.some((c) => c.length > abbreviation.length && c.startsWith(abbreviation));
}

/** "Fix the scale (жёлт.)" → where the colour parenthesis starts, or -1. */
function colourParenAt(title: string): number {
  const m = title.match(TRAILING_PAREN);
  if (!m || m.index === 0) return -1;
  const words = m[1]!.trim().split(/\s+/);
  return words.length <= 2 && isColourWord(words[0]!) ? m.index! : -1;
}

/** "!!! срочно", "urgent!!", "— ASAP !!!": exclamation marks with a priority word, closing the title. */
const SHOUTED = /\s+(?:!{2,}\s*([\p{L}][\p{L} ]{1,24}?)|([\p{L}][\p{L} ]{1,24}?)\s*!{2,})\s*$/u;

export function shoutedPriority(title: string): { index: number; label: string } | null {
  // Most titles shout nothing: the pattern, tried at every space, only runs when two marks are there.
  if (!title.includes("!!")) return null;
  const m = title.match(SHOUTED);
  if (!m || m.index === 0) return null;
  const said = (m[1] ?? m[2])!.trim();
  // The word right before the marks only: "Fix login now!!" is a plea, not a priority — "now" alone ranks nothing here.
  if (m[2] !== undefined && said.includes(" ")) return null;
  const label = findPriorityLabel(said) ?? horizonLabel(said);
  return label ? { index: m.index!, label } : null;
}

/** "(3 of 5)", "(van 3 de 5)", "(2/6)", "(2 из 5 готово)": a count of parts done, with a word or two around it. */
const PROGRESS = /^(?:\p{L}{1,10}\s+)?\d{1,4}\s*(?:\/|\s\p{L}{1,4}\s)\s*\d{1,4}(?:\s+\p{L}{1,12}){0,2}$/u;
/** "(part 2 of 3)", "(Teil 2/3)": the part of a larger work is what the card is, not its progress. */
const PART = /^(?:part|teil|partie|parte|deel|del|część|часть|частина|osa|bölüm|phase|fase|step|schritt|étape|paso|passo|stap)\s/iu;

const MAX_TITLE = 2000;
/** A reason a card was given up: a clause of four words or more in the closing parenthesis. */
const REASON_WORDS = 4;

/** Two or more question or exclamation marks: the writer was unsure of the card. */
const DOUBT = /^[?？!¿]{2,4}$/u;

export function tidyBoardRemarks(items: FoundItem[]): void {
  const coloured = items.filter((item) => colourParenAt(item.title) > 0 || colourParenAt(item.title.replace(SHOUTED, "")) > 0).length;
  for (const item of items) {
    // A "title" of pages is a reading gone wrong elsewhere; the end-anchored patterns stay off it (as title-tails.ts does).
    if (item.title.length > MAX_TITLE) continue;
    const remarks: string[] = [];
    const cut = (at: number) => {
      remarks.unshift(item.title.slice(at).trim());
      item.title = item.title.slice(0, at).trim();
    };
    for (let round = 0, changed = true; changed && round < 4; round++) {
      changed = false;
      const shouted = shoutedPriority(item.title);
      if (shouted) {
        // Said on the card itself, it outranks the group the card sits in.
        item.priorityLabel = shouted.label;
        cut(shouted.index);
        changed = true;
        continue;
      }
      const colour = coloured >= MIN_COLOURED ? colourParenAt(item.title) : -1;
      if (colour > 0) {
        cut(colour);
        changed = true;
        continue;
      }
      const paren = item.title.match(TRAILING_PAREN);
      if (!paren || paren.index === 0) continue;
      const inner = paren[1]!.trim();
      // "(??)", "(?!)": a mark of doubt beside the card, no words of the task ("(?)" alone may name the ? key).
      if ((item.status === "in_progress" && PROGRESS.test(inner) && !PART.test(inner)) || (item.status === "wont_do" && inner.split(/\s+/).length >= REASON_WORDS) || DOUBT.test(inner)) {
        cut(paren.index!);
        changed = true;
      }
    }
    if (remarks.length) item.description = [item.description, ...remarks].filter(Boolean).join(" · ");
  }
}
