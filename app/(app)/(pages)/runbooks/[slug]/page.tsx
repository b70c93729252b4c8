import type { UserActor } from "@/lib/domain/actors";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache, type ReactNode } from "react";
import { LocalTime } from "@/components/local-time";
import { RenderedMarkdown } from "@/components/markdown";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db";
import { getActor } from "@/lib/auth/actor";
import { actionOf } from "@/lib/routing/page-manifest";
import { requirePageFor } from "@/lib/routing/require-page";
import { WatchButton } from "@/components/notify/watch-button";
import { can } from "@/lib/auth/policy";
import { loadRunbookPage, type RunbookPagePermissions } from "@/lib/runbooks/runbook-page";
import { runbookMarkdownPath, runbookPath } from "@/lib/runbooks/slug";
import { cn } from "@/lib/cn";
import { ReviewDue } from "../_components/review-due";
import { DrillList } from "./_components/drill-list";
import { LinkedItems } from "./_components/linked-items";
import { formatValue, STATUS_LABEL } from "@/lib/metrics/format";
import { LinkedMetrics } from "./_components/linked-metrics";
import { MarkReviewed } from "./_components/mark-reviewed";
import { StartDrill } from "./_components/start-drill";
import { Breadcrumb } from "@/components/shell/breadcrumb";
import { PrintHeader } from "@/components/print/print-header";

type Params = Promise<{ slug: string }>;

/** What this role may do decides which controls exist (and whether the metric picker is read); the actions check again. */
const permissionsOf = (actor: UserActor | null): RunbookPagePermissions => ({
  edit: can(actor, "runbooks.edit"),
  review: can(actor, "runbooks.review"),
  drill: can(actor, "runbooks.drill"),
});

