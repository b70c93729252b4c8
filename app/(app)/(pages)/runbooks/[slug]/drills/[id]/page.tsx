import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { LocalTime } from "@/components/local-time";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db";
import { getActor } from "@/lib/auth/actor";
import { actionOf } from "@/lib/routing/page-manifest";
import { requirePageFor } from "@/lib/routing/require-page";
import { can, roleRank } from "@/lib/auth/policy";
import { stepDurations, type StoredStep } from "@/lib/runbooks/drill-record";
import { getDrill } from "@/lib/runbooks/queries";
import { readRunbookSlug, runbookPath } from "@/lib/runbooks/slug";
import { humanDuration, OutcomeBadge } from "../../_components/drill-list";
import { DrillRunner } from "./_components/drill-runner";
import { Breadcrumb } from "@/components/shell/breadcrumb";

type Params = Promise<{ slug: string; id: string }>;

// Anything but a uuid would make Postgres throw rather than find nothing.
const isId = (id: string) => z.guid().safeParse(id).success;

const loadDrill = cache(async (id: string) => (isId(id) ? getDrill(await getDb(), id) : null));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug, id } = await params;
  if (!can(await getActor(), actionOf("/runbooks/[slug]/drills/[id]"))) return { title: "Drill" };
  const found = await loadDrill(id);
  return { title: found && found.slug === readRunbookSlug(slug) ? `Drill: ${found.drill.scenario}` : "Drill not found" };
}

export default async function DrillPage({ params }: { params: Params }) {
  const actor = await requirePageFor("/runbooks/[slug]/drills/[id]");
  const { slug, id } = await params;
  const found = await loadDrill(id);
  // A drill is only reachable under its own runbook, so an old or hand-made URL cannot mislabel it.
  if (!found || found.slug !== readRunbookSlug(slug)) notFound();

  const { drill, ranByName, title } = found;
  const steps = drill.steps as StoredStep[];
  const inProgress = !drill.finishedAt;
  // Mirrors the rule in lib/runbooks/drill-service.ts; the action checks it again.
  const canRecord = inProgress && can(actor, "runbooks.drill") && (drill.ranBy === actor.userId || roleRank(actor.role) >= roleRank("lead"));
  const runbookHref = runbookPath(found.slug);
  const who = ranByName ?? "a former user";
  const done = steps.filter((s) => s.done).length;

  return (
    <>
      <Breadcrumb items={[{ href: "/runbooks", label: "Runbooks" }, { href: runbookHref, label: title }, { label: "Drill" }]} />
      <header className="mb-6">
        <h1 className="flex flex-wrap items-center gap-2 text-xl font-semibold tracking-tight break-words">
          Drill: {drill.scenario}
          {inProgress ? <OutcomeBadge outcome={null} /> : null}
        </h1>
        <p className="mt-1 text-sm text-muted-foreground">
          Started by {who} on <LocalTime iso={drill.startedAt.toISOString()} /> · rehearsing revision {drill.revision}
        </p>
      </header>

      <div className="max-w-3xl space-y-6">
        {drill.finishedAt ? (
          <Card className="p-4">
            <section aria-labelledby="drill-summary-heading" className="space-y-3">
              <h2 id="drill-summary-heading" className="font-medium">
                Summary
              </h2>
              <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm">
                <dt className="text-muted-foreground">Outcome</dt>
                <dd>
                  <OutcomeBadge outcome={drill.outcome} data-testid="drill-outcome" />
                </dd>
                <dt className="text-muted-foreground">Duration</dt>
                <dd className="tabular-nums">{humanDuration((drill.finishedAt.getTime() - drill.startedAt.getTime()) / 1000, true)}</dd>
                <dt className="text-muted-foreground">Finished</dt>
                <dd>
                  <LocalTime iso={drill.finishedAt.toISOString()} />
                </dd>
                <dt className="text-muted-foreground">Steps</dt>
                <dd className="tabular-nums">
                  {done} of {steps.length} ticked
                </dd>
                <dt className="text-muted-foreground">Notes</dt>
                <dd className="break-words whitespace-pre-wrap">{drill.notes || <span className="text-muted-foreground">None.</span>}</dd>
              </dl>
            </section>
          </Card>
        ) : !canRecord ? (
          <p role="note" className="rounded-md border border-border bg-muted px-3 py-2 text-sm">
            Only {ranByName ?? "the person running it"} or a lead can record this drill.
          </p>
        ) : null}

        <DrillRunner
          drillId={drill.id}
          startedAt={drill.startedAt.toISOString()}
          inProgress={inProgress}
          canRecord={canRecord}
          steps={steps.map((s) => ({ section: s.section, text: s.text, done: s.done, note: s.note }))}
          durations={stepDurations(drill.startedAt, steps)}
        />
      </div>
    </>
  );
}
