"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import { ROLES } from "@/lib/domain/actors";
import { createUserAction } from "@/lib/users/actions";

export function CreateUserForm() {
  const router = useRouter();
  // After a success the form starts blank again (a new key, nothing kept); after a refusal it keeps what was typed.
  const { formRef, formAction, formKey, pending, result, fieldErrors: fields, kept, invalid: invalidAs } = useFormAction(createUserAction);

  useEffect(() => {
    if (!result) return;
    if (result.ok) {
      toast.success(`Created ${result.data.email} (${result.data.role})`);
      router.refresh();
    } else if (!result.error.fieldErrors) {
      toast.error(result.error.message);
    }
  }, [result, router]);

  const invalid = (name: string) => invalidAs(name, `new-${name}`);

  return (
    <form key={formKey} ref={formRef} action={formAction} className="space-y-3" noValidate>
      <Field id="new-email" label="Email" error={fields.email}>
        <Input id="new-email" name="email" type="email" autoComplete="off" required defaultValue={kept("email")} {...invalid("email")} />
      </Field>
      <Field id="new-name" label="Name" error={fields.name}>
        <Input id="new-name" name="name" autoComplete="off" required defaultValue={kept("name")} {...invalid("name")} />
      </Field>
      <Field id="new-role" label="Role" error={fields.role}>
        <Select id="new-role" name="role" defaultValue={kept("role") ?? "engineer"} {...invalid("role")}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </Select>
      </Field>
      {/* Never refilled after a refusal: a password is typed again, not kept in the page. */}
      <Field id="new-password" label="Initial password" error={fields.password} hint="At least 10 characters; share it privately.">
        <Input id="new-password" name="password" type="password" autoComplete="new-password" required {...invalid("password")} />
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Creating…" : "Create user"}
      </Button>
    </form>
  );
}
