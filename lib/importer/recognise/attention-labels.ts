// "**IMPORTANT:** file the VAT return before the 20th", "**Wichtig:** …", "**NB:** …": a bold word
// that only calls for attention opens the entry. It is emphasis, not the entry's bold title (a reader
// does not file a task called "IMPORTANTE"): the title is what follows it. The word ranks nothing —
// "important" is no priority word of the product's table — so no priority is read from it.

const ATTENTION =
  /^(?:important|importante|importantes|wichtig|belangrijk|viktigt|viktig|vigtigt|tärkeää|tärkeä|ważne|важно|важливо|önemli|fontos|důležité|dôležité|importantă|σημαντικό|חשוב|مهم|重要|중요|penting|quan trọng|note|nb|n\.b\.|attention|achtung|atención|atenção|attenzione|let op|obs|uwaga|внимание|увага|dikkat)$/iu;

/** Whether the bold opening of an entry is only a word calling for attention (see above). */
export const isAttentionLabel = (bold: string): boolean => ATTENTION.test(bold.replace(/[:：!！.\s]+$/u, "").trim());
