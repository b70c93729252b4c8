// "Still to do, roughly in this order:", "What's left:", "Outstanding before the day", "Noch zu tun:", "Reste à faire :",
// "Todavía pendiente:": a handover or status mail's lead-in to the work that remains. The list
// after it is work not yet started, whatever remark follows a comma ("roughly in this order",
// "in no particular order"). Heading names like "To do" are read elsewhere; these are the phrases
// of a running text, an adverb of "still" or "left" around the to-do words.

const REMAINING = new RegExp(
  "^(?:" +
    [
      "(?:still|yet) (?:to do|to be done|open|pending|outstanding|left)",
      "(?:left|remaining) to do",
      // "Also to do", "More to do" under a table of the work: the rest of it, as a heading too.
      "(?:also|more|other|further|extra)(?: things)? to do",
      "what(?:'s| is) (?:left|remaining|still open)",
      "remaining (?:work|tasks|items|steps)",
      "outstanding(?: (?:work|tasks|items))?",
      // "Open items", "Open points": what is still open on a list of asks (not "Open questions").
      "open (?:items|points|tasks|actions|action items|to-?dos)",
      "noch (?:zu tun|offen|zu erledigen|ausstehend)",
      "(?:reste|encore) à faire",
      "ce qu'il reste(?: à faire)?",
      "(?:todavía |aún )?(?:pendiente|pendientes|por hacer)",
      "(?:ancora )?da fare",
      "(?:ainda )?(?:a fazer|por fazer|pendente)",
      "nog (?:te doen|open)",
      "kvar att göra",
      "(?:jeszcze )?do zrobienia",
      "(?:ещё|еще|осталось) (?:сделать|нужно сделать)",
      "まだやること|残りの作業|残タスク|还要做|剩余工作|남은 작업|남은 일",
    ].join("|") +
    // "Outstanding before the day", "Noch offen bis zur Eröffnung": when it must be done by may follow.
    String.raw`)(?:\s+(?:before|by|until|ahead of|prior to|vor|bis|avant|antes de|antes del|prima di|prima del|voor|före|innan|før)\s+[^,]{1,60})?$`,
  "iu",
);

/** Whether a lead-in (without its colon) says the list after it is the work that remains. */
export function introducesRemainingWork(leadIn: string): boolean {
  // "Still to do, roughly in this order": the remark after the comma says how, not what.
  const head = leadIn.split(/[,，、]/)[0]!.replace(/[*_]/g, "").trim();
  return REMAINING.test(head);
}
