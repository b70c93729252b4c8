"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { ROLES, type Role } from "@/lib/domain/actors";
import type { ActionResult } from "@/lib/result";
import { resetUserPasswordAction, setUserDisabledAction, updateUserRoleAction } from "@/lib/users/actions";

export type UserRowData = { id: string; email: string; name: string; role: Role; disabled: boolean; version: number; createdAt: string; updatedAt: string };

/** Runs an action; a refused result becomes a thrown error so the mutation's onError shows it. */
async function unwrap<T>(result: Promise<ActionResult<T>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(r.error.message);
  return r.data;
}

export function UserRowControls({ user, isSelf }: { user: UserRowData; isSelf: boolean }) {
  const router = useRouter();
  const [role, setRole] = useState<Role>(user.role);
  const [resetOpen, setResetOpen] = useState(false);
  const [password, setPassword] = useState("");
  const done = (message: string) => {
    toast.success(message);
    router.refresh();
  };
  const onError = (e: Error) => {
    toast.error(e.message);
    router.refresh();
  };

  const saveRole = useMutation({
    mutationFn: () => unwrap(updateUserRoleAction({ userId: user.id, role, version: user.version })),
    onSuccess: (u) => done(`${u.email} is now ${u.role}`),
    onError: (e) => {
      setRole(user.role);
      onError(e);
    },
  });
  const toggleDisabled = useMutation({
    mutationFn: () => unwrap(setUserDisabledAction({ userId: user.id, disabled: !user.disabled, version: user.version })),
    onSuccess: (u) => done(`${u.email} ${u.disabled ? "disabled: their sessions end now" : "enabled"}`),
    onError,
  });
  const resetPassword = useMutation({
    mutationFn: () => unwrap(resetUserPasswordAction({ userId: user.id, password })),
    onSuccess: () => {
      setPassword("");
      setResetOpen(false);
      done(`Password reset for ${user.email}; they were signed out everywhere`);
    },
    onError: (e) => toast.error(e.message),
  });

  const busy = saveRole.isPending || toggleDisabled.isPending || resetPassword.isPending;

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <label className="sr-only" htmlFor={`role-${user.id}`}>
          Role of {user.email}
        </label>
        <Select id={`role-${user.id}`} value={role} onChange={(e) => setRole(e.target.value as Role)} className="h-8 w-32" disabled={busy}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </Select>
        <Button size="sm" variant="secondary" disabled={busy || role === user.role} onClick={() => saveRole.mutate()}>
          Save role
        </Button>
        {!isSelf ? (
          <Button size="sm" variant={user.disabled ? "secondary" : "danger"} disabled={busy} onClick={() => toggleDisabled.mutate()}>
            {user.disabled ? "Enable" : "Disable"}
          </Button>
        ) : null}
        <Button size="sm" variant="ghost" disabled={busy} aria-expanded={resetOpen} onClick={() => setResetOpen((o) => !o)}>
          Reset password
        </Button>
      </div>
      {resetOpen ? (
        <form
          className="flex flex-wrap items-center gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            resetPassword.mutate();
          }}
        >
          <label className="sr-only" htmlFor={`pw-${user.id}`}>
            New password for {user.email}
          </label>
          <Input
            id={`pw-${user.id}`}
            type="password"
            autoComplete="new-password"
            placeholder="New password (10+ characters)"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            className="h-8 w-64 max-w-full"
          />
          <Button size="sm" type="submit" disabled={busy || password.length === 0}>
            Set password
          </Button>
        </form>
      ) : null}
    </div>
  );
}
