import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db";
import { requirePageFor } from "@/lib/routing/require-page";
import { browserTimeZone } from "@/lib/account/viewer-zone";
import { listLiveSessions } from "@/lib/auth/sessions";
import { ChangePasswordForm } from "./_components/change-password-form";
import { SessionList, type SessionRowData } from "./_components/session-list";
import { TimeZoneForm } from "./_components/time-zone-form";
import { NotificationForm } from "./_components/notification-form";
import { preferencesOf } from "@/lib/inbox/queries";
import { viewerTimeZone } from "@/lib/account/viewer-zone";
import { mailConfigured } from "@/lib/env";
import { projectWatches } from "@/lib/notify/queries";
import { WatchButton } from "@/components/notify/watch-button";

export const metadata: Metadata = { title: "Your account" };

// Every signed-in user's own page: change the password, see where they are signed in, end sessions.
export default async function AccountPage() {
  const actor = await requirePageFor("/account");
  const db = await getDb();
  const [sessions, preferences, { zone }, watched] = await Promise.all([listLiveSessions(db, actor.userId), preferencesOf(db, actor.userId), viewerTimeZone(), projectWatches(db, actor.userId)]);
  const rows: SessionRowData[] = sessions.map((s) => ({
    id: s.id,
    createdAt: s.createdAt.toISOString(),
    expiresAt: s.expiresAt.toISOString(),
    userAgent: s.userAgent,
    clientAddress: s.clientAddress,
    current: s.id === actor.sessionId,
  }));

  return (
    <>
      <PageHeader title="Your account" description={`${actor.name} · ${actor.email} · ${actor.role}`} />
      {/* minmax(0, 1fr): a control's widest option (a time zone's name) never widens a phone's page. */}
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-2">
        <Card className="p-5">
          <h2 className="text-base font-semibold">Change password</h2>
          <p className="mt-1 mb-4 text-sm text-muted-foreground">Your other sessions end when the password changes; this one stays signed in.</p>
          <ChangePasswordForm />
        </Card>
        <Card className="p-5">
          <h2 className="text-base font-semibold">Where you are signed in</h2>
          <p className="mt-1 mb-4 text-sm text-muted-foreground">Sessions last 7 days from sign-in. End any you do not recognise.</p>
          <SessionList sessions={rows} />
        </Card>
        <Card className="p-5">
          <h2 className="text-base font-semibold">Time zone</h2>
          <p className="mt-1 mb-4 text-sm text-muted-foreground">Every date and time in the app, on every page, is shown in this zone.</p>
          <TimeZoneForm chosen={actor.timeZone ?? null} now={new Date().toISOString()} browserGuess={await browserTimeZone()} />
        </Card>
        <Card className="p-5 lg:col-span-2" id="notifications">
          <h2 className="text-base font-semibold">Notifications</h2>
          <p className="mt-1 mb-4 text-sm text-muted-foreground">What reaches your inbox and your e-mail. By default you hear about items assigned to you, changes and comments on what you own or watch, and mentions; watch an item, runbook, metric or project to hear about it too.</p>
          <NotificationForm initial={preferences} mailEnabled={mailConfigured()} zone={zone} isAdmin={actor.role === "admin"} />
        </Card>
        <Card className="p-5 lg:col-span-2">
          <h2 className="text-base font-semibold">Projects you watch</h2>
          <p className="mt-1 mb-4 text-sm text-muted-foreground">Watching a project tells you of changes to its items and when any of them is at risk or overdue.</p>
          {watched.length ? (
            <ul className="divide-y divide-border">
              {watched.map((p) => (
                <li key={p.id} className="flex items-center justify-between gap-3 py-2">
                  <span className="min-w-0 truncate text-sm">{p.name}</span>
                  <WatchButton subjectType="project" subjectId={p.id} watching={p.watching} subjectName={p.name} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-muted-foreground">No projects yet.</p>
          )}
        </Card>
      </div>
    </>
  );
}
