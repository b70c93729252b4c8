import { headers } from "next/headers";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getDb } from "@/db";
import { requirePage } from "@/lib/auth/actor";
import { pageExists } from "@/lib/routing/page-exists";
import { actionForPath } from "@/lib/routing/page-manifest";

// Before the page streams (its loading.tsx is below this layout): a page the reader may not open
// is a real 403 and a missing record, or an address no page has, a real 404, on a full page load.
// Both are shown by the (app) segment's forbidden.tsx and not-found.tsx, inside the frame.
export default async function CheckedPagesLayout({ children }: { children: ReactNode }) {
  const path = (await headers()).get("x-next-path") ?? "/";
  await requirePage(actionForPath(path));
  if (!(await pageExists(await getDb(), path))) notFound();
  return children;
}
