"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { ProjectSelect } from "@/components/projects/project-select";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { commitImportAction, previewImportAction, type ImportPreview } from "@/lib/importer/actions";
import { importSizeMessage, MAX_IMPORT_BYTES } from "@/lib/importer/limits";
import { criterionId } from "@/lib/importer/rule-proposals";
import type { ActionError, ActionResult } from "@/lib/result";
import { PreviewPanel } from "./preview-panel";

type ProjectOption = { slug: string; name: string; total: number };
type Mapping = Record<string, "P0" | "P1" | "P2" | "P3" | null>;
const NEW = "__new__";

class Refused extends Error {
  constructor(public readonly detail: ActionError) {
    super(detail.message);
  }
}
async function unwrap<T>(result: Promise<ActionResult<T>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Refused(r.error);
  return r.data;
}

const sizeLabel = (bytes: number) => (bytes > 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

export function ImportWizard({ projects }: { projects: ProjectOption[] }) {
  const [file, setFile] = useState<File | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  // A file chosen before the page finished loading fired its change event before React listened:
  // take it from the input once mounted, or the dry run would stay disabled with a file shown.
  useEffect(() => {
    const chosen = fileInput.current?.files?.[0];
    if (chosen) setFile(chosen);
  }, []);
  const [text, setText] = useState("");
  const [project, setProject] = useState(projects[0]?.slug ?? NEW);
  const [newSlug, setNewSlug] = useState("");
  const [newName, setNewName] = useState("");
  const [mapping, setMapping] = useState<Mapping>({});
  const [markMissing, setMarkMissing] = useState(false);
  // Proposals are kept unless unticked, so a refreshed dry run keeps the lead's choices.
  const [rejectedRules, setRejectedRules] = useState<Set<string>>(new Set());

  const form = () => {
    const data = new FormData();
    if (file) data.set("file", file);
    else data.set("text", text);
    data.set("fileName", file?.name ?? "pasted.md");
    data.set("projectSlug", project === NEW ? newSlug : project);
    if (project === NEW && newName) data.set("projectName", newName);
    data.set("priorityMap", JSON.stringify(mapping));
    data.set("markMissingWontDo", String(markMissing));
    const kept = (preview.data?.ruleProposals ?? []).filter((p) => !rejectedRules.has(criterionId(p)));
    data.set("acceptedRules", JSON.stringify(kept.map(({ itemKey, text, metricKey, comparator, value }) => ({ itemKey, text, metricKey, comparator, value }))));
    return data;
  };

  const preview = useMutation({ mutationFn: () => unwrap(previewImportAction(form())) });
  const commit = useMutation({
    mutationFn: () => unwrap(commitImportAction(form())),
    onSuccess: (r) => toast.success(`Imported into ${r.projectSlug}: ${r.created} created, ${r.updated} updated`),
    onError: (e) => toast.error(e.message),
  });
  const fieldErrors = preview.error instanceof Refused ? (preview.error.detail.fieldErrors ?? {}) : {};
  const result: ImportPreview | undefined = preview.data;
  const busy = preview.isPending || commit.isPending;
  const size = file?.size ?? new TextEncoder().encode(text).length;
  // Refused here, before a byte is sent: over the server's limit the request would only fail.
  const tooLarge = size > MAX_IMPORT_BYTES ? importSizeMessage(size, file ? "file" : "pasted text") : null;
  const fileError = tooLarge && file ? [tooLarge] : fieldErrors.file;
  const textError = tooLarge && !file ? [tooLarge] : fieldErrors.text;
  const reset = () => {
    preview.reset();
    commit.reset();
    setRejectedRules(new Set());
  };

  if (commit.data) {
    const r = commit.data;
    return (
      <Card className="p-6" role="status">
        <h2 className="text-lg font-semibold">Import complete</h2>
        <p className="mt-1 text-sm text-muted-foreground">
          {r.created} items created, {r.updated} updated, {r.unchanged} unchanged
          {r.markedWontDo ? `, ${r.markedWontDo} marked won't do` : ""}; {r.slaPoliciesCreated} SLA policy rows and {r.metricsCreated} metrics added
          {r.criteriaLinked ? `; ${r.criteriaLinked} ${r.criteriaLinked === 1 ? "criterion follows" : "criteria follow"} a metric` : ""}.
        </p>
        <div className="mt-4 flex gap-2">
          <Link href={`/backlog?project=${r.projectSlug}`} className="inline-flex h-9 items-center rounded-md bg-primary px-3.5 text-sm font-medium text-primary-foreground">
            Open the backlog
          </Link>
          <Button variant="secondary" onClick={() => { setFile(null); setText(""); reset(); }}>
            Import another plan
          </Button>
        </div>
      </Card>
    );
  }

  return (
    <div className="grid gap-6 xl:grid-cols-[22rem_1fr]">
      <Card className="h-fit space-y-4 p-4">
        <Field id="import-file" label="Markdown file" error={fileError} hint=".md or .txt, up to 5 MB">
          <Input
            ref={fileInput}
            id="import-file"
            type="file"
            accept=".md,.markdown,.txt,text/markdown,text/plain"
            className="h-auto py-1.5"
            aria-invalid={!!fileError}
            aria-describedby={fileError ? "import-file-error" : undefined}
            onChange={(e) => { setFile(e.target.files?.[0] ?? null); reset(); }}
          />
        </Field>
        <Field id="import-text" label="…or paste the plan" error={textError}>
          <textarea
            id="import-text"
            value={text}
            disabled={!!file}
            aria-invalid={!!textError}
            aria-describedby={textError ? "import-text-error" : undefined}
            onChange={(e) => { setText(e.target.value); reset(); }}
            rows={6}
            placeholder={"## Security\n- [ ] 1.1 Rotate the API keys"}
            className="w-full rounded-md border border-border bg-surface px-3 py-2 font-mono text-xs disabled:opacity-50"
          />
        </Field>
        <Field id="import-project" label="Target project">
          <ProjectSelect id="import-project" value={project} onChange={(e) => { setProject(e.target.value); reset(); }} projects={projects} valueBy="slug" optionLabel={(p) => `${p.name} (${p.total} items)`}>
            <option value={NEW}>New project…</option>
          </ProjectSelect>
        </Field>
        {project === NEW ? (
          <>
            <Field id="import-slug" label="Project slug" error={fieldErrors.projectSlug} hint="Lower-case letters, digits and dashes">
              <Input id="import-slug" value={newSlug} onChange={(e) => { setNewSlug(e.target.value); reset(); }} placeholder="payments-health" aria-invalid={!!fieldErrors.projectSlug} aria-describedby={fieldErrors.projectSlug ? "import-slug-error" : undefined} />
            </Field>
            <Field id="import-name" label="Project name" hint="Defaults to the document's title">
              <Input id="import-name" value={newName} onChange={(e) => setNewName(e.target.value)} />
            </Field>
          </>
        ) : null}
        <Button className="w-full" disabled={busy || (!file && !text.trim()) || !!tooLarge} onClick={() => preview.mutate()}>
          {preview.isPending ? `Reading ${sizeLabel(size)}…` : result ? "Update the dry run" : "Dry run"}
        </Button>
        {busy && size > 256 * 1024 ? (
          <div role="progressbar" aria-label="Working on the import" className="h-1.5 overflow-hidden rounded bg-muted">
            <div className="h-full w-1/3 animate-pulse rounded bg-primary" />
          </div>
        ) : null}
        {preview.error && !(preview.error instanceof Refused && preview.error.detail.fieldErrors) ? (
          <p role="alert" className="text-sm text-danger">{preview.error.message}</p>
        ) : null}
      </Card>

      {result ? (
        <PreviewPanel
          preview={result}
          mapping={mapping}
          onMappingChange={(next) => { setMapping(next); commit.reset(); }}
          markMissing={markMissing}
          onMarkMissingChange={setMarkMissing}
          rejectedRules={rejectedRules}
          onRejectedRulesChange={setRejectedRules}
          onRefresh={() => preview.mutate()}
          onCommit={() => commit.mutate()}
          busy={busy}
          committing={commit.isPending}
        />
      ) : (
        <Card className="flex min-h-64 items-center justify-center p-8 text-center text-sm text-muted-foreground">
          Choose a plan and run a dry run: nothing is written until you confirm.
        </Card>
      )}
    </div>
  );
}
