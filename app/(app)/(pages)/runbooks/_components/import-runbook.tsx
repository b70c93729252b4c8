"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { importRunbookAction } from "@/lib/runbooks/actions";
import { bodySizeMessage, MAX_BODY_BYTES } from "@/lib/runbooks/body-size";
import { runbookPath } from "@/lib/runbooks/paths";

/** Import a Markdown runbook: its title heading becomes the title, its headings the scenarios. */
export function ImportRunbook() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    // Refused here first: a 2 MB file should not travel to the server only to be turned away.
    if (file.size > MAX_BODY_BYTES) {
      setError(`${file.name}: ${bodySizeMessage(file.size)}`);
      return;
    }
    // The bytes go as they are, as the plan import sends them: the server reads the encoding
    // (file.text() would turn a Windows-1252 "Café" into "Caf�" here).
    const data = new FormData();
    data.set("file", file);
    data.set("fileName", file.name);
    startTransition(async () => {
      const result = await importRunbookAction(data);
      if (!result.ok) {
        setError(result.error.message.replace(/^(?:markdown|file):/, `${file.name}:`));
        return;
      }
      toast.success("Runbook imported");
      router.push(runbookPath(result.data.slug));
    });
  };

  return (
    <div className="space-y-2">
      <label htmlFor="runbook-import" className="block text-sm font-medium">
        Import a Markdown file
      </label>
      <p className="text-xs text-muted-foreground">A leading “# Title” becomes the title; each “##” heading becomes a scenario (procedure stages and phases too: Prerequisites, Execution, Rollback; Phase 1, Phase 2), unless the headings are one alert’s sections (Meaning, Impact, Diagnosis, Mitigation). Up to 1 MB.</p>
      <input
        id="runbook-import"
        type="file"
        accept=".md,.markdown,.txt,text/markdown,text/plain"
        disabled={pending}
        onChange={(e) => {
          void pick(e.target.files?.[0]);
          e.target.value = "";
        }}
        aria-describedby={error ? "runbook-import-error" : undefined}
        className="block text-sm file:mr-3 file:rounded-md file:border file:border-border file:bg-surface file:px-3 file:py-1.5 file:text-sm hover:file:bg-muted"
      />
      {pending ? <p className="text-xs text-muted-foreground">Importing…</p> : null}
      {error ? (
        <p id="runbook-import-error" role="alert" className="text-xs text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
