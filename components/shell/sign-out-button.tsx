"use client";

import { LogOut } from "lucide-react";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { signOutAction } from "@/lib/auth/actions";

export function SignOutButton() {
  const [pending, start] = useTransition();
  return (
    <Button variant="ghost" size="sm" className="w-full justify-start" disabled={pending} onClick={() => start(() => signOutAction(undefined).then(() => undefined))}>
      <LogOut className="size-4" aria-hidden /> {pending ? "Signing out…" : "Sign out"}
    </Button>
  );
}
