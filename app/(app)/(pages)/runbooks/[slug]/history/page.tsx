import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { LocalTime } from "@/components/local-time";
import { PageHeader } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getDb } from "@/db";
import { getActor } from "@/lib/auth/actor";
import { actionOf } from "@/lib/routing/page-manifest";
import { requirePageFor } from "@/lib/routing/require-page";
import { can } from "@/lib/auth/policy";
import { diffStats } from "@/lib/runbooks/diff";
import { diffRevisions } from "@/lib/runbooks/off-thread";
import { getRunbookForParam, listRevisions, revisionBodies } from "@/lib/runbooks/queries";
import { runbookPath } from "@/lib/runbooks/slug";
import { DiffView } from "./_components/diff-view";
import { RestoreButton } from "./_components/restore-button";
import { Breadcrumb } from "@/components/shell/breadcrumb";

type Params = Promise<{ slug: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const loadRunbook = cache(async (slug: string) => getRunbookForParam(await getDb(), slug));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  if (!can(await getActor(), actionOf("/runbooks/[slug]/history"))) return { title: "Runbook history" };
  const runbook = await loadRunbook(slug);
  return { title: runbook ? `History: ${runbook.title}` : "Runbook not found" };
}

const revisionParam = z
  .string()
  .trim()
  .regex(/^[1-9]\d{0,8}$/)
  .transform(Number);

type Comparison = { from: number | null; to: number | null; problems: string[] };

/**
 * Which two revisions to compare. A hand-edited URL must never break the page: a bad value is
 * named in a message and replaced by the default (the previous revision against the current one).
 */
function chooseComparison(query: Record<string, string | string[] | undefined>, existing: number[], current: number): Comparison {
  const problems: string[] = [];
  const read = (name: "from" | "to"): number | undefined => {
    const raw = query[name];
    if (raw === undefined || raw === "") return undefined;
    const parsed = revisionParam.safeParse(raw);
    if (parsed.success && existing.includes(parsed.data)) return parsed.data;
    const shown = Array.isArray(raw) ? raw.join(", ") : raw;
    problems.push(`“${shown.slice(0, 40)}” is not a revision of this runbook (it has revisions ${existing.at(-1)}–${existing[0]}), so “${name}” shows the default instead.`);
    return undefined;
  };
  const to = read("to") ?? current;
  const from = read("from") ?? existing.find((n) => n < to) ?? null;
  return { from, to, problems };
}

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

const note = "rounded-md border border-border bg-muted px-3 py-2 text-sm";

