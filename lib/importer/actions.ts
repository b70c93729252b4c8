"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { defineAction } from "@/lib/auth/action";
import { ruleText, type Comparator } from "@/lib/backlog/metric-rule";
import { fail } from "@/lib/result";
import { defaultPriorityFor } from "./priority";
import { importInputSchema, MAX_ACCEPTED_RULES, type ImportInput } from "./schemas";
import { importDocument } from "./service";
import type { ImportSummary } from "./commit-service";
import { systemActor } from "@/lib/domain/actors";

// The import page's two steps. Both read the same input; only the commit writes.

const PREVIEW_ROWS = 500;

async function bytesOf(input: ImportInput): Promise<Uint8Array> {
  if (input.file && input.file.size > 0) return new Uint8Array(await input.file.arrayBuffer());
  return new TextEncoder().encode(input.text ?? "");
}

function fileNameOf(input: ImportInput) {
  return input.file instanceof File && input.file.name ? input.file.name : input.fileName;
}

export interface ImportPreview {
  projectExists: boolean;
  totals: { items: number; slaPolicies: number; metrics: number; warnings: number };
  /** Labels found in the document, how many items carry each, and the proposed level. */
  labels: { label: string; count: number; proposed: string | null }[];
  items: {
    key: string | null;
    title: string;
    category: string[];
    priority: string | null;
    priorityLabel: string | null;
    status: string;
    /** What places the item on the impact × effort board; impactFrom says whether the document stated it or its severity proposed it. */
    severity: string | null;
    impact: number | null;
    impactFrom: "document" | "severity" | null;
    effortHours: number | null;
    checklist: number;
    line: number;
  }[];
  slaPolicies: { priority: string; label: string; targetText: string; ownership: string; trackingCadence: string; line: number }[];
  metrics: { name: string; comparator: string; target: number; unit: string; group: string; line: number }[];
  /** Criteria the import creates that can follow a metric; the commit sends back the ones kept. */
  ruleProposals: { itemKey: string; text: string; metricKey: string; comparator: Comparator; value: number; ruleText: string; metric: "exists" | "create" }[];
  warnings: { line: number; message: string }[];
  summary: ImportSummary | null;
  shapes: string[];
}

export const previewImportAction = defineAction("import.preview", importInputSchema, async (input): Promise<ImportPreview> => {
  const result = await importDocument(await getDb(), systemActor("preview"), {
    bytes: await bytesOf(input),
    fileName: fileNameOf(input),
    projectSlug: input.projectSlug,
    projectName: input.projectName,
    dryRun: true,
    markMissingWontDo: input.markMissingWontDo,
    priorityMap: input.priorityMap,
  });
  if (!result.ok) return fail("invalid", result.error, { fieldErrors: { file: [result.error] } });
  const { parsed, summary } = result;
  const counts = new Map<string, number>();
  for (const item of parsed.items) if (item.priorityLabel) counts.set(item.priorityLabel, (counts.get(item.priorityLabel) ?? 0) + 1);
  // A label only the document's own scale ranks ("Show-stopper > Critical > Major", recognise/priority-order.ts)
  // is proposed as the parse read it, unless the lead has mapped it already.
  const readAs = new Map(parsed.items.map((item) => [item.priorityLabel, item.priority] as const).reverse());
  const proposed = (label: string) => defaultPriorityFor(label) ?? (Object.hasOwn(input.priorityMap, label) ? null : (readAs.get(label) ?? null));
  return {
    projectExists: result.projectExists,
    totals: { items: parsed.items.length, slaPolicies: parsed.slaPolicies.length, metrics: parsed.metrics.length, warnings: parsed.warnings.length },
    labels: [...counts].map(([label, count]) => ({ label, count, proposed: proposed(label) })),
    items: parsed.items.slice(0, PREVIEW_ROWS).map((i) => ({
      key: i.key,
      title: i.title,
      category: i.category,
      priority: i.priority,
      priorityLabel: i.priorityLabel,
      status: i.status,
      severity: i.severity,
      impact: i.impact,
      impactFrom: i.impactFrom,
      effortHours: i.effortHours,
      checklist: i.checklist.length,
      line: i.line,
    })),
    slaPolicies: parsed.slaPolicies.map((p) => ({ priority: p.priority, label: p.label, targetText: p.targetText, ownership: p.ownership, trackingCadence: p.trackingCadence, line: p.line })),
    metrics: parsed.metrics,
    ruleProposals: result.ruleProposals.slice(0, MAX_ACCEPTED_RULES).map((p) => ({ itemKey: p.itemKey, text: p.text, ...p.rule, ruleText: ruleText(p.rule), metric: p.metric })),
    warnings: parsed.warnings.slice(0, 500),
    // The proposals travel once, as ruleProposals above.
    summary: summary && { ...summary, created: summary.created.slice(0, PREVIEW_ROWS), updated: summary.updated.slice(0, PREVIEW_ROWS), ruleProposals: [] },
    shapes: parsed.shapes,
  };
});

export const commitImportAction = defineAction("import.commit", importInputSchema, async (input, actor) => {
  const result = await importDocument(await getDb(), actor, {
    bytes: await bytesOf(input),
    fileName: fileNameOf(input),
    projectSlug: input.projectSlug,
    projectName: input.projectName,
    dryRun: false,
    markMissingWontDo: input.markMissingWontDo,
    priorityMap: input.priorityMap,
    acceptedRules: input.acceptedRules,
  });
  if (!result.ok) return fail("invalid", result.error, { fieldErrors: { file: [result.error] } });
  revalidatePath("/", "layout");
  const s = result.summary!;
  return {
    projectSlug: input.projectSlug,
    created: s.created.length,
    updated: s.updated.length,
    unchanged: s.unchanged,
    markedWontDo: s.missing.filter((m) => m.markedWontDo).length,
    slaPoliciesCreated: s.slaPolicies.filter((p) => p.action === "create").length,
    metricsCreated: s.metrics.filter((m) => m.action === "create").length,
    criteriaLinked: s.criteriaLinked,
  };
});
