// The glyphs people type or paste in front of a checklist line instead of a Markdown box: hollow
// boxes and circles (open), ticked or checked boxes and ticks (finished), filled shapes (finished
// beside hollow ones, a plain bullet on their own) and crosses (struck off). Kept apart so the
// people reader (lib/importer/people.ts) and the glyph-line reader (recognise/glyph-lines.ts) agree
// on what opens such a line.

/** Hollow boxes and circles: an open entry. */
export const OPEN_GLYPHS = ["☐", "□", "○", "◻", "◽", "▢", "◯", "⬜", "🔲", "❍"];
/** Ticked or crossed-in boxes and ticks: a finished entry (☒ is the "checked" box of word processors). */
export const TICKED_GLYPHS = ["☑", "☒", "✓", "✔", "✅"];
/** Filled shapes: a finished entry beside hollow ones, a bullet on their own (Google Docs pastes ● bullets). */
export const FILLED_GLYPHS = ["■", "●", "◼", "◾", "⬛", "🔳"];
/** Crosses: an entry struck off (the usual reading of ✘ and ❌, recognise/state-marks.ts). */
export const CROSSED_GLYPHS = ["✗", "✘", "❌", "✖"];

/** Half-filled circles: an entry under way (recognise/glyph-columns.ts). */
export const PARTIAL_GLYPHS = ["◐", "◑", "◒", "◓", "◔", "◕"];

const ALL = [...OPEN_GLYPHS, ...TICKED_GLYPHS, ...FILLED_GLYPHS, ...CROSSED_GLYPHS, ...PARTIAL_GLYPHS].join("|");

/** A glyph (or a plain-text `[ ]` / `[x]` box) opening a line, then the entry's words. */
export const GLYPH_LINE = new RegExp(`^\\s*(${ALL}|\\[[ xX]\\])\\uFE0F?\\s+(\\S.*)$`, "u");
