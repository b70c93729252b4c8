import type { List, Paragraph, RootContent, Table } from "mdast";
import { valueProblem } from "@/lib/metrics/limits";
import { cleanHeading } from "../clean";
import { categoryOf, type ParseContext } from "../context";
import { lineOf, plainText } from "../markdown";
import type { Comparator, ParsedMetric } from "../types";
import { sentenceMetric } from "./metric-sentences";
import { goalPart, spokenBound, spokenComparator } from "./spoken-comparators";
import { headedTargets, labelledEntryTargets, namesOneTarget } from "./target-headings";
import { unnamedMetricColumn } from "./target-columns";
import { isHugeBlock } from "./block-size";
import { keyResultText } from "./key-result-labels";
import { clauseTargets, lineTargets } from "./target-lines";
import { openedTarget, sentencesOf, topicTargets } from "./target-openings";
import { asciiNumerals, DIGITS, numberValue } from "./metric-words";
import { isBoundColumn, isMoreTargetHeader } from "./bound-tables";

// "Success/Health Metrics" lines → metric targets, one per measurable clause:
//   **Test Coverage:** Backend 80%, Frontend 60%   → two metrics
//   - **Response Time**: < 200ms for 95th percentile → one metric

const COMPARATORS: [RegExp, Comparator][] = [
  [/^(?:<=|≤|=<|at most|no more than|up to|max(?:imum)?)/i, "<="],
  [/^(?:>=|≥|=>|at least|min(?:imum)?)/i, ">="],
  [/^(?:<|under|below|less than|fewer than|within)/i, "<"],
  [/^(?:>|over|above|more than|greater than)/i, ">"],
  [/^(?:=|==|exactly)/i, "="],
];
const UNITS: [RegExp, string][] = [
  [/^%/, "%"],
  [/^(?:ms|milliseconds?)\b/i, "ms"],
  [/^(?:s|secs?|seconds?)\b/i, "s"],
  [/^(?:mins?|minutes?)\b/i, "min"],
  [/^(?:h|hrs?|hours?)\b/i, "h"],
  [/^(?:days?)\b/i, "d"],
  [/^(?:req(?:uest)?s?\s*(?:\/|per)\s*(?:s|sec|second))\b/i, "req/s"],
  [/^(?:rps|qps)\b/i, "req/s"],
  [/^(?:mb|gb|kb)\b/i, ""],
];
const CLAUSE_ALL =
  new RegExp(String.raw`(<=|>=|≤|≥|=<|=>|<|>|==|=|at most|at least|no more than|up to|under|below|less than|fewer than|over|above|more than|greater than|within)?\s*(${DIGITS})\s*(\+)?\s*(%|[a-z/ ]+)?`, "gi");
const HIGHER_IS_BETTER = /uptime|availability|coverage|throughput|satisfaction|score|success rate|adoption/i;
const LOWER_IS_BETTER = /error|latency|response time|duration|\btime\b|complexity|bugs?|incidents?|vulnerab|failures?|downtime|mttr|recovery|cost|size|debt|warnings?|violations?|churn|p9\d|errors/i;
const IMPROVEMENT = /improv|reduc|fewer|increase|faster|growth|more/i;
const FREQUENCY: [RegExp, string][] = [
  [/\b(?:multiple times )?daily\b|\bper day\b|\bevery day\b/i, "per day"],
  [/\bweekly\b|\bper week\b/i, "per week"],
  [/\bhourly\b|\bper hour\b/i, "per hour"],
];

function unitOf(rest: string): string | null {
  const t = rest.trim();
  for (const [pattern, unit] of UNITS) if (pattern.test(t)) return unit;
  return null;
}

function comparatorOf(word: string | undefined): Comparator | null {
  if (!word) return null;
  for (const [pattern, c] of COMPARATORS) if (pattern.test(word.trim())) return c;
  return null;
}

