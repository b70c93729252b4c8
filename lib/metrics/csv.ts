import { parse } from "csv-parse/sync";
import { timeProblem, valueProblem } from "./limits";
import { MAX_BATCH_POINTS, type PointInput } from "./schemas";

// A CSV of values, as exported from a spreadsheet or a CI log: `time,value[,note]`, an optional
// header row, comma or semicolon separated. Every bad row is reported by line; nothing is written
// unless every row is good (the caller checks `errors` first).

export type CsvPreview = { points: PointInput[]; errors: { line: number; message: string }[]; header: boolean; delimiter: string };

/** ISO 8601, a bare date (midnight UTC), or Unix time in seconds or milliseconds. */
export function parseTime(raw: string): Date | null {
  const s = raw.trim();
  if (/^\d{9,10}(\.\d+)?$/.test(s)) return new Date(Number(s) * 1000);
  if (/^\d{12,13}$/.test(s)) return new Date(Number(s));
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return new Date(`${s}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(s)) return null;
  const d = new Date(s.replace(" ", "T"));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A number as spreadsheets write it: "1234.5", "1,234.5", "87.5%", " 12 ". */
export function parseValue(raw: string): number | null {
  const s = raw.trim().replace(/%$/, "").replace(/,(?=\d{3}(\D|$))/g, "");
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

export function parseCsv(text: string, now = new Date()): CsvPreview {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const errors: CsvPreview["errors"] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true, bom: true, info: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { points: [], errors: [{ line, message: `not readable as CSV: ${(error as Error).message}` }], header: false, delimiter };
  }
  const first = records[0]?.record;
  const header = !!first && parseTime(first[0] ?? "") === null && parseValue(first[1] ?? "") === null;
  const points: PointInput[] = [];
  for (const { record, info } of header ? records.slice(1) : records) {
    const line = info.lines;
    if (record.every((cell) => cell === "")) continue;
    const [time = "", value = "", note = ""] = record;
    const at = parseTime(time);
    const v = parseValue(value);
    // The same window and range as the API and the form (lib/metrics/limits.ts), with the same words.
    const late = at && timeProblem(at, now.getTime());
    const big = v !== null && valueProblem(v);
    if (!at) errors.push({ line, message: `time '${time.slice(0, 40)}' is not a date (use 2026-12-04T14:02:00Z, 2026-12-04 or Unix seconds)` });
    else if (late) errors.push({ line, message: `time ${time.slice(0, 40)} ${late}` });
    if (v === null) errors.push({ line, message: `value '${value.slice(0, 40)}' is not a number` });
    else if (big) errors.push({ line, message: `value ${value.slice(0, 40)} ${big}` });
    if (note.length > 500) errors.push({ line, message: "note is longer than 500 characters" });
    if (at && !late && v !== null && !big) points.push({ value: v, recordedAt: at, note });
  }
  if (points.length + errors.length === 0) errors.push({ line: 1, message: "no rows: expected time,value lines" });
  if (points.length > MAX_BATCH_POINTS) errors.push({ line: 1, message: `${points.length.toLocaleString("en")} rows; at most ${MAX_BATCH_POINTS.toLocaleString("en")} per upload` });
  return { points, errors: errors.slice(0, 50), header, delimiter };
}