// Metadata and the page read the same runbook: one load per request.
const loadPage = cache(async (slug: string) => {
  const actor = await getActor();
  return loadRunbookPage(await getDb(), slug, permissionsOf(actor), actor?.userId ?? null);
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  if (!can(await getActor(), actionOf("/runbooks/[slug]"))) return { title: "Runbook" };
  const page = await loadPage(slug);
  return { title: page ? page.runbook.title : "Runbook not found" };
}

function Panel({ title, children, id }: { title: string; children: ReactNode; id: string }) {
  return (
    <Card className="p-4">
      <section aria-labelledby={id} className="space-y-3">
        <h2 id={id} className="text-sm font-medium">
          {title}
        </h2>
        {children}
      </section>
    </Card>
  );
}

const linkButton = "inline-flex h-8 items-center rounded-md border border-border bg-surface px-2.5 text-sm font-medium hover:bg-muted";

export default async function RunbookPage({ params }: { params: Params }) {
  const actor = await requirePageFor("/runbooks/[slug]");
  const { slug } = await params;
  const page = await loadPage(slug);
  if (!page) notFound();
  const { may, runbook, review, alarms, metrics } = page;
  const { html, toc, scenarios, notice } = page.view;
  const now = new Date();
  const minDepth = toc.reduce((min, h) => Math.min(min, h.depth), 6);

  return (
    <>
      <PrintHeader title={`Runbook: ${runbook.title}`} filters={`Revision ${runbook.currentRevision}${runbook.draft ? " (draft)" : ""}`} printedBy={actor.name} />
      <Breadcrumb items={[{ href: "/runbooks", label: "Runbooks" }]} />
      <header className="mb-4 flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-xl font-semibold tracking-tight break-words">
            {runbook.title}
            {runbook.draft ? <Badge className="ml-2 align-middle">Draft</Badge> : null}
          </h1>
          <p className="mt-1 text-sm text-muted-foreground">
            {[runbook.service && `Service: ${runbook.service}`, runbook.projectName, `Owner: ${runbook.ownerName ?? "nobody"}`, `Revision ${runbook.currentRevision}`]
              .filter(Boolean)
              .join(" · ")}
          </p>
        </div>
        <div className="flex flex-wrap gap-2 print:hidden">
          <WatchButton subjectType="runbook" subjectId={runbook.id} watching={page.watching} />
          {may.edit ? (
            <Link href={runbookPath(runbook.slug, "edit")} className={cn(linkButton, "border-transparent bg-primary text-primary-foreground hover:bg-primary hover:opacity-90")}>
              Edit
            </Link>
          ) : null}
          <Link href={runbookPath(runbook.slug, "history")} className={linkButton}>
            History
          </Link>
          <a href={runbookMarkdownPath(runbook.slug)} className={linkButton} download>
            Export Markdown
          </a>
        </div>
      </header>

      {alarms.map((m) => (
        <p
          key={m.id}
          role="alert"
          className={cn("mb-3 rounded-md border px-3 py-2 text-sm", m.status === "critical" ? "border-danger/50 bg-danger/10" : "border-warning/50 bg-warning/10")}
        >
          <strong>{STATUS_LABEL[m.status]}:</strong>{" "}
          <Link href={`/metrics/${m.key}`} className="underline">
            {m.name}
          </Link>{" "}
          is at {formatValue(m.value, m.unit)}
          {m.recordedAt ? (
            <>
              {" "}
              (<LocalTime iso={m.recordedAt} format="short" />)
            </>
          ) : null}
          . This runbook is linked to it.
        </p>
      ))}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <article className="min-w-0" aria-label="Runbook text">
          <Card className="p-5">
            {runbook.body.trim() ? (
              <>
                {notice ? <p className="mb-3 text-xs text-muted-foreground">{notice}</p> : null}
                <RenderedMarkdown html={html} copyCode data-testid="runbook-body" />
              </>
            ) : (
              <p className="text-sm text-muted-foreground">This runbook has no text yet.{may.edit ? " Edit it to add scenarios." : ""}</p>
            )}
          </Card>
        </article>

        <aside aria-label="Runbook details" className="space-y-4">
          {toc.length > 1 ? (
            <Panel title="Contents" id="toc-heading">
              <ol className="space-y-1 text-sm">
                {toc.map((h) => (
                  <li key={h.anchor} style={{ paddingLeft: `${(h.depth - minDepth) * 0.75}rem` }}>
                    <a href={`#${h.anchor}`} className="text-muted-foreground hover:text-foreground hover:underline">
                      {h.text}
                    </a>
                  </li>
                ))}
              </ol>
            </Panel>
          ) : null}

          <Panel title="Review" id="review-heading">
            <dl className="space-y-1 text-sm" data-testid="review-status">
              <div className="flex justify-between gap-2">
                <dt className="text-muted-foreground">Last reviewed</dt>
                <dd className="text-right">
                  {review.lastAt ? (
                    <>
                      <LocalTime iso={review.lastAt} format="short" /> by {review.lastByName ?? "a former user"}
                    </>
                  ) : (
                    "Never"
                  )}
                </dd>
              </div>
              <div className="flex justify-between gap-2">
                <dt className="text-muted-foreground">Next review</dt>
                <dd>
                  <ReviewDue dueAt={review.dueAt} now={now} />
                </dd>
              </div>
              <div className="flex justify-between gap-2">
                <dt className="text-muted-foreground">Interval</dt>
                <dd>every {review.intervalDays} days</dd>
              </div>
            </dl>
            {may.review ? <MarkReviewed runbookId={runbook.id} revision={runbook.currentRevision} /> : null}
            {review.earlier.length ? (
              <details className="text-xs text-muted-foreground">
                <summary className="cursor-pointer">Earlier reviews</summary>
                <ul className="mt-1 space-y-1">
                  {review.earlier.map((r) => (
                    <li key={r.at}>
                      <LocalTime iso={r.at} format="short" /> · {r.byName ?? "a former user"} · rev. {r.revision}
                      {r.note ? ` · ${r.note}` : ""}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </Panel>

          <Panel title="Drills" id="drills-heading">
            {may.drill ? <StartDrill runbookId={runbook.id} slug={runbook.slug} scenarios={scenarios} /> : null}
            <DrillList drills={runbook.drills} slug={runbook.slug} />
          </Panel>

          <Panel title="Backlog items" id="items-heading">
            <LinkedItems runbookId={runbook.id} items={runbook.items} canEdit={may.edit} />
          </Panel>

          <Panel title="Metrics" id="metrics-heading">
            <LinkedMetrics runbookId={runbook.id} linked={metrics.linked} options={metrics.options} canEdit={may.edit} />
          </Panel>
        </aside>
      </div>
    </>
  );
}