/** One measurable clause ("< 200ms", "Backend 80%", "99.9% uptime", "Zero critical bugs"), or null. */
export function parseClause(clause: string, name: string): Omit<ParsedMetric, "name" | "group" | "line"> & { qualifier: string } | null {
  const text = asciiNumerals(clause).replace(/\([^)]*\)/g, " ").replace(/\s+/g, " ").trim();
  // "Zero critical bugs", "0 warnings", "0 leaks": nothing of it is the target.
  if (/^(?:zero|no|none|0)\b(?![.,%]\d|\s*%)/i.test(text)) return { comparator: "<=", target: 0, unit: "", qualifier: "" };
  for (const [pattern, unit] of FREQUENCY) {
    if (pattern.test(text) && !/\d/.test(text)) return { comparator: ">=", target: 1, unit, qualifier: "" };
  }
  // The first number with a comparator or a unit: in "p99 < 2 seconds" that is "< 2 seconds", not "99".
  // A bare number without either ("Complete all 4 TODOs") is not a target.
  const m = [...text.matchAll(CLAUSE_ALL)].find((c) => c[1] || c[3] || unitOf(c[4] ?? ""));
  if (!m || m.index === undefined) {
    const spoken = spokenBound(text);
    return spoken ? { ...spoken, qualifier: "" } : null;
  }
  const comparatorWord = m[1];
  // "12.000 €", "1,200": grouped thousands are one number (recognise/metric-words.ts).
  const value = numberValue(m[2]!);
  // Beyond the range a metric accepts (or Infinity as a double): not a target anyone can set or meet.
  if (valueProblem(value)) return null;
  const unit = unitOf(`${m[4] ?? ""}`) ?? "";
  const plus = !!m[3];
  const qualifier = text.slice(0, m.index).replace(/[:–—-]\s*$/, "").trim();
  // "unter 5 %", "maks. 27 °C": a comparison in another language (spoken-comparators.ts).
  const explicit = comparatorOf(comparatorWord) ?? spokenComparator(text, value);
  const subject = `${name} ${text}`;
  const lowerIsBetter = !HIGHER_IS_BETTER.test(subject) && !IMPROVEMENT.test(text) && LOWER_IS_BETTER.test(subject);
  const comparator: Comparator = explicit ?? (plus || !lowerIsBetter ? ">=" : "<=");
  return { comparator, target: value, unit, qualifier: qualifier.length <= 60 ? qualifier.replace(/\s+(?:to|in|of|at)$/i, "") : "" };
}

/** Name and value of a metric line: `**Name:** value`, `**Name**: value` or `Name: value`. */
function nameAndValue(paragraph: Paragraph): { name: string; value: string } | null {
  const text = plainText(paragraph);
  const first = paragraph.children[0];
  if (first?.type === "strong") {
    const name = plainText(first).replace(/:\s*$/, "").trim();
    return { name, value: text.slice(plainText(first).length).replace(/^\s*:\s*/, "").trim() };
  }
  const m = text.match(/^([^:：]{2,60})[:：]\s*(.+)$/u);
  return m ? { name: m[1]!.trim(), value: m[2]!.trim() } : null;
}

const KEY_RESULT = /^(?:kr|key result)\s*\d+\s*[:.)–—\-：）]/i;

/** A list of OKR key results ("KR1: Reduce p95 latency to < 300 ms") is a list of targets wherever it stands. */
export function isKeyResultList(list: List): boolean {
  return list.children.length > 0 && list.children.every((item) => item.children[0]?.type === "paragraph" && KEY_RESULT.test(plainText(item.children[0])));
}

