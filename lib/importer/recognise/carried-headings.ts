// "Actions from the last retro", "Temas pendientes de la reunión anterior", "Дії з минулої ретро",
// "다음 스프린트로 이월": minutes, retros and sprint notes carry the open actions of the previous
// meeting forward (or the unfinished work to the next sprint) under a heading of their own. A careful
// reader reads that list as work still on the table: the heading names the work (or its open state)
// and the meeting it comes from. Decisions or notes "from the last meeting" name no work and stay notes.

/** "last", "previous", "prior" (a meeting, retro or sprint before this one), per language. */
const PREVIOUS =
  /(?<![\p{L}])(?:last|previous|prior|anterior|última|último|précédente?|dernière|dernier|letzten|vorigen|vorherigen|vorige|förra|forrige|sidste|edellisen|poprzedniego|poprzedniej|ostatniego|ostatniej|minulé|minulého|минулої|минулого|попередньої|попереднього|прошлой|прошлого|предыдущей|предыдущего|önceki|geçen|precedente|passata|scorsa)(?![\p{L}])|지난|이전|前回|上次|上回/iu;
/** The work (or its open state) a heading names, per language. */
const WORK =
  /(?<![\p{L}])(?:actions?|action items?|tasks?|to-?dos?|follow-?ups?|uppföljning(?:ar)?|opfølgning(?:er)?|oppfølging(?:er)?|opvolging(?:en)?|nachverfolgung|suivi|seguimiento|acompanhamento|seguimento|seuranta|open (?:points|items)|pending|pendientes?|acciones|tareas|acuerdos pendientes|aufgaben|aktionspunkte|offene punkte|maßnahmen|tâches|points ouverts|ações|tarefas|pendências|azioni|attività|actiepunten|acties|åtgärder|handlingspunkter|działania|zadania|úkoly|aksiyonlar|görevler|дії|дій|завдання|задачи|задачі|действия|поручения)(?![\p{L}])|액션|할 일|과제|アクション|宿題|課題|待办|行动项|行動項目/iu;
/** "carried over", "이월", "持ち越し": work moved on, unfinished, to the next sprint. */
const CARRIED = /(?<![\p{L}])(?:carried (?:over|forward)|rolled over|übertragen|перенесено|перенесені|перенесённые|перенесенные|переносимо)(?![\p{L}])|이월|持ち越し|繰り越し|繰越|顺延|遗留/iu;

/** Whether a heading names the work carried from the previous meeting, or on to the next sprint. */
export function namesCarriedWork(heading: string): boolean {
  return (PREVIOUS.test(heading) && WORK.test(heading)) || CARRIED.test(heading);
}
