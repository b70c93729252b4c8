"use client";

import { Download } from "lucide-react";
import { useState } from "react";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";

const PRIORITIES = ["P0", "P1", "P2", "P3", "untriaged"] as const;
const STATUSES = [
  ["not_started", "Not started"],
  ["in_progress", "In progress"],
  ["blocked", "Blocked"],
  ["done", "Done"],
  ["wont_do", "Won't do"],
] as const;

/** Builds the export URL (the same filter names the backlog view will use) and downloads it. */
export function ExportForm({ projects }: { projects: { slug: string; name: string }[] }) {
  const [project, setProject] = useState(projects[0]?.slug ?? "");
  const [format, setFormat] = useState("md");
  const [priorities, setPriorities] = useState<string[]>([]);
  const [statuses, setStatuses] = useState<string[]>([]);
  const [category, setCategory] = useState("");
  const [q, setQ] = useState("");
  if (projects.length === 0) return <p className="text-sm text-muted-foreground">No projects to export yet.</p>;

  const params = new URLSearchParams({ format });
  if (priorities.length) params.set("priority", priorities.join(","));
  if (statuses.length) params.set("status", statuses.join(","));
  if (category.trim()) params.set("category", category.trim());
  if (q.trim()) params.set("q", q.trim());
  const href = `/api/v1/projects/${project}/export?${params}`;
  const toggle = (list: string[], value: string, set: (v: string[]) => void) => set(list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

  return (
    <div className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="export-project" label="Project">
          <Select id="export-project" value={project} onChange={(e) => setProject(e.target.value)}>
            {projects.map((p) => (
              <option key={p.slug} value={p.slug}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="export-format" label="Format">
          <Select id="export-format" value={format} onChange={(e) => setFormat(e.target.value)}>
            <option value="md">Markdown (imports back)</option>
            <option value="csv">CSV</option>
            <option value="json">JSON</option>
          </Select>
        </Field>
        <Field id="export-category" label="Category starts with">
          <Input id="export-category" value={category} onChange={(e) => setCategory(e.target.value)} placeholder="Security" maxLength={200} />
        </Field>
        <Field id="export-q" label="Text contains">
          <Input id="export-q" value={q} onChange={(e) => setQ(e.target.value)} placeholder="runbook" maxLength={200} />
        </Field>
      </div>
      <fieldset className="flex flex-wrap gap-3 text-sm">
        <legend className="mb-1 font-medium">Priority (none ticked = all)</legend>
        {PRIORITIES.map((p) => (
          <label key={p} className="flex items-center gap-1.5">
            <input type="checkbox" checked={priorities.includes(p)} onChange={() => toggle(priorities, p, setPriorities)} /> {p === "untriaged" ? "Untriaged" : p}
          </label>
        ))}
      </fieldset>
      <fieldset className="flex flex-wrap gap-3 text-sm">
        <legend className="mb-1 font-medium">Status (none ticked = all)</legend>
        {STATUSES.map(([value, label]) => (
          <label key={value} className="flex items-center gap-1.5">
            <input type="checkbox" checked={statuses.includes(value)} onChange={() => toggle(statuses, value, setStatuses)} /> {label}
          </label>
        ))}
      </fieldset>
      <a href={href} download className="inline-flex h-9 items-center gap-1.5 rounded-md bg-primary px-3.5 text-sm font-medium text-primary-foreground hover:opacity-90">
        <Download className="size-4" aria-hidden /> Download export
      </a>
    </div>
  );
}