export function recogniseMetricList(list: List, ctx: ParseContext): boolean {
  const group = categoryOf(ctx).at(-1) ?? "";
  let found = 0;
  for (const item of list.children) {
    const first = item.children[0];
    if (first?.type !== "paragraph") continue;
    // "KR1.1 Median lead time ≤ 30 min": the label numbers the key result, the sentence is the target.
    // "KR2: Backend coverage ≥ 75%, frontend coverage ≥ 60%": one target per clause that compares on its own.
    const keyResult = keyResultText(plainText(first));
    const labelled = keyResult === null ? [] : clauseTargets(keyResult);
    if (labelled.length > 0) {
      for (const metric of labelled) ctx.metrics.push({ ...metric, group, line: lineOf(item) });
      found += labelled.length;
      continue;
    }
    const nv = nameAndValue(first);
    const sentence = !nv?.value || !nv.value.split(/,(?!\d)|;|\band\b/).some((c) => parseClause(c, nv.name)) ? sentenceMetric(plainText(first)) : null;
    if (sentence) {
      // "Quarantine list below 10 tests": no "Name:" label, the comparison names its subject.
      ctx.metrics.push({ ...sentence, group, line: lineOf(item) });
      found++;
      continue;
    }
    if (!nv || !nv.value) continue;
    let { name } = nv;
    // "KR1: Reduce p95 latency to < 300 ms" — the label is a numbering, the text names the metric.
    const numbering = /^(?:kr|key result|okr|m|metric)\s*\d*$/i.test(name);
    const clauses = goalPart(nv.value).split(/,(?!\d)|;|\band\b/).map((c) => c.trim()).filter(Boolean);
    const parsed = clauses.map((c) => parseClause(c, name)).filter((c): c is NonNullable<typeof c> => c !== null);
    if (numbering) name = nv.value.replace(/(?:to\s+)?(<=|>=|≤|≥|<|>|=).*$/, "").replace(/\s+to$/i, "").trim() || name;
    for (const clause of parsed) {
      const qualified = numbering
        ? clause.qualifier || name
        : parsed.length > 1 && clause.qualifier
          ? `${name} (${clause.qualifier})`
          : clause.qualifier && /^p\d{2}/i.test(clause.qualifier)
            ? `${name} ${clause.qualifier}`
            : name;
      ctx.metrics.push({ name: qualified.charAt(0).toUpperCase() + qualified.slice(1), comparator: clause.comparator, target: clause.target, unit: clause.unit, group, line: lineOf(item) });
      found++;
    }
  }
  if (found) ctx.shapes.add("metrics");
  return found > 0;
}

// Header words of a targets table, in the languages the importer reads: the name column and the bound column.
const METRIC_HEADER = /^(?:metric|kpi|measure|indicator|key result|slo|sli|metrik|kennzahl|métrique|indicateur|métrica|indicador|metrica|indicatore|meetwaarde|mätvärde|mittari|ukazatel|mutató|wskaźnik|показатель|показник|gösterge|chỉ số|chỉ tiêu|المؤشر|مؤشر|المقياس|מדד|指標|指标|지표)(?:s|en|e|es|he)?$/u;
const TARGET_HEADER = /^(?:target|goal|objective|budget|threshold|limit|slo|ziel|zielwert|grenzwert|budget|cible|objectif|seuil|objetivo|meta|límite|limite|obiettivo|soglia|doel|norm|mål|tavoite|cíl|cél|cel|цель|ціль|hedef|mục tiêu|sasaran|target|المستهدف|الهدف|هدف|יעד|目標|目标|목표)(?:s|e|es|wert)?(?![\p{L}\p{N}])/u;

/** `| Metric | Today | Target |` tables: each row's target cell is a metric target (issue 18, shape 13). */
export function recogniseMetricTable(table: Table, headers: string[], ctx: ParseContext): boolean {
  let target = headers.findIndex((h) => TARGET_HEADER.test(h));
  let name = headers.findIndex((h) => METRIC_HEADER.test(h));
  // A name column headed in other words, known by the bounds in the target column (recognise/target-columns.ts).
  if (name < 0 && target > 0) name = unnamedMetricColumn(headers, table.children.slice(1).map((row) => row.children.map((c) => plainText(c))), target);
  // "| Kriterij | Cilj | Stanje |": a target column of bounds, named by the first column (recognise/bound-tables.ts).
  if (name < 0 || target < 0) {
    const column = (i: number) => table.children.slice(1).map((row) => (row.children[i] ? plainText(row.children[i]!) : ""));
    const bounds = headers.findIndex((h, i) => i > 0 && (TARGET_HEADER.test(h) || isMoreTargetHeader(h)) && isBoundColumn(column(i)));
    if (bounds < 0) return false;
    target = bounds;
    if (name < 0) name = 0;
  }
  if (name === target) return false;
  const group = categoryOf(ctx).at(-1) ?? "";
  for (const row of table.children.slice(1)) {
    const cells = row.children.map((c) => plainText(c));
    const metric = cells[name]?.trim();
    const clause = metric ? parseClause(cells[target] ?? "", metric) : null;
    if (metric && clause) ctx.metrics.push({ name: metric, comparator: clause.comparator, target: clause.target, unit: clause.unit, group, line: lineOf(row) });
  }
  ctx.shapes.add("metrics");
  return true;
}

