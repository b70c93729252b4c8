"use client";

import { useQuery } from "@tanstack/react-query";
import { Bell } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/cn";

export const INBOX_COUNT_KEY = ["inbox", "count"] as const;

async function fetchUnread(signal: AbortSignal): Promise<number> {
  const res = await fetch("/api/v1/inbox?limit=0", { signal, headers: { accept: "application/json" } });
  if (!res.ok) throw new Error(`inbox ${res.status}`);
  const body = (await res.json()) as { unread?: unknown };
  return typeof body.unread === "number" ? body.unread : 0;
}

/**
 * The bell: a link to the inbox with the unread count, kept live by <LiveUpdates> (an "inbox"
 * event refetches it) and on focus. The count is in the link's name for screen readers.
 */
export function InboxBell({ className }: { className?: string }) {
  const pathname = usePathname();
  const { data: unread = 0 } = useQuery({ queryKey: INBOX_COUNT_KEY, queryFn: ({ signal }) => fetchUnread(signal), staleTime: 30_000, refetchOnWindowFocus: true });
  const label = unread ? `Inbox, ${unread.toLocaleString("en")} unread` : "Inbox";
  return (
    <Link
      href="/inbox"
      aria-label={label}
      title={label}
      aria-current={pathname === "/inbox" ? "page" : undefined}
      data-testid="inbox-bell"
      className={cn("relative inline-flex size-10 items-center justify-center rounded-md hover:bg-muted md:size-8", className)}
    >
      <Bell className="size-5 md:size-4" aria-hidden />
      {unread ? (
        <span data-testid="inbox-unread" className="absolute top-0.5 right-0.5 min-w-4 rounded-full bg-danger px-1 text-center text-[10px] leading-4 font-semibold text-white md:-top-1 md:-right-1">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
