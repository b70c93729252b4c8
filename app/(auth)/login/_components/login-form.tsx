"use client";

import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import { signInAction } from "@/lib/auth/actions";

export function LoginForm({ next, notice }: { next: string; notice?: string }) {
  // A refusal rarely names a field ("Invalid email or password."): the password is what to retype.
  const { formRef, formAction, formKey, pending, result, error: refused, fieldErrors: fields, kept, invalid } = useFormAction(signInAction, { focusWhenRefused: "password" });
  const error = refused ?? (!result && notice ? { code: "invalid" as const, message: notice } : null);

  return (
    <form key={formKey} ref={formRef} action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <Field id="email" label="Email" error={fields.email}>
        <Input id="email" name="email" type="email" autoComplete="username" required autoFocus={!result} defaultValue={kept("email")} {...invalid("email")} />
      </Field>
      <Field id="password" label="Password" error={fields.password}>
        {/* Never refilled after a refusal: a password is typed again, not kept in the page. */}
        <Input id="password" name="password" type="password" autoComplete="current-password" required {...invalid("password")} />
      </Field>
      <FormAlert error={error} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
