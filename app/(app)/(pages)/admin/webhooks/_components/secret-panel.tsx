"use client";

import { KeyRound } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** The one time a signing secret is visible: shown after registering or rotating, never again. */
export function SecretPanel({ title, secret, detailHref, onDone }: { title: string; secret: string; detailHref?: string; onDone: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<"idle" | "copied" | "selected">("idle");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [secret]);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copySecret() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopy("copied");
    } catch {
      // No clipboard outside secure contexts (a plain-http intranet host): select it instead.
      input.current?.focus();
      input.current?.select();
      setCopy("selected");
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setCopy("idle"), 2000);
  }

  return (
    <section role="status" aria-labelledby="webhook-secret-title" className="mb-6 rounded-lg border border-success/50 bg-success/10 p-4 shadow-xs">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h2 id="webhook-secret-title" className="flex min-w-0 items-center gap-2 font-semibold break-all">
          <KeyRound aria-hidden className="size-4 shrink-0 text-success" />
          {title}
        </h2>
        <Button variant="secondary" size="sm" onClick={onDone}>
          Done
        </Button>
      </div>
      <label htmlFor="webhook-secret" className="mt-4 block text-sm font-medium">
        Signing secret
      </label>
      <div className="mt-1.5 flex flex-col gap-2 sm:flex-row">
        <Input ref={input} id="webhook-secret" readOnly value={secret} spellCheck={false} autoComplete="off" aria-describedby="webhook-secret-warning" onFocus={(e) => e.currentTarget.select()} className="min-w-0 font-mono text-xs sm:text-sm" />
        <Button onClick={copySecret} aria-live="polite" className="shrink-0 sm:w-24">
          {copy === "copied" ? "Copied" : copy === "selected" ? "Selected" : "Copy"}
        </Button>
      </div>
      <p id="webhook-secret-warning" className="mt-1.5 text-sm font-medium">
        Copy it now: it is not shown again. The receiver checks each request’s <code className="font-mono">X-Health-Backlog-Signature</code> with it (README, “Webhooks”).
      </p>
      {detailHref ? (
        <p className="mt-3 text-sm">
          <a href={detailHref} className="text-primary underline underline-offset-2">
            Open the webhook
          </a>{" "}
          to send a test event and watch its delivery log.
        </p>
      ) : null}
    </section>
  );
}
