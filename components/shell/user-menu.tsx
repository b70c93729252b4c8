import { UserRound } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { UserActor } from "@/lib/domain/actors";
import { SignOutButton } from "./sign-out-button";

/**
 * Who is signed in, their account page and sign-out, at the foot of the sidebar (and in the phone
 * drawer). The block is as tall from its first paint as when complete (min-h-40 holds its 157 px):
 * it sits at the sidebar's foot, so while a slow connection streams it in line by line a shorter
 * block would start lower and jump up as each line arrives (a layout shift). The rows are spaced by a
 * flex gap, not space-y margins: those depend on :last-child, which changes while React's streaming
 * scripts are briefly appended after the last row.
 */
export function UserMenu({ actor }: { actor: UserActor }) {
  return (
    <div className="flex min-h-40 flex-col gap-2 border-t border-border pt-3">
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
