import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/shell/page-header";
import { getDb } from "@/db";
import { viewerTimeZone } from "@/lib/account/viewer-zone";
import { inboxEntries } from "@/lib/inbox/queries";
import { requirePageFor } from "@/lib/routing/require-page";
import { cn } from "@/lib/cn";
import { InboxList } from "./_components/inbox-list";
import { MarkAllRead } from "./_components/mark-all-read";

export const metadata: Metadata = { title: "Inbox" };

type Search = Promise<{ show?: string | string[]; before?: string | string[] }>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// What happened to the things you own, watch or were mentioned on, latest first: always your own.
export default async function InboxPage({ searchParams }: { searchParams: Search }) {
  const actor = await requirePageFor("/inbox");
  const params = await searchParams;
  const unreadOnly = one(params.show) === "unread";
  const before = one(params.before)?.slice(0, 100);
  const { zone } = await viewerTimeZone();
  const page = await inboxEntries(await getDb(), actor.userId, zone, { unreadOnly, before });
  const tab = (label: string, active: boolean, href: string) => (
    <Link href={href} aria-current={active ? "page" : undefined} className={cn("rounded-md px-3 py-1.5 text-sm", active ? "bg-muted font-medium text-foreground" : "text-muted-foreground hover:bg-muted")}>
      {label}
    </Link>
  );
  return (
    <>
      <PageHeader
        title="Inbox"
        description={page.unread ? `${page.unread.toLocaleString("en")} unread` : "All caught up"}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            <MarkAllRead disabled={!page.unread} />
            <Link href="/account#notifications" className="text-sm text-muted-foreground underline-offset-4 hover:underline">
              Notification settings
            </Link>
          </div>
        }
      />
      <nav aria-label="Show" className="mb-4 flex gap-1">
        {tab("All", !unreadOnly, "/inbox")}
        {tab("Unread", unreadOnly, "/inbox?show=unread")}
      </nav>
      {page.entries.length ? (
        <InboxList entries={page.entries} />
      ) : (
        <div className="rounded-lg border border-dashed border-border p-8 text-center text-sm text-muted-foreground">
          {before ? (
            "No older entries."
          ) : unreadOnly ? (
            "Nothing unread. You are all caught up."
          ) : (
            <>
              Nothing here yet. You will hear here when someone assigns you an item, changes or comments on an item you own or watch, or mentions you with
              <span className="font-mono"> @your name</span>.
            </>
          )}
        </div>
      )}
      {page.next ? (
        <div className="mt-4">
          <Link href={`/inbox?${new URLSearchParams({ ...(unreadOnly ? { show: "unread" } : {}), before: page.next })}`} className="text-sm underline-offset-4 hover:underline">
            Older entries
          </Link>
        </div>
      ) : null}
    </>
  );
}
