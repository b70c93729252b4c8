"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import type { ProjectOption } from "@/lib/backlog/options";

/** All projects (or the workspace default) or one project; the choice lives in the URL (?project=slug). */
export function ProjectPicker({ projects, current, path, label, allLabel }: { projects: ProjectOption[]; current: string | null; path: string; label: string; allLabel: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="text-muted-foreground">{label}</span>
      <select
        className="h-8 rounded-md border border-border bg-surface px-2 text-sm"
        value={current ?? ""}
        aria-busy={pending}
        onChange={(e) => {
          const slug = e.target.value;
          startTransition(() => router.push(slug ? `${path}?project=${encodeURIComponent(slug)}` : path));
        }}
      >
        <option value="">{allLabel}</option>
        {projects.map((p) => (
          <option key={p.id} value={p.slug}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  );
}
