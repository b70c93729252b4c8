"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { ProjectSelect } from "@/components/projects/project-select";
import type { ProjectOption } from "@/lib/backlog/option-queries";

/** All projects (or the workspace default) or one project; the choice lives in the URL (?project=slug). */
export function ProjectPicker({ projects, current, path, label, allLabel }: { projects: ProjectOption[]; current: string | null; path: string; label: string; allLabel: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="text-muted-foreground">{label}</span>
      <ProjectSelect
        className="h-8 w-auto px-2 shadow-none"
        value={current ?? ""}
        aria-busy={pending}
        onChange={(e) => {
          const slug = e.target.value;
          startTransition(() => router.push(slug ? `${path}?project=${encodeURIComponent(slug)}` : path));
        }}
        projects={projects}
        valueBy="slug"
        noneLabel={allLabel}
      />
    </label>
  );
}
