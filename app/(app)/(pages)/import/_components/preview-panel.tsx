"use client";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Select } from "@/components/ui/input";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ImportPreview } from "@/lib/importer/actions";
import { describeChanges, shapeWords, slaActionWords } from "@/lib/importer/dry-run-words";
import { STATUS_LABELS, type Status } from "@/lib/backlog/labels";
import { RuleProposals } from "./rule-proposals";

type Level = "P0" | "P1" | "P2" | "P3";
type Mapping = Record<string, Level | null>;

interface Props {
  preview: ImportPreview;
  mapping: Mapping;
  onMappingChange: (m: Mapping) => void;
  markMissing: boolean;
  onMarkMissingChange: (v: boolean) => void;
  /** Rule proposals the lead unticked (by criterionId); the rest are sent with the commit. */
  rejectedRules: ReadonlySet<string>;
  onRejectedRulesChange: (next: Set<string>) => void;
  onRefresh: () => void;
  onCommit: () => void;
  busy: boolean;
  committing: boolean;
}

function Stat({ label, value, tone }: { label: string; value: number; tone?: string }) {
  return (
    <div role="group" aria-label={label} className="rounded-md border border-border p-3">
      <p className="text-xs text-muted-foreground">{label}</p>
      <p className={`text-xl font-semibold tabular-nums ${tone ?? ""}`} data-testid="stat-value">
        {value}
      </p>
    </div>
  );
}

/** "4 / 5 · 3 h", with where the impact came from: a proposal from the severity is marked as one. */
function ImpactEffort({ item }: { item: ImportPreview["items"][number] }) {
  if (item.impact === null && item.effortHours === null) return <span className="text-muted-foreground">—</span>;
  return (
    <>
      {item.impact === null ? "—" : `${item.impact} / 5`}
      {item.impactFrom === "severity" ? <span className="text-xs text-muted-foreground"> (proposed from severity {item.severity})</span> : null}
      {` · ${item.effortHours === null ? "—" : `${item.effortHours} h`}`}
    </>
  );
}

