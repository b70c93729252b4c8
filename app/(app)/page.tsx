import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/actor";
import { getDb } from "@/db";
import { listProjectSummaries } from "@/lib/projects/queries";
import { reviewsDue } from "@/lib/runbooks/queries";
import { ReviewsDue } from "./_components/reviews-due";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const actor = await requirePage("pages.dashboard");
  const now = new Date();
  const [projects, dueReviews] = await Promise.all([listProjectSummaries(actor), reviewsDue(await getDb(), now)]);

  return (
    <>
      <PageHeader title="Dashboard" description={`Welcome back, ${actor.name}. Here is where your projects stand.`} />
      {projects.length === 0 ? (
        <Card className="p-8 text-center">
          <p className="font-medium">No projects yet</p>
          <p className="mt-1 text-sm text-muted-foreground">A lead or admin creates one by importing a Markdown plan.</p>
        </Card>
      ) : (
        <section aria-labelledby="projects-heading">
          <h2 id="projects-heading" className="mb-3 text-sm font-medium text-muted-foreground">
            Projects
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
            {projects.map((p) => (
              <li key={p.id}>
                <Card className="h-full p-4">
                  <p className="font-medium">{p.name}</p>
                  <p className="text-xs text-muted-foreground">{p.slug}</p>
                  {p.description ? <p className="mt-2 text-sm text-muted-foreground">{p.description}</p> : null}
                  <dl className="mt-3 grid grid-cols-3 gap-2 text-sm">
                    <div>
                      <dt className="text-xs text-muted-foreground">Items</dt>
                      <dd className="font-medium tabular-nums">{p.total}</dd>
                    </div>
                    <div>
                      <dt className="text-xs text-muted-foreground">Open</dt>
                      <dd className="font-medium tabular-nums">{p.open}</dd>
                    </div>
                    <div>
                      <dt className="text-xs text-muted-foreground">Done</dt>
                      <dd className="font-medium tabular-nums">{p.done}</dd>
                    </div>
                  </dl>
                  {p.total === 0 ? <p className="mt-3 text-xs text-muted-foreground">No items imported yet.</p> : null}
                  <p className="mt-3 flex gap-3 text-xs text-muted-foreground print:hidden">
                    Export
                    {(["md", "csv", "json"] as const).map((format) => (
                      <a key={format} href={`/api/v1/projects/${p.slug}/export?format=${format}`} className="text-primary hover:underline" download>
                        {format === "md" ? "Markdown" : format.toUpperCase()}
                      </a>
                    ))}
                  </p>
                </Card>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="mt-8 max-w-2xl">
        <ReviewsDue rows={dueReviews} now={now} />
      </div>
    </>
  );
}
