import { exportCsv, exportJson, exportMarkdown, type ExportDocument } from "./export";

export const EXPORT_FORMATS = {
  md: { contentType: "text/markdown; charset=utf-8", extension: "md", render: exportMarkdown },
  csv: { contentType: "text/csv; charset=utf-8", extension: "csv", render: exportCsv },
  json: { contentType: "application/json; charset=utf-8", extension: "json", render: exportJson },
} as const satisfies Record<string, { contentType: string; extension: string; render: (doc: ExportDocument) => string }>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;
