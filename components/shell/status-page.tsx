import Link from "next/link";
import type { ReactNode } from "react";
import { getActor } from "@/lib/auth/actor";
import { AppShell } from "./app-shell";

// The 403 and 404 pages. Where Next renders them depends on who refused: the (app) layout's own
// checks (a full page load) throw above the layout, so app/forbidden.tsx and app/not-found.tsx
// render outside it and put the shell back themselves (RootStatusPage); a page's check (after a
// client-side navigation) throws inside the layout, whose app/(app)/ files show the message alone.

function StatusMessage({ code, title, children }: { code: number; title: string; children?: ReactNode }) {
  return (
    <div className="flex min-h-[60vh] flex-col items-center justify-center gap-2 p-8 text-center">
      <p className="text-sm font-medium text-muted-foreground">{code}</p>
      <h1 className="text-xl font-semibold">{title}</h1>
      {children}
      <Link href="/" className="mt-2 text-sm text-primary underline-offset-4 hover:underline">
        Back to the dashboard
      </Link>
    </div>
  );
}

export function ForbiddenMessage() {
  return (
    <StatusMessage code={403} title="You don't have access to this page">
      <p className="text-sm text-muted-foreground">Your role does not allow it. Ask an admin if you need it.</p>
    </StatusMessage>
  );
}

export function NotFoundMessage() {
  return <StatusMessage code={404} title="Nothing here" />;
}

/** Outside the (app) layout: a signed-in reader keeps the navigation and the search; anyone else gets the message alone. */
export async function RootStatusPage({ children }: { children: ReactNode }) {
  const actor = await getActor();
  return actor ? <AppShell actor={actor}>{children}</AppShell> : <main id="main">{children}</main>;
}
