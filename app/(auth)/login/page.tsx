import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ThemeToggle } from "@/components/shell/theme-toggle";
import { Card } from "@/components/ui/card";
import { getActor } from "@/lib/auth/actor";
import { safeNextPath } from "@/lib/auth/schemas";
import { DEMO_PASSWORD, DEMO_USERS } from "@/db/demo/users";
import { getEnv } from "@/lib/env";
import { LoginForm } from "./_components/login-form";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = safeNextPath.parse(typeof params.next === "string" ? params.next : undefined);
  if (await getActor()) redirect(next);
  const demo = getEnv().DEMO_MODE;
  // Auth.js's own endpoints come back here with ?error=…&code=… (the form's action answers inline).
  const code = typeof params.code === "string" ? params.code : undefined;
  const notice = params.error === undefined ? undefined : code === "rate_limited" ? "Too many failed sign-ins from your address. Wait a little, then try again." : "Invalid email or password.";

  return (
    // Top-aligned, not centred: the page streams in, and a centred column moved everything already
    // painted each time more of it arrived (a layout shift of up to 0.08 on a slow first load).
    <main className="flex min-h-screen flex-col items-center gap-6 px-4 py-12 sm:pt-[12vh]">
      <div className="absolute top-4 right-4">
        <ThemeToggle />
      </div>
      <div className="text-center">
        <h1 className="text-2xl font-semibold tracking-tight">Health Backlog</h1>
        <p className="mt-1 text-sm text-muted-foreground">Sign in to your team&apos;s engineering-health workspace.</p>
      </div>
      <Card className="w-full max-w-sm p-6">
        <LoginForm next={next} notice={notice} />
      </Card>
      {demo ? (
        <Card className="w-full max-w-sm p-4 text-sm" aria-labelledby="demo-heading">
          <h2 id="demo-heading" className="font-medium">
            Demo workspace
          </h2>
          <p className="mt-1 text-muted-foreground">
            Everything here is demo data. Every account uses the password <code className="font-mono">{DEMO_PASSWORD}</code>.
          </p>
          <ul className="mt-3 space-y-1">
            {DEMO_USERS.map((u) => (
              <li key={u.email} className="flex justify-between gap-2">
                <code className="font-mono">{u.email}</code>
                <span className="text-muted-foreground">{u.role}</span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </main>
  );
}
