"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { LocalTime } from "@/components/local-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { revokeSessionAction } from "@/lib/account/actions";
import { signOutEverywhereAction } from "@/lib/auth/actions";

export type SessionRowData = { id: string; createdAt: string; expiresAt: string; userAgent: string | null; clientAddress: string | null; current: boolean };

/** "Chrome on Linux" from a user-agent string; the raw string is in the title for the curious. */
function deviceOf(userAgent: string | null): string {
  if (!userAgent) return "Unknown device";
  const browser = /Edg\//.test(userAgent) ? "Edge" : /Firefox\//.test(userAgent) ? "Firefox" : /Chrom(e|ium)\//.test(userAgent) ? "Chrome" : /Safari\//.test(userAgent) ? "Safari" : /curl\//i.test(userAgent) ? "curl" : "A browser";
  const os = /Android/.test(userAgent) ? "Android" : /iPhone|iPad/.test(userAgent) ? "iOS" : /Mac OS X/.test(userAgent) ? "macOS" : /Windows/.test(userAgent) ? "Windows" : /Linux/.test(userAgent) ? "Linux" : null;
  return os ? `${browser} on ${os}` : browser;
}

export function SessionList({ sessions }: { sessions: SessionRowData[] }) {
  const router = useRouter();
  const [pending, start] = useTransition();

  const revoke = (id: string) =>
    start(async () => {
      const result = await revokeSessionAction({ sessionId: id });
      if (result.ok) toast.success("Session ended");
      else toast.error(result.error.message);
      router.refresh();
    });
  const everywhere = () => start(() => signOutEverywhereAction(undefined).then(() => undefined));

  return (
    <div className="space-y-4">
      <ul className="divide-y divide-border rounded-md border border-border" aria-label="Sessions">
        {sessions.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 px-3 py-2.5 text-sm" data-testid="session-row">
            <div className="min-w-0">
              <p className="font-medium" title={s.userAgent ?? undefined}>
                {deviceOf(s.userAgent)} {s.current ? <Badge className="ml-1">This session</Badge> : null}
              </p>
              <p className="text-xs text-muted-foreground">
                Signed in <LocalTime iso={s.createdAt} /> {s.clientAddress ? `from ${s.clientAddress}` : null}
              </p>
            </div>
            {s.current ? null : (
              <Button variant="secondary" size="sm" disabled={pending} onClick={() => revoke(s.id)}>
                End session
              </Button>
            )}
          </li>
        ))}
      </ul>
      <Button variant="danger" disabled={pending} onClick={everywhere}>
        Sign out everywhere
      </Button>
    </div>
  );
}
