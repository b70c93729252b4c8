"use client";

import { useState, type FormEvent, type RefObject } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { useItemAction } from "@/components/use-item-action";
import { SCOPE_NAMES, TOKEN_SCOPES, type TokenScope } from "@/lib/auth/policy";
import { createTokenAction } from "@/lib/tokens/actions";
import { DEFAULT_TOKEN_DAYS } from "@/lib/tokens/lifetimes";

export type CreatedToken = { id: string; name: string; prefix: string; scopes: string[]; expiresAt: string | null; secret: string };

const EXPIRY_OPTIONS = [
  { value: "30", label: "30 days" },
  { value: "90", label: "90 days" },
  { value: "365", label: "365 days" },
  { value: "never", label: "Never" },
];
const DEFAULT_EXPIRY = String(DEFAULT_TOKEN_DAYS);
// No scope is ticked to start with: an admin who ticks "read" must not also get "write" unawares.
const NO_SCOPES: TokenScope[] = [];

/** Under its own field a message reads as a sentence: "Give the token a name…". */
const sentence = (message: string): string => message.charAt(0).toUpperCase() + message.slice(1);

export function CreateTokenForm({ onCreated, nameInputRef }: { onCreated: (token: CreatedToken) => void; nameInputRef?: RefObject<HTMLInputElement | null> }) {
  const { pending, run } = useItemAction();
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<TokenScope[]>(NO_SCOPES);
  const [expires, setExpires] = useState(DEFAULT_EXPIRY);
  const [errors, setErrors] = useState<Record<string, string[]>>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({});
    run(() => createTokenAction({ name, scopes, expiresInDays: expires === "never" ? "never" : Number(expires) }), {
      success: (t) => `Created token ${t.name}`,
      onSuccess: (t) => {
        onCreated(t);
        setName("");
        setScopes(NO_SCOPES);
        setExpires(DEFAULT_EXPIRY);
      },
      onError: (error) => {
        if (!error.fieldErrors) return false;
        setErrors(Object.fromEntries(Object.entries(error.fieldErrors).map(([field, messages]) => [field, messages.map(sentence)])));
        toast.error(error.message);
        return true;
      },
    });
  }

  const toggle = (scope: TokenScope, on: boolean) => setScopes((current) => (on ? SCOPE_NAMES.filter((s) => s === scope || current.includes(s)) : current.filter((s) => s !== scope)));
  const scopeError = errors.scopes;

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <div className="grid max-w-3xl gap-4 sm:grid-cols-[minmax(0,1fr)_12rem]">
        <Field id="token-name" label="Name" error={errors.name} hint="What uses it, e.g. “CI: coverage upload”.">
          <Input
            ref={nameInputRef}
            id="token-name"
            name="name"
            autoComplete="off"
            maxLength={80}
            required
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={!!errors.name}
            aria-describedby={errors.name ? "token-name-error" : undefined}
          />
        </Field>
        <Field id="token-expires" label="Expires" error={errors.expiresInDays} hint={expires === "never" ? "Revoke it by hand when done." : undefined}>
          <Select
            id="token-expires"
            name="expiresInDays"
            value={expires}
            onChange={(e) => setExpires(e.target.value)}
            aria-invalid={!!errors.expiresInDays}
            aria-describedby={errors.expiresInDays ? "token-expires-error" : undefined}
          >
            {EXPIRY_OPTIONS.map((o) => (
              <option key={o.label} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </Field>
      </div>

      <fieldset aria-describedby={scopeError ? "token-scopes-error" : undefined}>
        <legend className="mb-1.5 text-sm font-medium">Scopes</legend>
        <div className="grid gap-1 sm:grid-cols-2 xl:grid-cols-3">
          {SCOPE_NAMES.map((scope) => (
            <label key={scope} className="flex cursor-pointer items-start gap-2.5 rounded-md border border-transparent px-2 py-1.5 hover:bg-muted has-[:checked]:border-border has-[:checked]:bg-muted/60">
              <input
                type="checkbox"
                name="scopes"
                value={scope}
                checked={scopes.includes(scope)}
                onChange={(e) => toggle(scope, e.target.checked)}
                className="mt-0.5 size-4 shrink-0 accent-primary"
              />
              <span className="text-sm leading-tight">
                {TOKEN_SCOPES[scope].label}
                <span className="mt-0.5 block font-mono text-xs text-muted-foreground">{scope}</span>
              </span>
            </label>
          ))}
        </div>
        {scopeError?.length ? (
          <p id="token-scopes-error" role="alert" className="mt-1.5 text-xs text-danger">
            {scopeError.join(" ")}
          </p>
        ) : scopes.length === 0 ? (
          <p id="token-scopes-hint" className="mt-1.5 text-xs text-muted-foreground">
            Tick at least one scope: a token can do nothing else.
          </p>
        ) : null}
      </fieldset>

      <Button type="submit" disabled={pending || scopes.length === 0} aria-describedby={scopes.length === 0 ? "token-scopes-hint" : undefined}>
        {pending ? "Creating…" : "Create token"}
      </Button>
    </form>
  );
}
