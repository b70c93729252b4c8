"use client";

import { useActionState, useEffect, useRef } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";
import { changePasswordAction } from "@/lib/account/actions";
import type { ActionResult } from "@/lib/result";

type State = ActionResult<{ endedSessions: number }> | null;

export function ChangePasswordForm() {
  const [state, formAction, pending] = useActionState<State, FormData>((_prev, form) => changePasswordAction(form), null);
  const formRef = useRef<HTMLFormElement>(null);
  const error = state && !state.ok ? state.error : null;
  const fields = error?.fieldErrors ?? {};

  useEffect(() => {
    if (state?.ok) {
      formRef.current?.reset();
      const n = state.data.endedSessions;
      toast.success(`Password changed${n ? `; ${n} other session${n === 1 ? "" : "s"} ended` : ""}`);
    }
  }, [state]);

  const described = (name: string) => (fields[name] ? `${name}-error` : undefined);
  return (
    <form ref={formRef} action={formAction} className="max-w-sm space-y-4" noValidate>
      {/* Lets password managers tie the new password to the account. */}
      <input type="text" name="username" autoComplete="username" hidden readOnly />
      <Field id="currentPassword" label="Current password" error={fields.currentPassword}>
        <Input id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" required aria-invalid={!!fields.currentPassword} aria-describedby={described("currentPassword")} />
      </Field>
      <Field id="newPassword" label="New password" error={fields.newPassword} hint="At least 10 characters and hard to guess: a few unrelated words work well.">
        <Input id="newPassword" name="newPassword" type="password" autoComplete="new-password" required aria-invalid={!!fields.newPassword} aria-describedby={described("newPassword")} />
      </Field>
      <Field id="confirmPassword" label="Repeat the new password" error={fields.confirmPassword}>
        <Input id="confirmPassword" name="confirmPassword" type="password" autoComplete="new-password" required aria-invalid={!!fields.confirmPassword} aria-describedby={described("confirmPassword")} />
      </Field>
      <FormAlert error={error} />
      <Button type="submit" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
