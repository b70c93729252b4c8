// A heading that says its content is not work: "Ideas (not tasks)", "Notes — no action needed",
// "Parking lot (not to-dos)", "Ideen (keine Aufgaben)", "Idées (pas des tâches)". The work word in
// it ("tasks", "to-dos") made the section a work section, so its loose ideas became items; a careful
// reader takes the heading at its word: what is under it is not work ("Not issues" in an audit: what
// passed). English and the languages of
// the vocabulary: a negation right before a work word.

const NEGATED_WORK = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:not|no|non)[- ](?:an? )?(?:tasks?|to-?dos?|action items?|work items?|actions?|items?|backlog|issues?|findings?|problems?)(?![\p{L}])`,
    // An audit's good news: "Not issues", "Non-issues", "No issues found", "Keine Befunde".
    String.raw`(?<![\p{L}])no action (?:needed|required)(?![\p{L}])`,
    // "Ideas (not planned)", "Ideen (nicht beschlossen)": ideas the heading says nobody has planned or decided on.
    String.raw`(?<![\p{L}])(?:ideas?|ideen|idées|idee|ideeën|idéer|ideias)\s*[(（—–:-]\s*(?:not (?:yet )?planned|unplanned|not committed|not (?:yet )?decided|undecided|nicht geplant|nicht beschlossen|noch nicht beschlossen|nicht entschieden|non décidées?|pas encore décidées?|no decidid[ao]s|non decis[ae]|não decidid[ao]s|niet besloten|inte beslutade|ikke besluttet|ikke vedtatt|ei päätetty|nie zdecydowane|non (?:prévues?|planifiées?)|no planificad[ao]s|non pianificat[ae]|não planejad[ao]s|niet gepland|inte planerade)(?![\p{L}])`,
    // "ideas / maybe", "Ideen & vielleicht": ideas the writer hedges twice over are not committed work (a plain
    // "Someday / maybe" is a horizon, P3; "Ideas (maybe)" over task boxes stays a section of tasks).
    String.raw`(?<![\p{L}])(?:ideas?|ideen|idées|idee|ideeën|idéer|ideias|idéias)\s*[/&+,]\s*(?:maybe|perhaps|vielleicht|peut-être|quizás|tal vez|forse|talvez|misschien|kanske|kanskje|måske)(?![\p{L}])`,
    // "Waiting on others", "Esperando a otros": what other people owe the writer — their work, not the writer's
    // ("Waiting on client" over the team's own cards is a blocked column, and stays one).
    String.raw`(?<![\p{L}])(?:waiting (?:on|for) (?:others|other people|someone else)|esperando (?:a|de) otros|warten auf andere|en attente des autres|in attesa di altri|aguardando (?:os )?outros|wachten op anderen|väntar på andra)(?![\p{L}])`,
    // "Off the roadmap", "Fora do roadmap", "Hors roadmap", "Nicht im Backlog": left out of the plan the heading names.
    // "Nicht im Register", "Not in the register": left out of the register (of debt, of risks) the document is.
    String.raw`(?<![\p{L}])(?:out of|off|not on|not in|fora d[oa]|fuera del?|hors(?: d[ue]| de la)?|außerhalb de[rs]|nicht (?:auf|in|im) de[rm]|nicht im|fuori da[l]?|buiten (?:de|het))\s+(?:the\s+|la\s+)?(?:roadmap|backlog|register|registry|registre|registro)(?![\p{L}])`,
    String.raw`(?<![\p{L}])keine (?:aufgaben|to-?dos?|maßnahmen|befunde|probleme|mängel)(?![\p{L}])`, // de
    String.raw`(?<![\p{L}])pas (?:des |de )?(?:tâches|actions|to-?dos?)(?![\p{L}])`, // fr
    String.raw`(?<![\p{L}])no (?:son )?(?:tareas|acciones|pendientes)(?![\p{L}])`, // es
    String.raw`(?<![\p{L}])non (?:sono )?(?:attività|compiti|azioni)(?![\p{L}])`, // it
    String.raw`(?<![\p{L}])não (?:são )?(?:tarefas|ações)(?![\p{L}])`, // pt
    String.raw`(?<![\p{L}])geen (?:taken|acties|to-?dos?)(?![\p{L}])`, // nl
    String.raw`(?<![\p{L}])inte (?:uppgifter|åtgärder)(?![\p{L}])`, // sv
    String.raw`(?<![\p{L}])nie (?:są )?(?:zadania|zadaniami)(?![\p{L}])`, // pl
    String.raw`(?:^|[^\p{L}])не (?:задачи|задач)(?![\p{L}])`, // ru
    "タスクではない|タスクではありません|不是任务|非任务|작업 아님|할 일 아님", // ja, zh, ko
  ].join("|"),
  "iu",
);

/** Whether a heading says that what is under it is not work. */
export function deniesWork(heading: string): boolean {
  return NEGATED_WORK.test(heading);
}
