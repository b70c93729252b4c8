// Vowel and reading marks that Arabic and Hebrew writers add or leave out at will: "لاحقاً" and
// "لاحقا" (later), "عاجلاً" and "عاجلا", "דָּחוּף" and "דחוף" (urgent) are the same word to a reader.
// The vocabularies list each word bare, so a heading is compared without them: Arabic harakat,
// tanween, shadda, sukun, the superscript alef and the tatweel stretch; Hebrew niqqud and cantillation.
// Only these combining marks go: Thai or Devanagari vowel signs are letters of the word and stay.
const MARKS = /[\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u0610-\u061A\u0640\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED]/gu;

/** The text without the optional Arabic and Hebrew marks ("لاحقاً" → "لاحقا"); other text as it is. */
export const withoutOptionalMarks = (text: string): string => text.replace(MARKS, "");