export default async function RunbookHistoryPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const actor = await requirePageFor("/runbooks/[slug]/history");
  const { slug } = await params;
  const runbook = await loadRunbook(slug);
  if (!runbook) notFound();

  const db = await getDb();
  const revisions = await listRevisions(db, runbook.id);
  const current = runbook.currentRevision;
  const canRestore = can(actor, "runbooks.edit");
  const comparable = revisions.length > 1;
  const { from, to, problems } = comparable ? chooseComparison(await searchParams, revisions.map((r) => r.revision), current) : { from: null, to: null, problems: [] };

  const pair = from !== null && to !== null && from !== to ? { from, to } : null;
  const bodies = pair ? await revisionBodies(db, runbook.id, [pair.from, pair.to]) : null;
  const hunks = pair && bodies ? await diffRevisions(bodies.get(pair.from) ?? "", bodies.get(pair.to) ?? "") : [];
  const stats = diffStats(hunks);
  const base = runbookPath(runbook.slug);

  return (
    <>
      <Breadcrumb items={[{ href: "/runbooks", label: "Runbooks" }, { href: base, label: runbook.title }]} />
      <PageHeader
        title={`History — ${runbook.title}`}
        description={`Revision ${current} is current. Every save with a changed text adds a revision; restoring one adds another.`}
        actions={
          <Link href={base} className="inline-flex h-8 items-center rounded-md border border-border bg-surface px-2.5 text-sm font-medium hover:bg-muted">
            Back to runbook
          </Link>
        }
      />

      {problems.map((p) => (
        <p key={p} role="status" className={`mb-4 ${note}`}>
          {p}
        </p>
      ))}

      {/* Keyed by what it shows: the radios are uncontrolled (defaultChecked) and each restore button
          holds its own question, and both keep that state when a restore or a Compare navigates to
          this page again with new props. A new comparison or current revision starts them afresh. */}
      <Form key={`${current}:${from}:${to}`} action={`${base}/history`} className="mb-8">
        <Card className="overflow-hidden">
          <Table stacked className="w-auto min-w-full">
            <caption className="sr-only">Revisions, newest first{comparable ? "; pick one to compare from and one to compare to" : ""}</caption>
            <TableHeader>
              {comparable ? (
                <>
                  <TableHead className="w-px">From</TableHead>
                  <TableHead className="w-px">To</TableHead>
                </>
              ) : null}
              <TableHead>Revision</TableHead>
              <TableHead>Note</TableHead>
              <TableHead>Author</TableHead>
              <TableHead>Saved</TableHead>
              <TableHead className="text-right">Size</TableHead>
              {canRestore ? (
                <TableHead>
                  <span className="sr-only">Actions</span>
                </TableHead>
              ) : null}
            </TableHeader>
            <TableBody>
              {revisions.map((r) => (
                <TableRow key={r.revision} data-testid="revision-row">
                  {comparable ? (
                    <>
                      <TableCell label="Compare from">
                        <input type="radio" name="from" value={r.revision} defaultChecked={r.revision === from} aria-label={`Compare from revision ${r.revision}`} />
                      </TableCell>
                      <TableCell label="Compare to">
                        <input type="radio" name="to" value={r.revision} defaultChecked={r.revision === to} aria-label={`Compare to revision ${r.revision}`} />
                      </TableCell>
                    </>
                  ) : null}
                  <TableCell label="Revision" className="whitespace-nowrap tabular-nums">
                    {r.revision}
                    {r.revision === current ? <Badge className="ml-2">current</Badge> : null}
                  </TableCell>
                  <TableCell label="Note">{r.note.trim() ? r.note : <span className="text-muted-foreground">(no note)</span>}</TableCell>
                  <TableCell label="Author">{r.authorName ?? "a former user"}</TableCell>
                  <TableCell label="Saved" className="whitespace-nowrap">
                    <LocalTime iso={r.createdAt.toISOString()} format="short" />
                  </TableCell>
                  <TableCell label="Size" className="text-right whitespace-nowrap tabular-nums">{formatSize(Number(r.bytes))}</TableCell>
                  {canRestore ? (
                    <TableCell className="text-right">
                      {r.revision !== current ? <RestoreButton runbookId={runbook.id} version={runbook.version} revision={r.revision} currentRevision={current} /> : null}
                    </TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Card>
        {comparable ? (
          <Button type="submit" size="sm" className="mt-3">
            Compare
          </Button>
        ) : null}
      </Form>

      <section aria-labelledby="diff-heading" className="space-y-3">
        <h2 id="diff-heading" className="flex flex-wrap items-baseline gap-3 font-medium">
          {pair ? `Changes from revision ${pair.from} to revision ${pair.to}` : "Changes"}
          {pair && hunks.length ? (
            <span className="font-mono text-sm font-normal" data-testid="diff-stats">
              <span className="text-success">+{stats.added}</span> <span className="text-danger">−{stats.removed}</span>
              <span className="sr-only">
                {" "}
                ({stats.added} {stats.added === 1 ? "line" : "lines"} added, {stats.removed} removed)
              </span>
            </span>
          ) : null}
        </h2>
        {!comparable ? (
          <p className={note}>This runbook has only one revision, so there is nothing to compare yet. Each save that changes the text adds a revision.</p>
        ) : !pair ? (
          <p className={note}>
            {from === null ? `Revision ${to} is the first revision; there is nothing before it. Pick a “from” revision to compare with.` : "Pick two different revisions to compare."}
          </p>
        ) : hunks.length ? (
          <DiffView hunks={hunks} label={`Line changes from revision ${pair.from} to revision ${pair.to}`} />
        ) : (
          <p className={note}>No line differs between revisions {pair.from} and {pair.to}.</p>
        )}
      </section>
    </>
  );
}
