import { headers } from "next/headers";
import Link from "next/link";
import type { ReactNode } from "react";
import { getActor } from "@/lib/auth/actor";
import { matchPage } from "@/lib/routing/page-manifest";
import { AppShell } from "./app-shell";

// The 403 and 404 pages. Every check on a page's address throws inside the (app) layout's frame —
// the (pages) layout's before streaming, a page's own after a client-side navigation — so
// app/(app)/forbidden.tsx and not-found.tsx show the message in the frame. What is left for the
// root's app/forbidden.tsx and app/not-found.tsx is an address no page has (RootStatusPage).

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

/**
 * Outside the (app) layout. For an address no page has, a signed-in reader keeps the navigation and
 * the search. Next also puts the root's boundaries into every page's payload, where the frame would
 * be two more renders of the shell on each page for nothing: there (an address a page has) the
 * message goes alone.
 */
export async function RootStatusPage({ children }: { children: ReactNode }) {
  const path = (await headers()).get("x-next-path");
  const actor = path !== null && !matchPage(path) ? await getActor() : null;
  return actor ? <AppShell actor={actor}>{children}</AppShell> : <main id="main">{children}</main>;
}
