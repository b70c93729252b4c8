// On-call runbooks often bracket their incident checklists with the duty's own routine: "Before
// you start your shift", "End of shift", "Shift handover", "Schichtübergabe", "Fin de garde",
// "Cambio de turno", "Передача смены", "引き継ぎ". Those are housekeeping done every shift, not a
// situation a responder handles, so among incident scenarios they are none (outline.ts keeps them
// when they are all the document has). Read from the heading's words; "shift" alone is also a
// verb ("Shift traffic to region B"), so in English only its noun phrases count.

const ROUTINE = [
  // English: start/end of (your) shift, shift start/end/handover, your shift, handover
  /\b(?:start|beginning|end|close)\s+of\s+(?:the\s+|your\s+|each\s+|every\s+)?(?:on-?call\s+)?shift\b/i,
  /\bshift\s+(?:start|end|handover|hand-?off|change|change-?over)\b/i,
  /\b(?:your|the|each|every|next)\s+(?:on-?call\s+)?shift\b(?!\s+of\b)/i,
  /\bhand-?(?:over|off)\b/i,
  // German: Schichtbeginn, Schichtende, Schichtübergabe, "die nächste Schicht", Dienstbeginn, Übergabe
  /(?:^|[^\p{L}])(?:schicht\p{L}*|dienstbeginn|dienstende|übergabe\p{L}*)(?![\p{L}])/iu,
  // French: début/fin de garde, prise de poste, relève, passation
  /(?:début|fin|prise)\s+de\s+(?:la\s+)?(?:garde|poste|service|permanence)|(?:^|[^\p{L}])(?:relève|passation)(?![\p{L}])/iu,
  // Spanish and Portuguese: inicio/fin de turno, cambio/entrega/passagem de turno
  /(?:inicio|comienzo|fin|final|cambio|entrega|relevo|início|fim|passagem|troca)\s+(?:de|del|do)\s+turno/iu,
  // Russian, Ukrainian, Polish: смена / зміна / zmiana, дежурство / чергування / dyżur
  /(?:^|[^\p{L}])(?:смен\p{L}*|дежурств\p{L}*|змін\p{L}*|чергуванн\p{L}*|zmian\p{L}*|dyżur\p{L}*)(?![\p{L}])/iu,
  // Japanese and Chinese
  /シフト|引き?継ぎ|引継|交代|交接班|交班|接班/u,
];

/** Whether a heading names the on-call duty's own routine (start or end of a shift, a handover). */
export const namesShiftRoutine = (name: string): boolean => ROUTINE.some((pattern) => pattern.test(name));
