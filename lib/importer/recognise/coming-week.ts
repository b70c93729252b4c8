// "### Next week" in a weekly status update, "Plan for next week", "Nächste Woche", "来週の予定":
// the work the team plans for the coming week. A status report's other sections are news
// ("Highlights", "Risks"); this one is its to-do list, so its entries are work, though the heading
// has no task word. It names no priority: "next" here is only the report's next period, not a
// roadmap's Next column (recognise/next-timebox.ts reads "Next sprint" as that).

const LEAD = String.raw`(?:(?:plans?|planned|planning|goals?|focus|priorities|to-?dos?|todo|tasks?|work|up)\s+(?:for\s+)?(?:the\s+)?)?`;
const WEEK = String.raw`(?:week|two weeks|fortnight)`;
const PHRASES = [
  // English: "Next week", "Plan for next week", "Coming week", "Next week's plan", "Next 2 weeks"
  String.raw`${LEAD}(?:next|coming|upcoming|following)\s+(?:\d+\s+weeks|${WEEK})(?:'s\s+(?:plan|plans|focus|goals|work|tasks))?`,
  String.raw`(?:plan|plans|focus|goals)\s+for\s+the\s+(?:next|coming)\s+${WEEK}`,
  // German, French, Spanish, Portuguese, Italian, Dutch, Scandinavian, Polish, Russian, Ukrainian
  String.raw`(?:(?:plan|geplant|ziele)\s+(?:für\s+)?(?:die\s+)?)?nächste\s+woche`,
  String.raw`(?:(?:plan|objectifs)\s+(?:pour\s+)?)?(?:la\s+)?semaine\s+prochaine`,
  String.raw`(?:(?:plan|planes|objetivos)\s+(?:para\s+)?)?(?:la\s+|a\s+)?próxima\s+semana`,
  String.raw`(?:(?:piano|obiettivi)\s+(?:per\s+)?)?(?:la\s+)?prossima\s+settimana`,
  String.raw`(?:(?:plan|planning|doelen)\s+(?:voor\s+)?)?volgende\s+week`,
  String.raw`nästa\s+vecka|næste\s+uge|neste\s+uke|(?:w\s+)?(?:przyszłym|następnym)\s+tygodniu|przyszły\s+tydzień|następny\s+tydzień`,
  String.raw`(?:(?:план|планы)\s+(?:на\s+)?)?следующ(?:ую|ая)\s+недел[юя]|на\s+следующей\s+неделе|(?:план\s+на\s+)?наступн(?:ий|ого)\s+тижн(?:ь|я)`,
  // Japanese, Chinese, Korean: "来週", "来週の予定", "下周计划", "다음 주 계획"
  String.raw`来週(?:の(?:予定|作業|タスク|計画))?|下周(?:计划|任务|工作)?|下週(?:計劃|任務|工作)?|다음\s?주(?:\s?(?:계획|할\s?일|작업))?`,
];
const COMING_WEEK = new RegExp(String.raw`^\W*(?:${PHRASES.join("|")})\W*$`, "iu");

/** Whether a heading names the work planned for the coming week ("Next week", "Plan for next week", "来週の予定"). */
export const namesComingWeek = (heading: string): boolean => COMING_WEEK.test(heading.trim());
