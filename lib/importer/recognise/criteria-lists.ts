import type { List, RootContent } from "mdast";
import { plainText } from "../markdown";
import { sentenceMetric } from "./metric-sentences";

// A plan states its health targets under headings that are not "Metrics": "Success criteria",
// "Go / no-go criteria", "Exit criteria", "Service levels", "Critères de sortie", "Цільові показники",
// "קריטריוני הצלחה", "成功标准", "Malengo ya uwezo", "Objetivos medibles". Under such a heading (or a
// bold label alone above the list) a list whose entries mostly compare a measure to a figure
// ("Availability ≥ 99.9%", "p95 under 300 ms", "0 open critical bugs") is a list of targets: each
// entry that compares is a metric, and none of its entries is work (the entry that does not compare,
// "All P1 cases pass", is a criterion, not a task). A criteria heading over entries that do not
// compare ("Judging criteria: Impact — 40%") stays what it was: the list content decides.

/** Words that name criteria, service levels, indicators or goals, in the languages teams write plans in (stems, lower case). */
const SECTION_WORDS = new RegExp(
  [
    // criteria
    String.raw`criteri`, String.raw`critèr`, String.raw`critér`, String.raw`kriteri`, String.raw`kriteer`, String.raw`kritéri`, String.raw`kritēri`,
    String.raw`kryteri`, String.raw`критери`, String.raw`критері`, String.raw`κριτήρι`, String.raw`קריטריונ`, String.raw`معايير`, String.raw`tiêu chí`,
    String.raw`เกณฑ์`, String.raw`मानदंड`, String.raw`基准`, String.raw`基準`, String.raw`标准`, String.raw`標準`, String.raw`기준`,
    // service levels
    String.raw`service[ -]?levels?`, String.raw`servicelevel`, String.raw`niveaux? de service`, String.raw`niveles? de servicio`, String.raw`níveis de serviço`,
    String.raw`livelli di servizio`, String.raw`servicenivå`, String.raw`palvelutaso`, String.raw`sla(?![\p{L}])`, String.raw`slo(?![\p{L}])`,
    // indicators and measures of success
    String.raw`показник`, String.raw`показател`, String.raw`показатељ`, String.raw`ukazatel`, String.raw`wskaźnik`, String.raw`mittari`, String.raw`kpi(?![\p{L}])`,
    String.raw`metric`, String.raw`métric`, String.raw`métriq`, String.raw`metrik`, String.raw`kennzahl`, String.raw`indicat`, String.raw`indicad`,
    String.raw`success measure`, String.raw`succesmaatregel`, String.raw`measures of success`, String.raw`medidas de éxito`, String.raw`mesures de succès`,
    String.raw`measurable`, String.raw`medibles`, String.raw`mensuráveis`, String.raw`mesurables`, String.raw`messbar`, String.raw`meetbare`,
    // goals and key results
    String.raw`goals?(?![\p{L}])`, String.raw`objectives?(?![\p{L}])`, String.raw`targets?(?![\p{L}])`, String.raw`key results`, String.raw`objetivos?(?![\p{L}])`, String.raw`objectifs?(?![\p{L}])`,
    String.raw`ziele?(?![\p{L}])`, String.raw`zielwerte`, String.raw`obiettivi(?![\p{L}])`, String.raw`doelen(?![\p{L}])`, String.raw`doelstelling`, String.raw`mål(?![\p{L}])`, String.raw`tavoite`,
    String.raw`avaintulok`, String.raw`cíle(?![\p{L}])`, String.raw`cele(?![\p{L}])`, String.raw`цели(?![\p{L}])`, String.raw`цілі(?![\p{L}])`, String.raw`цільові`, String.raw`целевые`,
    String.raw`hedef`, String.raw`mục tiêu`, String.raw`malengo`, String.raw`lengo(?![\p{L}])`, String.raw`sasaran`, String.raw`目标`, String.raw`目標`, String.raw`목표`,
    String.raw`יעדים`, String.raw`הצלחה`, String.raw`الأهداف`, String.raw`أهداف`, String.raw`लक्ष्य`, String.raw`เป้าหมาย`,
    // "key results" said in other languages
    String.raw`मुख्य परिणाम`, String.raw`प्रमुख परिणाम`, String.raw`resultados[ -]chave`, String.raw`resultados clave`, String.raw`résultats clés`, String.raw`risultati chiave`,
    String.raw`schlüsselergebnisse`, String.raw`kernresultaten`, String.raw`nyckelresultat`, String.raw`kluczowe rezultaty`, String.raw`ключевые результаты`, String.raw`ключові результати`,
    String.raw`kết quả then chốt`, String.raw`hasil utama`, String.raw`temel sonuçlar`, String.raw`النتائج الرئيسية`,
  ].join("|"),
  "iu",
);
// A word begins at the start or after a non-letter; CJK and Thai have no spaces, so they are read anywhere.
const NAMES_SECTION = new RegExp(String.raw`(?:^|[^\p{L}])(?:${SECTION_WORDS.source})|(?:基准|基準|标准|標準|기준|目标|目標|목표|เกณฑ์|เป้าหมาย)`, "iu");

/** Whether a heading or a list's label names a section of criteria, service levels, indicators or goals. */
export function namesCriteria(heading: string): boolean {
  return NAMES_SECTION.test(heading.replace(/[*_`]/g, ""));
}

/** A bold label alone above a list ("**Critères de sortie**", "**Avaintulokset:**"), or null. */
export function boldLabelText(node: RootContent | undefined): string | null {
  if (node?.type !== "paragraph") return null;
  const parts = node.children.filter((c) => !(c.type === "text" && /^[\s:：]*$/u.test(c.value)));
  if (parts.length !== 1 || parts[0]!.type !== "strong") return null;
  const text = plainText(parts[0]!).trim();
  return text.length <= 60 && !text.includes("\n") ? text : null;
}

/** An entry states a target: its text compares a measure to a figure (or bounds a count at zero). */
function statesTarget(text: string): boolean {
  return sentenceMetric(text.replace(/\*\*|__|`/g, "")) !== null;
}

/** A plain list (no boxes) whose entries, at least half of them, state a target. */
export function isStatedTargetList(list: List): boolean {
  if (list.children.length === 0 || list.children.some((item) => typeof item.checked === "boolean")) return false;
  let stated = 0;
  for (const item of list.children) {
    const first = item.children[0];
    if (first?.type === "paragraph" && statesTarget(plainText(first))) stated++;
  }
  return stated > 0 && stated * 2 >= list.children.length;
}

/** A list of targets under a criteria heading or label: its heading, or the label above it, names one; its entries mostly compare. */
export function isCriteriaTargetList(list: List, heading: string | undefined, before: RootContent | undefined): boolean {
  const label = boldLabelText(before);
  const named = (label !== null && namesCriteria(label)) || (heading !== undefined && namesCriteria(heading));
  return named && isStatedTargetList(list);
}
