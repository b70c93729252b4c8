import "server-only";
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { projects } from "@/db/schema";
import { depthMessage, tooDeepAt } from "@/lib/markdown/depth";
import { PROJECT_SLUG } from "@/lib/projects/slug";
import type { Actor } from "@/lib/domain/actors";
import { commitImport, dryRunImport, type ImportSummary } from "./commit-service";
import { decodeDocument } from "./decode";
import { readPlan } from "./read-plan";
import { planImport } from "./plan";
import type { PriorityMap } from "./priority";
import { importRuleProposals } from "./rule-links";
import type { AcceptedRule, RuleProposal } from "./rule-proposals";
import type { ParseResult } from "./types";

// One entry point for the CLI, the import page and the demo loader: bytes in, dry run or commit out.

export interface ImportDocumentInput {
  bytes: Uint8Array;
  fileName: string;
  projectSlug: string;
  /** Used when the project does not exist yet (defaults to the document's title or the slug). */
  projectName?: string;
  dryRun: boolean;
  markMissingWontDo?: boolean;
  priorityMap?: PriorityMap;
  /** Commit only: the proposed criterion rules to set (see rule-proposals.ts). */
  acceptedRules?: AcceptedRule[];
  /** Commit only: when the created items' clocks start (see ClockStart); the demo's backdated plans. Default now. */
  clockStart?: Date;
}

export type ImportDocumentResult =
  | { ok: true; parsed: ParseResult; summary: ImportSummary | null; projectExists: boolean; ruleProposals: RuleProposal[] }
  | { ok: false; error: string };

function documentTitle(text: string): string | null {
  return text.match(/^#\s+(.+)$/m)?.[1]?.replace(/[*_`]/g, "").trim() ?? null;
}

export async function importDocument(db: Db, actor: Actor, input: ImportDocumentInput): Promise<ImportDocumentResult> {
  if (!PROJECT_SLUG.test(input.projectSlug)) return { ok: false, error: "project: use lower-case letters, digits and dashes (e.g. health-todos)" };
  const decoded = decodeDocument(input.bytes);
  if (!decoded.ok) return { ok: false, error: decoded.error };
  // Refused outright rather than read as a plan without items: committing one would find every
  // item of the project "no longer in the document".
  const deepAt = tooDeepAt(decoded.text);
  if (deepAt !== null) return { ok: false, error: `file: ${depthMessage(deepAt)}` };
  const parsed = await readPlan(decoded.text, { priorityMap: input.priorityMap });
  if (!parsed) return { ok: false, error: "file: reading it took too long; split the plan into smaller files" };
  parsed.warnings = [...decoded.warnings, ...parsed.warnings].sort((a, b) => a.line - b.line);
  const contentHash = createHash("sha256").update(input.bytes).digest("hex");

  const [existing] = await db.select({ id: projects.id }).from(projects).where(eq(projects.slug, input.projectSlug)).limit(1);
  if (input.dryRun) {
    const summary = existing ? await dryRunImport(db, { projectId: existing.id, fileName: input.fileName, contentHash, parsed, markMissingWontDo: input.markMissingWontDo }) : null;
    // A new project has nothing to compare with, but its criteria can still follow metrics.
    const ruleProposals = summary ? summary.ruleProposals : await importRuleProposals(db, planImport(parsed.items, []), parsed);
    return { ok: true, parsed, summary, projectExists: !!existing, ruleProposals };
  }
  const target = existing
    ? { projectId: existing.id }
    : { newProject: { slug: input.projectSlug, name: input.projectName ?? documentTitle(decoded.text) ?? input.projectSlug } };
  const summary = await commitImport(db, actor, { ...target, fileName: input.fileName, contentHash, parsed, markMissingWontDo: input.markMissingWontDo, acceptedRules: input.acceptedRules, clockStart: input.clockStart });
  return { ok: true, parsed, summary, projectExists: true, ruleProposals: summary.ruleProposals };
}
