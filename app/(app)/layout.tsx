import type { ReactNode } from "react";
import { LiveUpdates } from "@/components/live-updates";
import { AppShell } from "@/components/shell/app-shell";
import { requireSignedIn } from "@/lib/auth/actor";

// The signed-in frame. A page's permission and its record's existence are checked one level down,
// in (pages)/layout.tsx, so that a refusal or a missing record is caught by this segment's
// forbidden.tsx and not-found.tsx, inside the frame: the root's own boundaries (app/not-found.tsx,
// app/forbidden.tsx) then need no frame of their own, and every page's payload carries none.
export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireSignedIn();
  return (
    <AppShell actor={actor}>
      {children}
      <LiveUpdates userId={actor.userId} />
    </AppShell>
  );
}
