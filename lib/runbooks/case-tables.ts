import type { PhrasingContent, RootContent, Table, TableCell, TableRow } from "mdast";
import { toString } from "mdast-util-to-string";
import { descendants } from "./syntax-tree";
import { collapse } from "./text";

// Alert and helpdesk runbooks are often one table: a row per alert, error or symptom, a column
// saying what it means and a column saying what to do ("| Alert | Meaning | What to do |",
// "| Fehler | Ursache | Maßnahme |", "| Симптом | Что делать |"). Each row is then a case a
// responder handles on its own, i.e. a scenario named by its first cell, and its steps are the
// lines of its action cell: the parts between line breaks (<br>, as a table cell cannot hold a
// list), or the entries of an inline numbered run ("1. … 2. …"); a cell of one line is one step.
// A table is read so only when its first column names cases (by its header word) and another
// column holds actions; step tables ("| Step | Action |") and reference tables (contacts, levels)
// are not.

// The first column's header: the kind of case each row is, in the languages the importer reads.
const CASE_HEADER = new Set([
  "alert", "alerts", "alarm", "alarms", "symptom", "symptoms", "problem", "problems", "issue", "issues", "error", "errors",
  "error code", "situation", "case", "scenario", "incident", "failure", "fault", "condition", "event", "signal",
  "fehler", "fehlerbild", "störung", "meldung", "fall",
  "problème", "erreur", "cas", "symptôme", "alerte",
  "síntoma", "problema", "caso", "alerta", "incidencia", "fallo",
  "sintoma", "erro", "falha", "errore", "guasto", "avviso",
  "проблема", "ошибка", "симптом", "алерт", "сбой", "ситуация", "помилка", "збій", "błąd", "objaw", "awaria",
  "症状", "事象", "現象", "エラー", "アラート", "障害", "故障", "问题", "错误", "告警", "现象",
]);

// An action column's header: what to do about the case.
const ACTION_HEADER = new Set([
  "what to do", "to do", "do this", "action", "actions", "fix", "resolution", "remedy", "remediation", "mitigation", "response", "steps", "solution", "workaround", "next steps",
  "maßnahme", "maßnahmen", "lösung", "vorgehen", "was tun", "aktion", "abhilfe",
  "que faire", "action à mener", "actions à mener", "résolution", "remède",
  "qué hacer", "que hacer", "acción", "acciones", "solución", "o que fazer", "ação", "ações", "solução", "cosa fare", "azione", "soluzione",
  "что делать", "действия", "решение", "що робити", "дії", "rozwiązanie", "działanie", "co zrobić",
  "対処", "対応", "処置", "対処方法", "対応方法", "手順", "处理", "处理方法", "解决方法", "操作",
]);

const header = (cell: TableCell | undefined): string => collapse(toString(cell ?? { type: "text", value: "" })).toLowerCase().replace(/[:：]$/, "");

/** One row of a case table: the case's name, its action cell's steps, and the row itself. */
export interface TableCase {
  title: string;
  steps: string[];
  row: TableRow;
}

/** The rows of a case table as cases, or undefined when the table is not one. */
export function tableCases(table: Table): TableCase[] | undefined {
  const [head, ...rows] = table.children;
  if (!head || rows.length < 2 || !CASE_HEADER.has(header(head.children[0]))) return undefined;
  const action = head.children.findIndex((cell, i) => i > 0 && ACTION_HEADER.has(header(cell)));
  if (action < 0) return undefined;
  const cases = rows.map((row) => ({ title: collapse(toString(row.children[0] ?? { type: "text", value: "" })), steps: cellSteps(row.children[action]), row }));
  return cases.every((c) => c.title !== "") ? cases : undefined;
}

/** The one case table among top-level nodes with no list or other step table beside it, or undefined. */
export function onlyCaseTable(nodes: readonly RootContent[]): TableCase[] | undefined {
  const tables = nodes.filter((node): node is Table => node.type === "table");
  if (tables.length !== 1 || descendants(nodes).some((node) => node.type === "list")) return undefined;
  return tableCases(tables[0]!);
}

// "1. " or "2) " opening an entry of an inline numbered run.
const NUMBERED = /(?:^|\s)\d{1,2}[.)]\s+/g;

function cellSteps(cell: TableCell | undefined): string[] {
  if (!cell) return [];
  const lines: PhrasingContent[][] = [[]];
  for (const child of cell.children) {
    if (child.type === "html" && /^<br\s*\/?>$/i.test(child.value.trim())) lines.push([]);
    else lines.at(-1)!.push(child);
  }
  const texts = lines.map((line) => collapse(line.map((node) => toString(node)).join(""))).filter((text) => /[\p{L}\p{N}]/u.test(text));
  if (texts.length > 1) return texts.map((text) => text.replace(/^\d{1,2}[.)]\s+/, ""));
  const [only = ""] = texts;
  // One line written as "1. … 2. …": each number starts a step, when the run starts at 1.
  if (!/^1[.)]\s/.test(only)) return texts;
  return only
    .split(NUMBERED)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}
