// "Actions décidées", "Agreed actions", "Beschlossene Maßnahmen", "Acciones acordadas", "Afgesproken
// acties": minutes of a meeting (a school council, a retro, a board) list what was decided to be done
// under a heading that names the actions and says they were agreed. A careful reader reads that list
// as work, as surely as "Action items": the heading names the actions (the noun) and qualifies them as
// decided (a participle), in either order. "Decisions" alone stays notes (sections.ts), and so does a
// heading naming only the decision ("Decided", "Beschlossen"): without the actions noun it is a record.
// Both words are matched whole (letters around them break the match) and the heading is short.

/** Actions, measures, steps: the work a meeting settles on, per language. */
const ACTIONS =
  /(?<![\p{L}])(?:actions?|action items?|actions? points?|measures|steps|tasks|aktionen|maßnahmen|massnahmen|aufgaben|schritte|mesures|tâches|étapes|acciones|medidas|tareas|pasos|azioni|misure|attività|ações|acções|medidas|tarefas|acties|actiepunten|maatregelen|taken|åtgärder|tiltak|foranstaltninger|toimenpiteet|działania|zadania|kroki|opatření|úkoly|intézkedések|действия|меры|задачи|дії|заходи|завдання|eylemler|aksiyonlar|görevler)(?![\p{L}])/iu;
/** Decided, agreed, adopted, retained: the participle that makes them the meeting's outcome, per language. */
const AGREED =
  /(?<![\p{L}])(?:agreed|decided|adopted|approved|resolved|décidée?s?|decidees?|convenue?s?|retenue?s?|arrêtée?s?|adoptée?s?|validée?s?|beschlossene?n?|vereinbarte?n?|festgelegte?n?|acordad[oa]s?|decidid[oa]s?|aprobad[oa]s?|concordad[oa]s?|concordate|concordati|decise|decisi|approvate|approvati|stabilite|stabiliti|combinad[oa]s?|aprovad[oa]s?|afgesproken|besloten|overeengekomen|vastgestelde?|beslutade|överenskomna|vedtatte?|aftalte|besluttede?|sovitut|päätetyt|ustalone|uzgodnione|postanowione|dohodnuté|schválené|dohodnutá|elfogadott|согласованные|принятые|решённые|решенные|узгоджені|ухвалені|kararlaştırılan|alınan)(?![\p{L}])/iu;

/** Whether a heading names the actions a meeting decided on ("Actions décidées", "Agreed actions"). */
export function namesAgreedActions(heading: string): boolean {
  const words = heading.trim().split(/\s+/);
  if (words.length > 5) return false;
  return ACTIONS.test(heading) && AGREED.test(heading);
}