/** The targets a note line states in the shapes of target-openings.ts, one per sentence; the clause says the direction. */
function openedTargets(line: string): Omit<ParsedMetric, "group" | "line">[] {
  const found: Omit<ParsedMetric, "group" | "line">[] = [];
  // "Xの目標は A 以上、Y は B 未満": a CJK sentence of several topic targets gives each (target-openings.ts).
  const openings = sentencesOf(line).flatMap((sentence) => {
    const several = topicTargets(sentence);
    if (several.length > 1) return several;
    const opened = openedTarget(sentence);
    return opened ? [opened] : [];
  });
  for (const opened of openings) {
    // "2초 이하", "at least 4.5:1": the comparison words of the sentence reader, else the clause's figure and the measure's direction.
    const said = sentenceMetric(`${opened.name} ${opened.clause}`);
    const clause = said ? null : parseClause(opened.clause, opened.name);
    const name = opened.name.charAt(0).toUpperCase() + opened.name.slice(1);
    if (said) found.push({ name, comparator: said.comparator, target: said.target, unit: said.unit });
    else if (clause) found.push({ name, comparator: clause.comparator, target: clause.target, unit: clause.unit });
  }
  return found;
}

/**
 * Paragraphs of labelled targets, one per line: "**KR 1.1** Free → paid conversion from 2.8% to at
 * least 4%", "Goal: bring the monthly AWS bill from ~$182k to under $140k". Read in a pass of their
 * own over the document's top-level paragraphs, so a heading read as a record or an item around them
 * does not swallow them; the group is the nearest heading.
 */
export function recogniseTargetParagraphs(nodes: readonly RootContent[], ctx: ParseContext) {
  let group = "";
  let heading = "";
  for (const node of nodes) {
    if (node.type === "heading") {
      heading = plainText(node);
      group = cleanHeading(heading);
    }
    // "- Cycle goal: …" in a notes list (target-headings.ts).
    if (node.type === "list") {
      for (const { index, metrics } of labelledEntryTargets(node, heading)) {
        for (const metric of metrics) ctx.metrics.push({ ...metric, group, line: lineOf(node.children[index]!) });
        ctx.shapes.add("metrics");
      }
    }
    // A paragraph of millions of lines is a dump of text, not target lines (recognise/block-size.ts).
    if (node.type !== "paragraph" || isHugeBlock(node)) continue;
    const line = lineOf(node);
    // The source lines: plain text joins a paragraph's soft breaks, and each line is its own target.
    const { start, end } = node.position ?? {};
    const source = start?.offset !== undefined && end?.offset !== undefined ? ctx.text.slice(start.offset, end.offset) : plainText(node);
    source
      .split(/\r?\n/)
      .map((l) => l.replace(/\*\*|__|`/g, ""))
      .forEach((text, offset) => {
        // Under "## Sprintziel", "## Objetivo …" the sentence itself is the target (target-headings.ts).
        const labelled = lineTargets(text);
        const read = labelled.length > 0 || !namesOneTarget(heading) ? labelled : headedTargets(text);
        // "Catatan: target uptime API 99,95%.", "참고: 콜드 스타트 목표는 2초 이하.": a target stated as a note (target-openings.ts).
        for (const metric of read.length > 0 ? read : openedTargets(text)) {
          ctx.metrics.push({ ...metric, group, line: line + offset });
          ctx.shapes.add("metrics");
        }
      });
  }
}
