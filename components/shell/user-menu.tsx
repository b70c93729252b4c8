import { Badge } from "@/components/ui/badge";
import type { Actor } from "@/lib/auth/actor";
import { SignOutButton } from "./sign-out-button";

export function UserMenu({ actor }: { actor: Actor }) {
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
      <SignOutButton />
    </div>
  );
}
