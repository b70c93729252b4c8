import type { BacklogColumn } from "@/lib/backlog/columns";

/** Each column's cell class (header and cells), styled and shown or hidden by backlog-table.css. */
export const CELL_CLASS = {
  key: "key",
  title: "title",
  project: "proj",
  category: "cat",
  priority: "prio",
  status: "status",
  severity: "sev",
  effort: "eff",
  assignee: "who",
  due: "due",
  sla: "sla",
} as const satisfies Record<BacklogColumn, string>;
