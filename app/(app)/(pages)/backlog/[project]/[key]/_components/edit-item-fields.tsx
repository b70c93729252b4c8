"use client";

import { MentionTextarea } from "@/components/notify/mention-textarea";
import type { ChangeEvent, ReactNode } from "react";
import { Field as FormField } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { ProjectSelect } from "@/components/projects/project-select";
import { PRIORITY_LABELS, SEVERITY_LABELS } from "@/lib/backlog/labels";
import { CATEGORY_SEPARATOR, FIELD_LABELS, type Field, type FormValues } from "./edit-values";

type Props = {
  values: FormValues;
  onChange: (field: Field, value: string) => void;
  errors: Partial<Record<Field, string[]>>;
  users: { id: string; name: string }[];
  projects: { id: string; name: string }[];
  disabled: boolean;
};

const textarea =
  "w-full rounded-md border border-border bg-surface px-3 py-2 font-mono text-xs leading-relaxed shadow-xs aria-[invalid=true]:border-danger disabled:opacity-60";

/** The description's box takes its value through onValueChange (it also offers people after "@"). */
function withoutOnChange<T extends { onChange: unknown }>(props: T): Omit<T, "onChange"> {
  const rest: Partial<T> = { ...props };
  delete rest.onChange;
  return rest as Omit<T, "onChange">;
}

/** Every editable field of an item, labelled and tied to its server error by id. */
export function EditItemFields({ values, onChange, errors, users, projects, disabled }: Props) {
  // Shared props of each control: value, change handler, id and error wiring.
  const bind = (field: Field) => ({
    id: `edit-${field}`,
    name: field,
    value: values[field],
    disabled,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => onChange(field, e.target.value),
    "aria-invalid": !!errors[field],
    "aria-describedby": errors[field] ? `edit-${field}-error` : undefined,
  });
  const field = (name: Field, control: ReactNode, hint?: string) => (
    <FormField id={`edit-${name}`} label={FIELD_LABELS[name]} error={errors[name]} hint={hint}>
      {control}
    </FormField>
  );

  return (
    <div className="space-y-4">
      {field("title", <Input {...bind("title")} maxLength={500} required autoFocus />)}
      {field(
        "description",
        <MentionTextarea {...withoutOnChange(bind("description"))} people={users} onValueChange={(v) => onChange("description", v)} rows={10} className={textarea} />,
        "Markdown: lists, tables, task lists and code blocks. @ mentions someone.",
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {field(
          "priority",
          <Select {...bind("priority")} aria-keyshortcuts="P">
            <option value="">Untriaged</option>
            {Object.entries(PRIORITY_LABELS).map(([p, label]) => (
              <option key={p} value={p}>
                {label}
              </option>
            ))}
          </Select>,
        )}
        {field(
          "severity",
          <Select {...bind("severity")}>
            <option value="">Not set</option>
            {Object.entries(SEVERITY_LABELS).map(([s, label]) => (
              <option key={s} value={s}>
                {label}
              </option>
            ))}
          </Select>,
        )}
        {field("effortHours", <Input {...bind("effortHours")} type="number" inputMode="decimal" min={0} step={0.5} />, "8 hours make a day.")}
        {field(
          "impact",
          <Select {...bind("impact")}>
            <option value="">Not set</option>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={String(n)}>
                {n}
              </option>
            ))}
          </Select>,
        )}
        {field(
          "assigneeId",
          <Select {...bind("assigneeId")} aria-keyshortcuts="A">
            <option value="">Unassigned</option>
            {/* A current assignee who is no longer assignable stays selectable, so saving keeps them. */}
            {values.assigneeId && !users.some((u) => u.id === values.assigneeId) ? <option value={values.assigneeId}>Current assignee (inactive)</option> : null}
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </Select>,
        )}
        {field(
          "projectId",
          <ProjectSelect {...bind("projectId")} projects={projects} valueBy="id" />,
          "Moving keeps the key; it must be free in the new project.",
        )}
        {field("dueAt", <Input {...bind("dueAt")} type="datetime-local" />, "In your time zone. The SLA policy sets it; a date of your own needs a reason.")}
        {field(
          "dueOverrideReason",
          <Input {...bind("dueOverrideReason")} maxLength={1000} placeholder="Why it differs from the SLA" />,
          "Clear the reason to go back to the SLA's due date.",
        )}
      </div>
      {field("categoryPath", <Input {...bind("categoryPath")} placeholder={`Security${CATEGORY_SEPARATOR}Secrets`} />, `Levels separated by ${CATEGORY_SEPARATOR.trim()} or >.`)}
    </div>
  );
}
