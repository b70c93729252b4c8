"use client";

import { Fragment, useState } from "react";
import { PriorityBadge } from "@/components/backlog/badges";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { PolicyLine } from "@/lib/matrix/policy-queries";
import { formatTarget } from "@/lib/matrix/target";
import { PolicyRowForm } from "./policy-row-form";

/** The four priorities of one scope's policy; leads edit a row in place. */
export function PolicyTable({ lines, projectId, scopeName, canEdit }: { lines: PolicyLine[]; projectId: string | null; scopeName: string; canEdit: boolean }) {
  const [editing, setEditing] = useState<string | null>(null);
  const columns = canEdit ? 8 : 7;
  return (
    <section aria-labelledby="policy-heading">
      <h2 id="policy-heading" className="mb-3 text-base font-semibold">
        {scopeName}
      </h2>
      <Card className="overflow-x-auto">
        <table className="w-full text-sm">
          <thead>
            <tr className="border-b border-border text-left text-xs text-muted-foreground">
              {["Priority", "Label", "Target", "Ownership", "Tracking", "Escalation", "Source"].map((h) => (
                <th key={h} scope="col" className="px-3 py-2 font-medium">
                  {h}
                </th>
              ))}
              {canEdit ? (
                <th scope="col" className="px-3 py-2">
                  <span className="sr-only">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => {
              const row = line.own ?? line.fallback;
              const inherited = !line.own && !!line.fallback;
              return (
                <Fragment key={line.priority}>
                  <tr className="border-b border-border align-top last:border-0" data-priority={line.priority}>
                    <th scope="row" className="px-3 py-2 text-left font-normal">
                      <PriorityBadge priority={line.priority} />
                    </th>
                    {row ? (
                      <>
                        <td className="px-3 py-2 font-medium">{row.label}</td>
                        <td className="px-3 py-2 whitespace-nowrap" data-testid={`target-${line.priority}`}>
                          {formatTarget(row.targetHours, row.calendar)}
                        </td>
                        <td className="px-3 py-2">{row.ownership || <span className="text-muted-foreground">—</span>}</td>
                        <td className="px-3 py-2">{row.trackingCadence || <span className="text-muted-foreground">—</span>}</td>
                        <td className="max-w-[20rem] px-3 py-2">{row.escalation || <span className="text-muted-foreground">—</span>}</td>
                        <td className="px-3 py-2 text-xs text-muted-foreground">{inherited ? "Workspace default" : projectId ? "This project" : "Workspace"}</td>
                      </>
                    ) : (
                      <td colSpan={6} className="px-3 py-2 text-muted-foreground">
                        No window: {line.priority} items get no due date.
                      </td>
                    )}
                    {canEdit ? (
                      <td className="px-3 py-2 text-right">
                        <Button
                          size="sm"
                          variant="secondary"
                          aria-expanded={editing === line.priority}
                          aria-label={`Edit ${line.priority}`}
                          onClick={() => setEditing((e) => (e === line.priority ? null : line.priority))}
                        >
                          {editing === line.priority ? "Close" : inherited || !row ? "Set" : "Edit"}
                        </Button>
                      </td>
                    ) : null}
                  </tr>
                  {editing === line.priority ? (
                    <tr className="border-b border-border bg-muted/40">
                      <td colSpan={columns} className="px-3 py-4">
                        <PolicyRowForm
                          priority={line.priority}
                          projectId={projectId}
                          // Editing an inherited row creates the project's own, starting from the default's values.
                          start={row}
                          version={line.own?.version}
                          onDone={() => setEditing(null)}
                        />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </Card>
      {!canEdit ? <p className="mt-2 text-xs text-muted-foreground">Leads and admins change the policy.</p> : null}
    </section>
  );
}
