import { exportCsv, exportJson, exportViewMarkdown, type ExportView } from "./export";

export const EXPORT_FORMATS = {
  md: { contentType: "text/markdown; charset=utf-8", extension: "md", render: exportViewMarkdown },
  csv: { contentType: "text/csv; charset=utf-8", extension: "csv", render: exportCsv },
  json: { contentType: "application/json; charset=utf-8", extension: "json", render: exportJson },
} as const satisfies Record<string, { contentType: string; extension: string; render: (view: ExportView) => string }>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormat[];
