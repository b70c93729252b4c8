"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { ProjectSelect } from "@/components/projects/project-select";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { defineMetricAction, deleteMetricAction, updateMetricAction } from "@/lib/metrics/actions";
import type { ActionError } from "@/lib/result";
import type { MetricDefinition } from "@/lib/metrics/status";

export type MetricFormValues = MetricDefinition & {
  projectId: string | null;
  description: string;
};

const text = (v: number | null) => (v === null ? "" : String(v));
const select = "h-9 w-full rounded-md border border-border bg-background px-2 text-sm";

/** Define a metric, or edit one (`existing` set: the key is fixed, the version guards the edit). */
export function MetricForm({ initial, existing, projects }: { initial: MetricFormValues; existing?: { id: string; version: number; points: number }; projects: { id: string; name: string }[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [direction, setDirection] = useState(initial.direction);

  const failed = (error: ActionError) => {
    setErrors(error.fieldErrors ?? {});
    toast.error(error.code === "conflict" && existing ? `${error.message} Reload the page to see them.` : error.message);
  };

  const submit = (data: FormData) =>
    startTransition(async () => {
      const fields = {
        name: String(data.get("name") ?? ""),
        unit: String(data.get("unit") ?? ""),
        direction: String(data.get("direction") ?? "") as MetricFormValues["direction"],
        target: String(data.get("target") ?? ""),
        warningThreshold: String(data.get("warningThreshold") ?? ""),
        criticalThreshold: String(data.get("criticalThreshold") ?? ""),
        projectId: String(data.get("projectId") ?? ""),
        description: String(data.get("description") ?? ""),
      };
      const result = existing
        ? await updateMetricAction({ metricId: existing.id, version: existing.version, ...fields })
        : await defineMetricAction({ key: String(data.get("key") ?? ""), ...fields });
      if (!result.ok) return failed(result.error);
      toast.success(existing ? "Metric saved" : `Metric ${result.data.key} defined`);
      router.push(`/metrics/${result.data.key}`);
      router.refresh();
    });

  const remove = () => {
    if (!existing) return;
    const warning = existing.points ? ` and its ${existing.points.toLocaleString()} recorded values` : "";
    if (!window.confirm(`Delete ${initial.name}${warning}? This cannot be undone.`)) return;
    startTransition(async () => {
      const result = await deleteMetricAction({ metricId: existing.id, version: existing.version });
      if (!result.ok) return failed(result.error);
      toast.success(`${initial.name} deleted`);
      router.push("/metrics");
      router.refresh();
    });
  };

  const err = (name: string) => errors[name];
  const aria = (name: string) => ({ "aria-invalid": !!errors[name] || undefined, "aria-describedby": errors[name] ? `metric-${name}-error` : undefined });
  const worse = direction === "lower_is_better" ? "above" : "below";

  return (
    // onSubmit rather than a form action: React resets a form after its action, failed or not, and a
    // refused definition must keep what the lead typed.
    <form
      className="max-w-2xl space-y-5"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit(new FormData(e.currentTarget));
      }}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="metric-key" label="Key" error={err("key")} hint={existing ? "Fixed: CI posts to it." : "What CI posts to: lowercase, digits and _ (e.g. pyright_errors)."}>
          <Input id="metric-key" name="key" defaultValue={initial.key} readOnly={!!existing} required pattern="[a-z][a-z0-9_]{0,63}" className="font-mono" {...aria("key")} />
        </Field>
        <Field id="metric-name" label="Name" error={err("name")}>
          <Input id="metric-name" name="name" defaultValue={initial.name} required maxLength={120} {...aria("name")} />
        </Field>
        <Field id="metric-unit" label="Unit" error={err("unit")} hint="%, s, ms, min, errors… (optional)">
          <Input id="metric-unit" name="unit" defaultValue={initial.unit} maxLength={20} {...aria("unit")} />
        </Field>
        <Field id="metric-direction" label="Better when" error={err("direction")}>
          <select id="metric-direction" name="direction" className={select} value={direction} onChange={(e) => setDirection(e.target.value as MetricFormValues["direction"])}>
            <option value="lower_is_better">Lower (errors, latency, time)</option>
            <option value="higher_is_better">Higher (coverage, uptime)</option>
          </select>
        </Field>
      </div>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-medium">Levels</legend>
        <Field id="metric-target" label="Target" error={err("target")} hint="Where the team wants to be">
          <Input id="metric-target" name="target" inputMode="decimal" defaultValue={text(initial.target)} {...aria("target")} />
        </Field>
        <Field id="metric-warningThreshold" label="Warning threshold" error={err("warningThreshold")} hint={`Warning ${worse} this`}>
          <Input id="metric-warningThreshold" name="warningThreshold" inputMode="decimal" defaultValue={text(initial.warningThreshold)} {...aria("warningThreshold")} />
        </Field>
        <Field id="metric-criticalThreshold" label="Critical threshold" error={err("criticalThreshold")} hint={`Critical ${worse} this`}>
          <Input id="metric-criticalThreshold" name="criticalThreshold" inputMode="decimal" defaultValue={text(initial.criticalThreshold)} {...aria("criticalThreshold")} />
        </Field>
      </fieldset>
      <Field id="metric-projectId" label="Project" error={err("projectId")}>
        {/* Set like the direction select above it. */}
        <ProjectSelect
          id="metric-projectId"
          name="projectId"
          className="bg-background px-2 shadow-none"
          defaultValue={initial.projectId ?? ""}
          projects={projects}
          valueBy="id"
          noneLabel="No project (workspace-wide)"
        />
      </Field>
      <Field id="metric-description" label="Description (optional)" error={err("description")} hint="How it is measured and where the number comes from">
        <textarea id="metric-description" name="description" defaultValue={initial.description} maxLength={2000} rows={3} className="w-full rounded-md border border-border bg-background px-3 py-2 text-sm" />
      </Field>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : existing ? "Save metric" : "Define metric"}
        </Button>
        <Button variant="ghost" onClick={() => router.back()} disabled={pending}>
          Cancel
        </Button>
        {existing ? (
          <Button variant="ghost" className="ml-auto text-danger" onClick={remove} disabled={pending}>
            Delete metric
          </Button>
        ) : null}
      </div>
    </form>
  );
}
