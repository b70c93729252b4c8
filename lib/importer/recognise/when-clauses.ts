// When the work is due or how often it recurs, said as a whole clause after a dash: "— до кінця
// березня" (by the end of March), "— by the end of Q2", "– jährlich" (yearly), "— орієнтовно травень"
// (roughly May). Like "— by next Mon" (recognise/dash-remarks.ts) it says when, not what, and a careful
// reader takes it off the title. Only the whole clause counts: "— yearly report for the board" is what
// to do and stays.

/** A month's name (any case ending), by its first letters, in Latin and Cyrillic script. */
export const MONTH_NAME =
  "(?:jan|ian|ene|gen|sty|feb|fév|fev|lut|mär|mar|apr|avr|abr|kwi|mai|maj|may|mei|jun|iun|jui|giu|cze|jul|iul|lug|lip|aug|aoû|ago|sie|sep|set|wrz|okt|oct|ott|out|paź|nov|noi|lis|dec|déc|dic|dez|gru|січ|лют|бер|кві|тра|чер|лип|сер|вер|жов|лис|гру|янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)\\p{L}{0,9}\\.?";
/** "by the end of", "до кінця", "bis Ende", "d'ici fin": the end of a period as the bound. */
const END_OF =
  /^(?:(?:by|before|until)\s+(?:the\s+)?end\s+of|end\s+of|до\s+кінця|до\s+конца|к\s+концу|bis\s+(?:zum\s+)?ende|vor\s+ende|d'ici\s+(?:la\s+)?fin|avant\s+(?:la\s+)?fin|(?:hasta|a)\s+finales\s+de|antes\s+de\s+fin(?:al)?(?:es)?\s+de|entro\s+(?:la\s+)?fine|até\s+o\s+fim|do\s+końca|před\s+koncem|tot\s+eind|voor\s+eind|före\s+slutet\s+av|innen\s+utgangen\s+av|inden\s+udgangen\s+af|ennen\s+\p{L}+n\s+loppua)(?![\p{L}])/iu;
/** "roughly May", "орієнтовно травень", "ca. März", "~ Q3": about when, a month or a quarter. */
const ABOUT_WHEN = new RegExp(
  `^(?:approx(?:imately|\\.)?|roughly|around|about|ca\\.?|circa|~|etwa|ungefähr|voraussichtlich|environ|vers|aproximadamente|hacia|por volta de|circa|ongeveer|rond|omkring|runt|noin|około|orientačně|přibližně|орієнтовно|приблизно|ориентировочно|примерно)\\s*(?:${MONTH_NAME}|Q[1-4])(?![\\p{L}\\p{N}])`,
  "iu",
);
/** "jährlich", "yearly", "every quarter", "щомісяця": how often, as the whole clause. */
const CADENCE =
  /^(?:daily|weekly|monthly|quarterly|yearly|annually|biweekly|every\s+(?:day|week|month|quarter|year|sprint)|once\s+a\s+(?:week|month|quarter|year)|täglich|wöchentlich|monatlich|vierteljährlich|quartalsweise|jährlich|halbjährlich|quotidien(?:ne)?|hebdomadaire|mensuel(?:le)?|trimestriel(?:le)?|annuel(?:le)?|diario|semanal|mensual|trimestral|anual|diariamente|semanalmente|mensalmente|anualmente|giornaliero|settimanale|mensile|trimestrale|annuale|dagelijks|wekelijks|maandelijks|jaarlijks|dagligen|veckovis|månadsvis|årligen|årlig|daglig|ukentlig|månedlig|codziennie|co tydzień|co miesiąc|co kwartał|co roku|corocznie|щодня|щотижня|щомісяця|щокварталу|щороку|ежедневно|еженедельно|ежемесячно|ежеквартально|ежегодно)[.!]?$/iu;

/** Whether a whole dash clause says when the work is due or how often it recurs. */
export function isWhenClause(clause: string): boolean {
  const said = clause.replace(/\s+/g, " ").trim();
  return END_OF.test(said) || ABOUT_WHEN.test(said) || CADENCE.test(said);
}
