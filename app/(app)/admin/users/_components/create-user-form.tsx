"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { ROLES } from "@/lib/domain/actors";
import type { ActionResult } from "@/lib/result";
import { createUserAction } from "@/lib/users/actions";
import type { PublicUser } from "@/lib/users/service";

type State = ActionResult<PublicUser> | null;

export function CreateUserForm() {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState<State, FormData>((_prev, form) => createUserAction(form), null);
  const fields = state && !state.ok ? (state.error.fieldErrors ?? {}) : {};

  useEffect(() => {
    if (!state) return;
    if (state.ok) {
      toast.success(`Created ${state.data.email} (${state.data.role})`);
      formRef.current?.reset();
      router.refresh();
    } else if (!state.error.fieldErrors) {
      toast.error(state.error.message);
    }
  }, [state, router]);

  const invalid = (name: string) => ({ "aria-invalid": !!fields[name], "aria-describedby": fields[name] ? `new-${name}-error` : undefined });

  return (
    <form ref={formRef} action={formAction} className="space-y-3" noValidate>
      <Field id="new-email" label="Email" error={fields.email}>
        <Input id="new-email" name="email" type="email" autoComplete="off" required {...invalid("email")} />
      </Field>
      <Field id="new-name" label="Name" error={fields.name}>
        <Input id="new-name" name="name" autoComplete="off" required {...invalid("name")} />
      </Field>
      <Field id="new-role" label="Role" error={fields.role}>
        <Select id="new-role" name="role" defaultValue="engineer" {...invalid("role")}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="new-password" label="Initial password" error={fields.password} hint="At least 10 characters; share it privately.">
        <Input id="new-password" name="password" type="password" autoComplete="new-password" required {...invalid("password")} />
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Creating…" : "Create user"}
      </Button>
    </form>
  );
}
