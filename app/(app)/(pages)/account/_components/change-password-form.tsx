"use client";

import { useEffect } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import { changePasswordAction } from "@/lib/account/actions";

export function ChangePasswordForm() {
  // Every field is a password, so none is refilled after a refusal (a password is typed again, not
  // kept in the page); the first one in error gets the focus.
  const { formRef, formAction, formKey, pending, result, error, fieldErrors: fields, invalid } = useFormAction(changePasswordAction, { focusWhenRefused: "currentPassword" });

  useEffect(() => {
    if (result?.ok) {
      const n = result.data.endedSessions;
      toast.success(`Password changed${n ? `; ${n} other session${n === 1 ? "" : "s"} ended` : ""}`);
    }
  }, [result]);

  return (
    <form key={formKey} ref={formRef} action={formAction} className="max-w-sm space-y-4" noValidate>
      {/* Lets password managers tie the new password to the account. */}
      <input type="text" name="username" autoComplete="username" hidden readOnly />
      <Field id="currentPassword" label="Current password" error={fields.currentPassword}>
        <Input id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" required {...invalid("currentPassword")} />
      </Field>
      <Field id="newPassword" label="New password" error={fields.newPassword} hint="At least 10 characters and hard to guess: a few unrelated words work well.">
        <Input id="newPassword" name="newPassword" type="password" autoComplete="new-password" required {...invalid("newPassword")} />
      </Field>
      <Field id="confirmPassword" label="Repeat the new password" error={fields.confirmPassword}>
        <Input id="confirmPassword" name="confirmPassword" type="password" autoComplete="new-password" required {...invalid("confirmPassword")} />
      </Field>
      <FormAlert error={error} />
      <Button type="submit" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
