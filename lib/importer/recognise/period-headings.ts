// "## This month", "## Next term", "## इस महीने", "## अगले सत्र में", "## Nächsten Monat": a heading
// that only names a period of time now or to come. Under a title that says the document is a task
// list ("School committee — task list", task-headings.ts), such headings divide the work by when it
// is due, as a roadmap's Now / Next columns do, so their lists are work. They give no priority: the
// writer said when, not how urgent. Elsewhere (a monthly report's "This month") they may be news,
// so they count only under a work title.

const PERIODS = [
  // en
  String.raw`(?:this|next|coming|the coming|the next)\s+(?:month|term|semester|session|quarter|season|year)`,
  String.raw`(?:in|during)\s+the\s+(?:next|coming)\s+(?:month|term|semester|session|quarter|season|year)`,
  // de, fr, es, it, pt, nl, sv, da, nb
  String.raw`(?:diesen|nächsten|im nächsten)\s+monat|(?:dieses|nächstes|im nächsten)\s+(?:semester|quartal|jahr)`,
  String.raw`ce mois(?:-ci)?|le mois prochain|ce trimestre|le trimestre prochain|cette année|l'année prochaine`,
  String.raw`este mes|el (?:próximo|mes) (?:mes|próximo)|el próximo (?:trimestre|año|curso)|este (?:trimestre|año|curso)`,
  String.raw`questo mese|il prossimo mese|il mese prossimo|questo trimestre|il prossimo trimestre`,
  String.raw`este mês|(?:o )?próximo mês|este trimestre|(?:o )?próximo trimestre`,
  String.raw`deze maand|volgende maand|dit kwartaal|volgend kwartaal`,
  String.raw`denna månad|nästa månad|denne måned|næste måned|denne måneden|neste måned`,
  // hi: this / next month, week, session, year ("में": in)
  String.raw`(?:इस|अगले)\s+(?:महीने|माह|हफ्ते|हफ़्ते|सप्ताह|सत्र|साल|वर्ष)(?:\s+में)?`,
];
const PERIOD = new RegExp(String.raw`^(?:${PERIODS.join("|")})(?![\p{L}\p{M}])\s*(?:$|[(（:：–—-])`, "iu");

/** Whether a heading only names a period now or to come ("This month", "अगले सत्र में"). */
export const namesPeriod = (heading: string): boolean =>
  PERIOD.test(
    heading
      .slice(0, 120)
      .replace(/[*_`]/g, "")
      .replace(/^[^\p{L}]{0,12}/u, "")
      .replace(/[\s.!?:：]{0,4}$/u, ""),
  );