export function PreviewPanel({ preview, mapping, onMappingChange, markMissing, onMarkMissingChange, rejectedRules, onRejectedRulesChange, onRefresh, onCommit, busy, committing }: Props) {
  const s = preview.summary;
  const created = s ? s.created.length : preview.totals.items;
  // Items are told apart by their line: keyless items only get their key when created.
  const updatedLines = new Map(s?.updated.map((u) => [u.line, describeChanges(u.changes)]) ?? []);
  const createdLines = new Set(s?.created.map((c) => c.line) ?? []);
  const mappingDirty = preview.labels.some((l) => (Object.hasOwn(mapping, l.label) ? mapping[l.label] : l.proposed) !== l.proposed);

  return (
    <div className="space-y-4">
      <Card className="p-4">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <h2 className="font-medium">Dry run</h2>
            <p className="text-sm text-muted-foreground">
              {preview.totals.items} items, {preview.totals.slaPolicies} SLA rows and {preview.totals.metrics} metric targets found
              {preview.shapes.length ? ` (${shapeWords(preview.shapes).join(", ")})` : ""}. {preview.projectExists ? "" : "A new project will be created."}
            </p>
          </div>
          <Button onClick={onCommit} disabled={busy || preview.totals.items + preview.totals.slaPolicies + preview.totals.metrics === 0}>
            {committing ? "Importing…" : `Import ${created} new, ${s?.updated.length ?? 0} updated`}
          </Button>
        </div>
        <div className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Stat label="Will be created" value={created} tone="text-success" />
          <Stat label="Will be updated" value={s?.updated.length ?? 0} tone="text-primary" />
          <Stat label="Unchanged" value={s?.unchanged ?? 0} />
          <Stat label="No longer in the document" value={s?.missing.length ?? 0} tone={s?.missing.length ? "text-warning-text" : ""} />
        </div>
        {s?.missing.length ? (
          <label className="mt-3 flex items-center gap-2 text-sm">
            <input type="checkbox" checked={markMissing} onChange={(e) => onMarkMissingChange(e.target.checked)} />
            Mark the {s.missing.length} items that are no longer in the document as won&apos;t do (otherwise they are left alone)
          </label>
        ) : null}
      </Card>

      {preview.labels.length ? (
        <Card className="p-4">
          <h3 className="font-medium">Priority mapping</h3>
          <p className="text-sm text-muted-foreground">How the document&apos;s priority labels become P0–P3. Change a row, then update the dry run.</p>
          <Table containerClassName="mt-3" className="w-auto">
            <tbody>
              {preview.labels.map((l) => {
                const value = Object.hasOwn(mapping, l.label) ? mapping[l.label] : l.proposed;
                return (
                  <tr key={l.label}>
                    <td className="py-1 pr-4">
                      <label htmlFor={`map-${l.label}`}>{l.label}</label> <span className="text-muted-foreground">({l.count})</span>
                    </td>
                    <td className="py-1">
                      <Select id={`map-${l.label}`} className="h-8 w-36" value={value ?? "none"} onChange={(e) => onMappingChange({ ...mapping, [l.label]: e.target.value === "none" ? null : (e.target.value as Level) })}>
                        {["P0", "P1", "P2", "P3"].map((p) => (
                          <option key={p} value={p}>{p}</option>
                        ))}
                        <option value="none">Untriaged</option>
                      </Select>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
          {mappingDirty ? (
            <Button size="sm" variant="secondary" className="mt-3" onClick={onRefresh} disabled={busy}>
              Update the dry run with this mapping
            </Button>
          ) : null}
        </Card>
      ) : null}

      {preview.warnings.length ? (
        <Card className="p-4">
          <h3 className="font-medium">Warnings ({preview.totals.warnings})</h3>
          <ul className="mt-2 space-y-1 text-sm">
            {preview.warnings.map((w, i) => (
              <li key={i}>
                <span className="font-mono text-xs text-muted-foreground">line {w.line}</span> {w.message}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      <RuleProposals proposals={preview.ruleProposals} rejected={rejectedRules} onRejectedChange={onRejectedRulesChange} />

      <Card className="overflow-hidden">
        <Table>
          <caption className="p-3 text-left font-medium">Items{preview.totals.items > preview.items.length ? ` (first ${preview.items.length} of ${preview.totals.items})` : ""}</caption>
          <TableHeader className="border-y">
            <TableHead>Line</TableHead>
            <TableHead>Key</TableHead>
            <TableHead>Title</TableHead>
            <TableHead>Category</TableHead>
            <TableHead>Priority</TableHead>
            <TableHead>Status</TableHead>
            <TableHead>Impact · effort</TableHead>
            <TableHead>Change</TableHead>
          </TableHeader>
          <TableBody>
            {preview.items.map((item, i) => {
              const updates = updatedLines.get(item.line);
              const change = updates ? "updated" : !s || createdLines.has(item.line) ? "new" : "unchanged";
              return (
                <TableRow key={`${item.line}-${i}`}>
                  <TableCell className="py-1.5 font-mono text-xs text-muted-foreground">{item.line}</TableCell>
                  <TableCell className="py-1.5 font-mono text-xs whitespace-nowrap">{item.key ?? "—"}</TableCell>
                  <TableCell className="py-1.5">{item.title}{item.checklist ? <span className="ml-1 text-xs text-muted-foreground">({item.checklist} checklist)</span> : null}</TableCell>
                  <TableCell className="py-1.5 text-muted-foreground">{item.category.join(" › ")}</TableCell>
                  <TableCell className="py-1.5">{item.priority ?? "—"}{item.priorityLabel && item.priorityLabel !== item.priority ? <span className="text-xs text-muted-foreground"> ({item.priorityLabel})</span> : null}</TableCell>
                  <TableCell className="py-1.5">{STATUS_LABELS[item.status as Status] ?? item.status}</TableCell>
                  <TableCell className="py-1.5 whitespace-nowrap"><ImpactEffort item={item} /></TableCell>
                  <TableCell className="py-1.5">
                    <Badge>{change}</Badge>
                    {updates?.length ? (
                      <ul className="mt-1 space-y-0.5 text-xs" aria-label="Changes">
                        {updates.map((line) => (
                          <li key={line}>{line}</li>
                        ))}
                      </ul>
                    ) : null}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Card>

      {preview.slaPolicies.length || preview.metrics.length ? (
        <div className="grid gap-4 lg:grid-cols-2">
          {preview.slaPolicies.length ? (
            <Card className="p-4 text-sm">
              <h3 className="font-medium">SLA policy found</h3>
              <ul className="mt-2 space-y-1">
                {preview.slaPolicies.map((p) => (
                  <li key={p.priority}>
                    <span className="font-medium">{p.priority}</span>{p.label ? ` ${p.label}` : ""}: {p.targetText}
                    {p.ownership ? `, ${p.ownership}` : ""}{p.trackingCadence ? `, ${p.trackingCadence}` : ""}
                    {(() => {
                      const row = s?.slaPolicies.find((x) => x.priority === p.priority);
                      return row ? <span className="text-muted-foreground"> — {slaActionWords(row)}</span> : null;
                    })()}
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
          {preview.metrics.length ? (
            <Card className="p-4 text-sm">
              <h3 className="font-medium">Metric targets found</h3>
              <ul className="mt-2 space-y-1">
                {preview.metrics.map((m, i) => (
                  <li key={i}>
                    {m.name} {m.comparator} {m.target}{m.unit} <span className="text-muted-foreground">({m.group}, line {m.line})</span>
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
