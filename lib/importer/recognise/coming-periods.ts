// "## Next spring", "## Next quarter (Q1 2027)", "## This year / next spring", "## Tänä vuonna / ensi keväänä", "## Nächstes Jahr",
// "## L'année prochaine": a board's or committee's list sorted by when the work is due. Such a heading
// says when, not what: its entries are the work of that period, as under "Q2" or "Next week"
// (recognise/quarter-headings.ts, recognise/coming-week.ts), and it names no priority (README: a
// quarter or a phase gives none). The heading stays the entries' category.
//
// Only a heading made of period phrases alone counts, and at least one of them must name a period to
// come ("next spring", "ensi keväänä"): "This year" alone heads a review of what happened as often
// as a plan, and "Spring cleaning" or "Next steps" are not periods.

const SEASON = "spring|summer|autumn|fall|winter|year|month|quarter|term|semester|season|half";
/** Phrases naming a period still to come, in the languages plans are written in. */
const COMING = [
  `next\\s+(?:${SEASON})|(?:by|before)\\s+(?:the\\s+)?(?:next\\s+)?(?:${SEASON})|later\\s+this\\s+year`,
  "nächst(?:es|en|e)\\s+(?:jahr|monat|halbjahr|frühjahr|sommer|herbst|winter)|im\\s+nächsten\\s+(?:jahr|monat|frühjahr|sommer|herbst|winter)|bis\\s+zum\\s+(?:frühjahr|sommer|herbst|winter)", // de
  "(?:l'année|le\\s+mois|le\\s+semestre|l'été|l'hiver|l'automne|le\\s+printemps)\\s+prochain(?:e)?|d'ici\\s+(?:l'été|le\\s+printemps|l'hiver|l'automne)", // fr
  "(?:el\\s+)?(?:próximo|proximo)\\s+(?:año|mes|semestre|verano|otoño|invierno)|(?:la\\s+)?próxima\\s+primavera|el\\s+(?:año|mes)\\s+que\\s+viene", // es
  "(?:o\\s+)?próximo\\s+(?:ano|mês|semestre|verão|outono|inverno)|(?:a\\s+)?próxima\\s+primavera", // pt
  "(?:il\\s+)?prossim[oa]\\s+(?:anno|mese|semestre|estate|autunno|inverno|primavera)", // it
  "volgend\\s+(?:jaar|voorjaar|najaar)|volgende\\s+(?:maand|zomer|winter|lente)", // nl
  "nästa\\s+(?:år|månad|vår|sommar|höst|vinter)|neste\\s+(?:år|måned|vår|sommer|høst|vinter)|næste\\s+(?:år|måned|forår|sommer|efterår|vinter)|til\\s+(?:våren|sommeren|høsten|foråret)", // sv, no, da
  "ensi\\s+(?:vuonna|kuussa|keväänä|kesänä|syksynä|talvena|kaudella)|(?:kevääseen|kesään|syksyyn|vuoden\\s+loppuun)\\s+mennessä", // fi
  "w\\s+przyszłym\\s+(?:roku|miesiącu|semestrze)|(?:następnej|przyszłej)\\s+wiosny", // pl
  "в\\s+следующем\\s+(?:году|месяце|семестре)|к\\s+(?:весне|лету|осени|зиме)|наступного\\s+(?:року|місяця)|до\\s+(?:весни|літа|осені|зими)", // ru, uk
  "gelecek\\s+(?:yıl|ay|bahar|yaz)|önümüzdeki\\s+(?:yıl|ay)", // tr
  "jövőre|jövő\\s+(?:év|hónap|tavasz)|anul\\s+viitor|luna\\s+viitoare|(?:la\\s+)?primăvar[aă]\\s+viitoare", // hu, ro
];
/** Phrases naming the current period, which may join a coming one ("This year / next spring"). */
const CURRENT = [
  `this\\s+(?:${SEASON})`,
  "dieses\\s+jahr|diesen\\s+monat|dieses\\s+halbjahr|in\\s+diesem\\s+jahr", // de
  "cette\\s+année|ce\\s+mois(?:-ci)?|ce\\s+semestre", // fr
  "este\\s+(?:año|mes|semestre|ano|mês)|esta\\s+primavera", // es, pt
  "quest'anno|questo\\s+(?:mese|semestre)", // it
  "dit\\s+jaar|deze\\s+maand", // nl
  "i\\s+år|denna\\s+månad|i\\s+denne\\s+måned", // sv, no, da
  "tänä\\s+(?:vuonna|keväänä|kesänä|syksynä|talvena)|tässä\\s+kuussa", // fi
  "w\\s+tym\\s+(?:roku|miesiącu)", // pl
  "в\\s+этом\\s+(?:году|месяце)|цього\\s+(?:року|місяця)", // ru, uk
  "bu\\s+(?:yıl|ay)", // tr
  "idén|ebben\\s+az\\s+évben|anul\\s+acesta|luna\\s+aceasta", // hu, ro
];
const PART = new RegExp(`^(?:${[...COMING, ...CURRENT].join("|")})$`, "iu");
const COMING_PART = new RegExp(`^(?:${COMING.join("|")})$`, "iu");
// Parts joined by a slash, a comma, "and" or "&"; a closing parenthesis ("(2027)") is the year said again.
const JOIN = /\s*(?:[/,&+]|\s(?:and|und|et|y|e|en|och|og|ja|i|és|și|ve)\s)\s*/iu;

/** Whether a heading only names periods, one of them still to come ("Tänä vuonna / ensi keväänä", "Next spring"). */
export function namesComingPeriod(heading: string): boolean {
  const text = heading
    .replace(/[*_`]/g, "")
    .replace(/\s*\([^()]{0,40}\)\s*$/u, "")
    .replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "")
    .replace(/\s+/g, " ");
  if (!text || text.length > 80) return false;
  const parts = text.split(JOIN);
  return parts.every((part) => PART.test(part)) && parts.some((part) => COMING_PART.test(part));
}
