import { UserRound } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { UserActor } from "@/lib/domain/actors";
import { SignOutButton } from "./sign-out-button";

export function UserMenu({ actor }: { actor: UserActor }) {
  return (
    <div className="space-y-2 border-t border-border pt-3">
      <div className="min-w-0 px-1">
        <p className="truncate text-sm font-medium" data-testid="current-user">
          {actor.name}
        </p>
        <p className="truncate text-xs text-muted-foreground">{actor.email}</p>
        <Badge className="mt-1.5 capitalize" data-testid="current-role">
          {actor.role}
        </Badge>
      </div>
      <Link href="/account" className="flex h-8 w-full items-center gap-2 rounded-md px-3 text-sm hover:bg-muted focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none">
        <UserRound className="size-4" aria-hidden /> Your account
      </Link>
      <SignOutButton />
    </div>
  );
}
