import { STATUS_LABELS, SEVERITY_LABELS } from "@/lib/backlog/labels";
import { SLA_LABELS } from "@/lib/sla/state";
import { DEFAULT_QUERY, type BacklogQuery } from "@/lib/backlog/query";

// A backlog view's filters in words, for the header a printed page carries ("Project: Health
// todos · Priority: P0, P1 · Assignee: me"): paper has no URL and no filter bar, so the reader of
// a printout learns here which items it lists and which it leaves out.

export type FilterWord = { label: string; value: string };

type Lookups = { projects: readonly { slug: string; name: string }[]; users: readonly { id: string; name: string }[] };

const SORT_LABELS: Record<BacklogQuery["sort"], string> = {
  key: "Key",
  title: "Title",
  project: "Project",
  category: "Category",
  priority: "Priority",
  status: "Status",
  severity: "Severity",
  effort: "Effort",
  assignee: "Assignee",
  due: "Due",
  sla: "SLA",
  updated: "Updated",
  created: "Created",
};

function assigneeWord(assignee: string, users: Lookups["users"]): string {
  if (assignee === "me") return "me";
  if (assignee === "none") return "Unassigned";
  return users.find((u) => u.id === assignee)?.name ?? "a user no longer listed";
}

/** The query's filters, in the filter bar's words and order; the sort and page only when not the default. */
export function describeBacklogFilters(query: BacklogQuery, { projects, users }: Lookups): FilterWord[] {
  const words: FilterWord[] = [];
  const put = (label: string, value: string | undefined) => value && words.push({ label, value });
  if (query.q) put("Search", `“${query.q}”`);
  if (query.project) put("Project", projects.find((p) => p.slug === query.project)?.name ?? query.project);
  put("Priority", query.priority?.map((p) => (p === "untriaged" ? "Untriaged" : p)).join(", "));
  put("Status", query.status?.map((s) => STATUS_LABELS[s]).join(", "));
  put("Severity", query.severity?.map((s) => SEVERITY_LABELS[s]).join(", "));
  if (query.assignee) put("Assignee", assigneeWord(query.assignee, users));
  put("Category", query.category);
  // The filter bar shows "overdue" and the SLA states as one group, so they read as one here.
  const sla = [...(query.overdue ? [SLA_LABELS.overdue] : []), ...(query.sla ?? []).filter((s) => !(query.overdue && s === "overdue")).map((s) => (s === "none" ? "No SLA" : SLA_LABELS[s]))];
  put("SLA", sla.join(", "));
  if (query.sort !== DEFAULT_QUERY.sort || query.dir !== DEFAULT_QUERY.dir) put("Sorted by", `${SORT_LABELS[query.sort]}, ${query.dir === "asc" ? "ascending" : "descending"}`);
  if (query.page > 1) put("Page", String(query.page));
  return words;
}

/** The words as one line: "Project: Payments · Priority: P0, P1", or `none` when nothing narrows the view. */
export function filterLine(words: readonly FilterWord[], none = "All items, no filters"): string {
  return words.length ? words.map((w) => `${w.label}: ${w.value}`).join(" · ") : none;
}
