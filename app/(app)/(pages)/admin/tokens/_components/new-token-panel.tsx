"use client";

import { KeyRound } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { LocalTime } from "@/components/local-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { TOKEN_SCOPES, type TokenScope } from "@/lib/auth/policy";
import type { CreatedToken } from "./create-token-form";

/** The one time the secret is visible: only its hash is stored, so a lost secret means a new token. */
export function NewTokenPanel({ token, onDone }: { token: CreatedToken; onDone: () => void }) {
  const secretInput = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<"idle" | "copied" | "selected">("idle");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // Focus lands on the secret so keyboard and screen-reader users start where the action is.
  useEffect(() => {
    secretInput.current?.focus();
    secretInput.current?.select();
  }, [token.secret]);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copySecret() {
    try {
      // Undefined outside secure contexts (plain-http intranet hosts); falls back to selecting.
      await navigator.clipboard.writeText(token.secret);
      setCopy("copied");
    } catch {
      secretInput.current?.focus();
      secretInput.current?.select();
      setCopy("selected");
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setCopy("idle"), 2000);
  }

  const curl = `curl -X POST -H "Authorization: Bearer ${token.secret}" -H "content-type: application/json" -d '{"value": 42}' ${window.location.origin}/api/v1/metrics/<key>/points`;

  return (
    <section role="status" aria-labelledby="new-token-title" className="mb-6 rounded-lg border border-success/50 bg-success/10 p-4 shadow-xs">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="new-token-title" className="flex items-center gap-2 font-semibold">
            <KeyRound aria-hidden className="size-4 text-success" />
            Token “{token.name}” created
          </h2>
          {/* What was granted, stated once more: the form's ticks are gone once the secret shows. */}
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="text-muted-foreground">Scopes granted</dt>
            <dd data-testid="new-token-scopes">
              {token.scopes.map((s) => (
                <Badge key={s} className="mr-1 bg-surface font-mono font-normal" title={TOKEN_SCOPES[s as TokenScope]?.label}>
                  {s}
                </Badge>
              ))}
            </dd>
            <dt className="text-muted-foreground">Expires</dt>
            <dd data-testid="new-token-expiry">{token.expiresAt ? <LocalTime iso={token.expiresAt} format="date" /> : "never (revoke it by hand when done)"}</dd>
          </dl>
        </div>
        <Button variant="secondary" size="sm" onClick={onDone}>
          Done
        </Button>
      </div>

      <label htmlFor="new-token-secret" className="mt-4 block text-sm font-medium">
        New token secret
      </label>
      <div className="mt-1.5 flex flex-col gap-2 sm:flex-row">
        <Input
          ref={secretInput}
          id="new-token-secret"
          readOnly
          value={token.secret}
          spellCheck={false}
          autoComplete="off"
          aria-describedby="new-token-warning"
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 font-mono text-xs sm:text-sm"
        />
        <Button onClick={copySecret} aria-live="polite" className="shrink-0 sm:w-24">
          {copy === "copied" ? "Copied" : copy === "selected" ? "Selected" : "Copy"}
        </Button>
      </div>
      <p id="new-token-warning" className="mt-1.5 text-sm font-medium">
        Copy it now: it is not shown again.
        {copy === "selected" ? <span className="font-normal text-muted-foreground"> The clipboard is unavailable; the secret is selected, copy it with your keyboard.</span> : null}
      </p>

      <p className="mt-4 text-sm text-muted-foreground">
        Example: a CI job posts a value to a metric (replace <code className="font-mono">&lt;key&gt;</code> with a metric key from the Metrics page). Every endpoint:{" "}
        <a href="/api-docs" className="text-primary underline underline-offset-2">
          API reference
        </a>
        .
      </p>
      <pre className="mt-1.5 overflow-x-auto rounded-md border border-border bg-surface p-3 font-mono text-xs leading-relaxed whitespace-pre-wrap break-all">
        <code>{curl}</code>
      </pre>
    </section>
  );
}
