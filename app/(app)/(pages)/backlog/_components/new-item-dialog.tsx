"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useCallback, useEffect } from "react";
import { toast } from "sonner";
import { KeyHint } from "@/components/keyboard/key-hint";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import { ProjectSelect } from "@/components/projects/project-select";
import { createItemAction } from "@/lib/backlog/actions";
import type { ProjectOption } from "@/lib/backlog/option-queries";

/**
 * A lead adds an item: project, title and (optionally) priority; the rest is edited on its page.
 * Opened by its button, or by the backlog's "c" key and the palette's "New item" (`open`).
 */
export function NewItemDialog({ projects, defaultProject, open, onOpenChange: setOpen }: { projects: ProjectOption[]; defaultProject?: string; open: boolean; onOpenChange: (open: boolean) => void }) {
  const close = useCallback(() => setOpen(false), [setOpen]);

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <Button size="sm" disabled={!projects.length} aria-keyshortcuts="C">
          <Plus aria-hidden className="size-4" /> New item <KeyHint>c</KeyHint>
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content className="fixed top-1/2 left-1/2 z-50 w-[min(32rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg border border-border bg-surface p-5 shadow-lg">
          <Dialog.Title className="text-lg font-semibold">New item</Dialog.Title>
          <Dialog.Description className="mb-4 text-sm text-muted-foreground">It gets the next T-number key of its project.</Dialog.Description>
          {/* Inside the content, so closing the dialog forgets a refused attempt. */}
          <NewItemForm projects={projects} defaultProject={defaultProject} onCreated={close} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

async function createFromForm(form: FormData) {
  const priority = String(form.get("priority") || "");
  return createItemAction({ projectId: String(form.get("projectId")), title: String(form.get("title") ?? ""), ...(priority ? { priority: priority as "P0" } : {}) });
}

function NewItemForm({ projects, defaultProject, onCreated }: { projects: ProjectOption[]; defaultProject?: string; onCreated: () => void }) {
  const router = useRouter();
  // A refusal that names no field (e.g. no permission in that project) is shown under the title.
  const { formRef, formAction, formKey, pending, result, error, kept, invalid } = useFormAction(createFromForm, { focusWhenRefused: "title" });
  const errors = error ? (error.fieldErrors ?? { title: [error.message] }) : {};
  const initialProject = projects.find((p) => p.slug === defaultProject)?.id ?? projects[0]?.id ?? "";

  useEffect(() => {
    if (!result?.ok) return;
    const slug = projects.find((p) => p.id === result.data.projectId)?.slug;
    toast.success(`Created ${result.data.key}.`);
    onCreated();
    if (slug) router.push(`/backlog/${slug}/${encodeURIComponent(result.data.key)}`);
  }, [result, projects, onCreated, router]);

  return (
    <form key={formKey} ref={formRef} action={formAction} className="space-y-3">
      <Field id="new-title" label="Title" error={errors.title}>
        <Input id="new-title" name="title" required maxLength={500} autoFocus defaultValue={kept("title")} aria-invalid={!!errors.title} aria-describedby={errors.title ? "new-title-error" : undefined} />
      </Field>
      <Field id="new-project" label="Project" error={errors.projectId}>
        <ProjectSelect id="new-project" name="projectId" defaultValue={kept("projectId") ?? initialProject} projects={projects} valueBy="id" {...invalid("projectId", "new-project")} />
      </Field>
      <Field id="new-priority" label="Priority" hint="Leave untriaged to decide in the triage inbox." error={errors.priority}>
        <Select id="new-priority" name="priority" defaultValue={kept("priority") ?? ""} {...invalid("priority", "new-priority")}>
          <option value="">Untriaged</option>
          {["P0", "P1", "P2", "P3"].map((p) => (
            <option key={p}>{p}</option>
          ))}
        </Select>
      </Field>
      <div className="flex justify-end gap-2 pt-2">
        <Dialog.Close asChild>
          <Button variant="ghost">Cancel</Button>
        </Dialog.Close>
        <Button type="submit" disabled={pending}>
          Create
        </Button>
      </div>
    </form>
  );
}
