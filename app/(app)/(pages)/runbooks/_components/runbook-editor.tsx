"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useDeferredValue, useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { toast } from "sonner";
import { Markdown } from "@/components/markdown";
import { MentionTextarea } from "@/components/notify/mention-textarea";
import { ProjectSelect } from "@/components/projects/project-select";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { createRunbookAction, saveRunbookAction } from "@/lib/runbooks/actions";
import { scenarioTemplate } from "@/lib/runbooks/templates";
import { bodySizeMessage, MAX_BODY_BYTES } from "@/lib/runbooks/body-size";
import { runbookPath } from "@/lib/runbooks/paths";
import type { ActionError } from "@/lib/result";
import { ConflictPanel, type ConflictState } from "./conflict-panel";

export type EditorMeta = {
  title: string;
  service: string;
  ownerId: string | null;
  projectId: string | null;
  reviewIntervalDays: number;
  draft: boolean;
};

type Props = {
  /** Absent when writing a new runbook. */
  runbook?: { id: string; slug: string; version: number; revision: number };
  meta: EditorMeta;
  body: string;
  users: { id: string; name: string }[];
  projects: { id: string; name: string }[];
};

type Errors = Record<string, string[] | undefined>;

const textarea =
  "block min-h-[28rem] w-full resize-y rounded-md border border-border bg-surface p-3 font-mono text-[13px] leading-relaxed shadow-xs aria-[invalid=true]:border-danger";

