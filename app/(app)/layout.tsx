import { headers } from "next/headers";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { LiveUpdates } from "@/components/live-updates";
import { AppShell } from "@/components/shell/app-shell";
import { getDb } from "@/db";
import { requirePage } from "@/lib/auth/actor";
import { pageExists } from "@/lib/routing/page-exists";
import { actionForPath } from "@/lib/routing/page-manifest";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const path = (await headers()).get("x-next-path") ?? "/";
  const actor = await requirePage(actionForPath(path));
  // Before the page streams (see lib/routing/page-exists.ts): a missing record is a real 404.
  if (!(await pageExists(await getDb(), path))) notFound();

  return (
    <AppShell actor={actor}>
      {children}
      <LiveUpdates userId={actor.userId} />
    </AppShell>
  );
}
