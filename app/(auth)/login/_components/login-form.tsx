"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";
import { signInAction } from "@/lib/auth/actions";
import type { ActionResult } from "@/lib/result";

type State = ActionResult<void> | null;

export function LoginForm({ next, notice }: { next: string; notice?: string }) {
  const [state, formAction, pending] = useActionState<State, FormData>((_prev, form) => signInAction(form), null);
  const error = state && !state.ok ? state.error : !state && notice ? { code: "invalid" as const, message: notice } : null;
  const fields = error?.fieldErrors ?? {};

  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <Field id="email" label="Email" error={fields.email}>
        <Input id="email" name="email" type="email" autoComplete="username" required autoFocus aria-invalid={!!fields.email} aria-describedby={fields.email ? "email-error" : undefined} />
      </Field>
      <Field id="password" label="Password" error={fields.password}>
        <Input id="password" name="password" type="password" autoComplete="current-password" required aria-invalid={!!fields.password} aria-describedby={fields.password ? "password-error" : undefined} />
      </Field>
      <FormAlert error={error} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