const kb = (bytes: number) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`);

/** Side-by-side Markdown editor with a live preview; every save of a changed text is a new revision. */
export function RunbookEditor({ runbook, meta, body: initialBody, users, projects }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [body, setBody] = useState(initialBody);
  const [note, setNote] = useState("");
  const [version, setVersion] = useState(runbook?.version ?? 0);
  const [errors, setErrors] = useState<Errors>({});
  const [conflict, setConflict] = useState<ConflictState | null>(null);
  const [scenarioName, setScenarioName] = useState("");
  const [view, setView] = useState<"write" | "preview">("write");
  const formRef = useRef<HTMLFormElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const dirty = useRef(false);
  const preview = useDeferredValue(body);
  const bytes = new TextEncoder().encode(body).length;
  const tooLarge = bytes > MAX_BODY_BYTES;

  // Leaving with unsaved text asks first (the browser's own dialog).
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (dirty.current) e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  const edit = (next: string) => {
    dirty.current = true;
    setBody(next);
  };

  const insertScenario = () => {
    const title = scenarioName.trim() || "New scenario";
    const el = textRef.current;
    const at = el ? el.selectionEnd : body.length;
    const before = body.slice(0, at).replace(/\n*$/, "");
    const after = body.slice(at).replace(/^\n*/, "");
    edit(`${before}${before ? "\n\n" : ""}${scenarioTemplate(title)}${after ? `\n${after}` : ""}`);
    setScenarioName("");
    requestAnimationFrame(() => el?.focus());
  };

  const fail = (error: ActionError) => {
    if (error.code === "conflict" && error.current) {
      setConflict(error.current as ConflictState);
      return;
    }
    setErrors(error.fieldErrors ?? {});
    toast.error(error.message);
  };

  const submit = (e?: FormEvent<HTMLFormElement>) => {
    e?.preventDefault();
    if (tooLarge) {
      setErrors({ body: [bodySizeMessage(bytes)] });
      return;
    }
    const form = new FormData(formRef.current!);
    const text = (name: string) => String(form.get(name) ?? "");
    const input = {
      title: text("title"),
      service: text("service"),
      ownerId: text("ownerId"),
      projectId: text("projectId"),
      reviewIntervalDays: text("reviewIntervalDays"),
      draft: form.get("draft") === "on",
      note: text("note"),
      body,
    };
    startTransition(async () => {
      const result = runbook ? await saveRunbookAction({ ...input, id: runbook.id, version }) : await createRunbookAction(input);
      if (!result.ok) return fail(result.error);
      dirty.current = false;
      const saved = result.data;
      const changed = !("changed" in saved) || saved.changed;
      toast.success(!runbook ? "Runbook created" : changed ? `Saved revision ${saved.revision}` : "Nothing changed");
      router.push(runbookPath(saved.slug));
      router.refresh();
    });
  };

  const id = (name: string) => `runbook-${name}`;

  return (
    <form
      ref={formRef}
      onSubmit={submit}
      noValidate
      aria-label={runbook ? "Edit runbook" : "New runbook"}
      onKeyDown={(e) => {
        if ((e.metaKey || e.ctrlKey) && e.key.toLowerCase() === "s") {
          e.preventDefault();
          submit();
        }
      }}
      className="space-y-5"
    >
      {conflict ? (
        <ConflictPanel
          conflict={conflict}
          mine={body}
          onKeepMine={() => {
            setVersion(conflict.version);
            setConflict(null);
            toast.message(`Your text is kept; saving now replaces revision ${conflict.revision}.`);
          }}
          onTakeTheirs={() => {
            setVersion(conflict.version);
            setBody(conflict.body);
            setConflict(null);
          }}
        />
      ) : null}

      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        <Field id={id("title")} label="Title" error={errors.title}>
          <Input id={id("title")} name="title" defaultValue={meta.title} maxLength={200} required aria-invalid={!!errors.title} placeholder="Harness service runbook" />
        </Field>
        <Field id={id("service")} label="Service" error={errors.service} hint="The system this runbook operates.">
          <Input id={id("service")} name="service" defaultValue={meta.service} maxLength={100} placeholder="harness" />
        </Field>
        <Field id={id("ownerId")} label="Owner" error={errors.ownerId}>
          <Select id={id("ownerId")} name="ownerId" defaultValue={meta.ownerId ?? ""}>
            <option value="">Nobody</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={id("projectId")} label="Project" error={errors.projectId}>
          <ProjectSelect id={id("projectId")} name="projectId" defaultValue={meta.projectId ?? ""} projects={projects} valueBy="id" noneLabel="No project" />
        </Field>
        <Field id={id("reviewIntervalDays")} label="Review every (days)" error={errors.reviewIntervalDays}>
          <Input id={id("reviewIntervalDays")} name="reviewIntervalDays" type="number" min={1} max={3650} defaultValue={meta.reviewIntervalDays} className="w-32" />
        </Field>
        <div className="flex items-end pb-2">
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="draft" defaultChecked={meta.draft} className="size-4 accent-primary" />
            Draft (not ready for operators yet)
          </label>
        </div>
      </div>

      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="flex items-end gap-2">
          <Field id={id("scenario")} label="Add a scenario">
            <Input
              id={id("scenario")}
              value={scenarioName}
              onChange={(e) => setScenarioName(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  insertScenario();
                }
              }}
              placeholder="Analysis hangs"
              className="w-56"
            />
          </Field>
          <Button variant="secondary" onClick={insertScenario}>
            Insert scenario
          </Button>
        </div>
        <div className="flex gap-1 lg:hidden" role="tablist" aria-label="Editor view">
          {(["write", "preview"] as const).map((v) => (
            <Button key={v} role="tab" aria-selected={view === v} variant={view === v ? "secondary" : "ghost"} size="sm" onClick={() => setView(v)}>
              {v === "write" ? "Write" : "Preview"}
            </Button>
          ))}
        </div>
      </div>

      <div className="grid gap-4 lg:grid-cols-2">
        <div className={view === "write" ? "" : "hidden lg:block"}>
          <label htmlFor={id("body")} className="mb-1.5 block text-sm font-medium">
            Markdown
          </label>
          <textarea
            ref={textRef}
            id={id("body")}
            value={body}
            onChange={(e) => edit(e.target.value)}
            spellCheck
            aria-invalid={!!errors.body || tooLarge}
            aria-describedby={`${id("body")}-size`}
            className={textarea}
          />
          <p id={`${id("body")}-size`} className={tooLarge ? "mt-1 text-xs text-danger" : "mt-1 text-xs text-muted-foreground"} role={tooLarge ? "alert" : undefined}>
            {tooLarge ? bodySizeMessage(bytes) : `${kb(bytes)} of 1 MB. Scenarios are “##” headings with Symptoms, Diagnosis, Resolution and Escalation sections.`}
          </p>
          {errors.body?.length ? (
            <p role="alert" className="mt-1 text-xs text-danger">
              {errors.body.join(" ")}
            </p>
          ) : null}
        </div>
        <section aria-label="Preview" className={view === "preview" ? "" : "hidden lg:block"}>
          <p className="mb-1.5 text-sm font-medium">Preview</p>
          <div className="max-h-[40rem] min-h-[28rem] overflow-y-auto rounded-md border border-border bg-background p-4" data-testid="runbook-preview">
            {preview.trim() ? <Markdown anchors copyCode>{preview}</Markdown> : <p className="text-sm text-muted-foreground">Nothing to preview yet.</p>}
          </div>
        </section>
      </div>

      <div className="flex flex-wrap items-end gap-3 border-t border-border pt-4">
        <div className="min-w-64 flex-1">
          <Field id={id("note")} label="Change note (optional)" error={errors.note}>
            <MentionTextarea
              id={id("note")}
              name="note"
              rows={2}
              maxLength={500}
              value={note}
              onValueChange={setNote}
              people={users}
              placeholder="What changed and why; @ mentions someone"
              className="w-full rounded-md border border-border bg-surface px-3 py-2 text-sm shadow-xs placeholder:text-muted-foreground"
            />
          </Field>
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : runbook ? "Save revision" : "Create runbook"}
        </Button>
        <Link href={runbook ? runbookPath(runbook.slug) : "/runbooks"} className="inline-flex h-9 items-center rounded-md px-3.5 text-sm hover:bg-muted">
          Cancel
        </Link>
      </div>
    </form>
  );
}
