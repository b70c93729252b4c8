"use client";

import { Fragment, useState } from "react";
import { PriorityBadge } from "@/components/backlog/badges";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
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
      <Card className="overflow-hidden">
        <Table stacked>
          <TableHeader>
            {["Priority", "Label", "Target", "Ownership", "Tracking", "Escalation", "Source"].map((h) => (
              <TableHead key={h}>{h}</TableHead>
            ))}
            {canEdit ? (
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            ) : null}
          </TableHeader>
          <TableBody>
            {lines.map((line) => {
              const row = line.own ?? line.fallback;
              const inherited = !line.own && !!line.fallback;
              return (
                <Fragment key={line.priority}>
                  <TableRow className="align-top" data-priority={line.priority}>
                    <TableHead scope="row">
                      <PriorityBadge priority={line.priority} />
                    </TableHead>
                    {row ? (
                      <>
                        <TableCell label="Label" className="font-medium">{row.label}</TableCell>
                        <TableCell label="Target" className="whitespace-nowrap" data-testid={`target-${line.priority}`}>
                          {formatTarget(row.targetHours, row.calendar)}
                        </TableCell>
                        <TableCell label="Ownership">{row.ownership || <span className="text-muted-foreground">—</span>}</TableCell>
                        <TableCell label="Tracking">{row.trackingCadence || <span className="text-muted-foreground">—</span>}</TableCell>
                        <TableCell label="Escalation" className="max-w-[20rem]">{row.escalation || <span className="text-muted-foreground">—</span>}</TableCell>
                        <TableCell label="Source" className="text-xs text-muted-foreground">{inherited ? "Workspace default" : projectId ? "This project" : "Workspace"}</TableCell>
                      </>
                    ) : (
                      <TableCell colSpan={6} className="text-muted-foreground">
                        No window: {line.priority} items get no due date.
                      </TableCell>
                    )}
                    {canEdit ? (
                      <TableCell className="text-right max-sm:pt-2">
                        <Button
                          size="sm"
                          variant="secondary"
                          aria-expanded={editing === line.priority}
                          aria-label={`Edit ${line.priority}`}
                          onClick={() => setEditing((e) => (e === line.priority ? null : line.priority))}
                        >
                          {editing === line.priority ? "Close" : inherited || !row ? "Set" : "Edit"}
                        </Button>
                      </TableCell>
                    ) : null}
                  </TableRow>
                  {editing === line.priority ? (
                    <TableRow className="bg-muted/40">
                      <TableCell colSpan={columns} className="py-4">
                        <PolicyRowForm
                          priority={line.priority}
                          projectId={projectId}
                          // Editing an inherited row creates the project's own, starting from the default's values.
                          start={row}
                          version={line.own?.version}
                          onDone={() => setEditing(null)}
                        />
                      </TableCell>
                    </TableRow>
                  ) : null}
                </Fragment>
              );
            })}
          </TableBody>
        </Table>
      </Card>
      {!canEdit ? <p className="mt-2 text-xs text-muted-foreground">Leads and admins change the policy.</p> : null}
    </section>
  );
}
