import { z } from "zod";

// The pure part of `npm run import:score`: how the importer's reading of a corpus document is
// compared with a careful human's manifest (test/fixtures/corpus/README.md). No file or importer
// access here, so the rules can be tested on made-up inputs; scripts/import-score.ts feeds it.

const priority = z.enum(["P0", "P1", "P2", "P3"]).nullable();
const status = z.enum(["not_started", "in_progress", "blocked", "done", "wont_do"]);
const comparator = z.enum(["<", "<=", ">", ">=", "="]);

export const planManifestSchema = z.strictObject({
  kind: z.enum(["plan", "prose"]),
  items: z.array(
    z.strictObject({
      title: z.string().min(1),
      done: z.boolean(),
      status: status.optional(),
      // Omitted when the document gives the item no priority: the same as null.
      priority: priority.optional().transform((p) => p ?? null),
      category: z.array(z.string()).optional(),
      files: z.array(z.string()).optional(),
    }),
  ),
  metrics: z.array(z.strictObject({ name: z.string().min(1), comparator, target: z.number() })).optional(),
  notes: z.string().min(1),
});
export type PlanManifest = z.infer<typeof planManifestSchema>;
export type ExpectedItem = PlanManifest["items"][number];
export type ExpectedMetric = NonNullable<PlanManifest["metrics"]>[number];

export const runbookManifestSchema = z.strictObject({
  title: z.string().min(1),
  scenarios: z.array(z.strictObject({ title: z.string().min(1), steps: z.number().int().min(0) })).min(1),
  notes: z.string().optional(),
});
export type RunbookManifest = z.infer<typeof runbookManifestSchema>;

/** What the importer gave for one item, reduced to what the manifest can say. */
export interface FoundItem {
  title: string;
  done: boolean;
  status: string;
  priority: string | null;
  category: string[];
  /** The item's file checklist entries. */
  files: string[];
}

export interface FoundMetric {
  name: string;
  comparator: string;
  target: number;
}

/**
 * Titles compared the way a reader compares them: case, Unicode forms, bold/code markers, quote and
 * dash styles, spacing and trailing punctuation do not make two titles different.
 */
export function normaliseTitle(title: string): string {
  return title
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\*\*|__|`/g, "")
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .replace(/[‐‑‒–—―]/g, "-")
    .replace(/\s+/g, " ")
    .replace(/[\s.:;,!]+$/, "")
    .trim();
}

const WORD = /[\p{L}\p{N}]/u;

/** True when `inner` occurs in `outer` as whole words (not "cat" inside "category"). */
function containsWords(outer: string, inner: string): boolean {
  if (!inner) return false;
  for (let at = outer.indexOf(inner); at >= 0; at = outer.indexOf(inner, at + 1)) {
    const before = outer[at - 1];
    const after = outer[at + inner.length];
    const edgeOk = (ch: string | undefined, edge: string | undefined) => ch === undefined || edge === undefined || !WORD.test(ch) || !WORD.test(edge);
    if (edgeOk(before, inner[0]) && edgeOk(after, inner[inner.length - 1])) return true;
  }
  return false;
}

export interface Match {
  expected: number;
  found: number;
  /** Same title after normalisation; false = the found title keeps extra text around the expected one. */
  clean: boolean;
}

/**
 * Pairs expected and found items one to one: first by equal normalised titles, then (for what is
 * left) a found title that contains the expected one as whole words counts as found but unclean
 * (a title that kept its status tag, description or label). Among several such, the shortest wins.
 */
export function matchItems(expected: readonly { title: string }[], found: readonly { title: string }[]): Match[] {
  const want = expected.map((e) => normaliseTitle(e.title));
  const got = found.map((f) => normaliseTitle(f.title));
  const taken = new Set<number>();
  const matches: Match[] = [];
  const unmatched: number[] = [];
  want.forEach((title, e) => {
    const f = got.findIndex((g, i) => !taken.has(i) && g === title);
    if (f < 0) return unmatched.push(e);
    taken.add(f);
    matches.push({ expected: e, found: f, clean: true });
  });
  for (const e of unmatched) {
    let best = -1;
    got.forEach((g, i) => {
      if (!taken.has(i) && containsWords(g, want[e]!) && (best < 0 || g.length < got[best]!.length)) best = i;
    });
    if (best < 0) continue;
    taken.add(best);
    matches.push({ expected: e, found: best, clean: false });
  }
  return matches.sort((a, b) => a.expected - b.expected);
}

/** Metric comparators that say the same thing at a bound: "= 0" is "≤ 0", "= 100" is "≥ 100". */
function sameDirection(expected: ExpectedMetric, found: FoundMetric): boolean {
  if (expected.comparator === found.comparator) return true;
  const pair = new Set([expected.comparator, found.comparator]);
  if (expected.target === 0) return pair.has("=") && pair.has("<=");
  if (expected.target === 100) return pair.has("=") && pair.has(">=");
  return false;
}

function metricMatches(expected: ExpectedMetric, found: FoundMetric): boolean {
  const a = normaliseTitle(expected.name);
  const b = normaliseTitle(found.name);
  return (containsWords(a, b) || containsWords(b, a)) && found.target === expected.target && sameDirection(expected, found);
}

/** Counts, so documents add up into micro-averaged totals. */
export interface Counts {
  documents: number;
  expected: number;
  found: number;
  matched: number;
  clean: number;
  doneRight: number;
  priorityRight: number;
  /** Clean title, right done state and right priority: what a user gets without fixing anything. */
  exact: number;
  statusChecked: number;
  statusRight: number;
  categoryChecked: number;
  categoryRight: number;
  filesChecked: number;
  filesRight: number;
  metricsExpected: number;
  metricsFound: number;
  metricsRight: number;
}

export const emptyCounts = (): Counts => ({
  documents: 0,
  expected: 0,
  found: 0,
  matched: 0,
  clean: 0,
  doneRight: 0,
  priorityRight: 0,
  exact: 0,
  statusChecked: 0,
  statusRight: 0,
  categoryChecked: 0,
  categoryRight: 0,
  filesChecked: 0,
  filesRight: 0,
  metricsExpected: 0,
  metricsFound: 0,
  metricsRight: 0,
});

export function addCounts(a: Counts, b: Counts): Counts {
  const sum = emptyCounts();
  for (const key of Object.keys(sum) as (keyof Counts)[]) sum[key] = a[key] + b[key];
  return sum;
}

export interface DocumentScore {
  name: string;
  kind: PlanManifest["kind"];
  /** "s01"… for the one-shape documents, null for the mixed ones. */
  shape: string | null;
  counts: Counts;
  /** Expected titles nothing matched. */
  missed: string[];
  /** Found titles that matched an expected one only with extra text: [expected, found]. */
  unclean: [string, string][];
  /** Found titles that match nothing expected (non-tasks taken for tasks, or titles too garbled to match). */
  extra: string[];
  /** Matched items whose done state or priority differ: "title: done true→false". */
  wrong: string[];
}

/** The shape a one-shape document covers, from its name: "s08b-moscow" → "s08". */
export function shapeOf(name: string): string | null {
  return /^(s\d\d)[a-z]?-/.exec(name)?.[1] ?? null;
}

const filePath = (path: string) => path.replace(/`/g, "").trim();

export function scoreDocument(name: string, manifest: PlanManifest, found: readonly FoundItem[], foundMetrics: readonly FoundMetric[] = []): DocumentScore {
  const counts = emptyCounts();
  counts.documents = 1;
  counts.expected = manifest.items.length;
  counts.found = found.length;
  const matches = matchItems(manifest.items, found);
  const unclean: [string, string][] = [];
  const wrong: string[] = [];
  for (const { expected: e, found: f, clean } of matches) {
    const want = manifest.items[e]!;
    const got = found[f]!;
    counts.matched++;
    if (clean) counts.clean++;
    else unclean.push([want.title, got.title]);
    const doneOk = want.done === got.done;
    const priorityOk = want.priority === got.priority;
    if (doneOk) counts.doneRight++;
    else wrong.push(`${want.title}: done ${want.done}→${got.done}`);
    if (priorityOk) counts.priorityRight++;
    else wrong.push(`${want.title}: priority ${want.priority}→${got.priority}`);
    if (clean && doneOk && priorityOk) counts.exact++;
    if (want.status) {
      counts.statusChecked++;
      if (want.status === got.status) counts.statusRight++;
      else wrong.push(`${want.title}: status ${want.status}→${got.status}`);
    }
    if (want.category) {
      counts.categoryChecked++;
      const same = want.category.length === got.category.length && want.category.every((c, i) => normaliseTitle(c) === normaliseTitle(got.category[i]!));
      if (same) counts.categoryRight++;
      else wrong.push(`${want.title}: category [${want.category.join(" / ")}]→[${got.category.join(" / ")}]`);
    }
    if (want.files) {
      counts.filesChecked++;
      const have = new Set(got.files.map(filePath));
      if (want.files.every((p) => have.has(filePath(p)))) counts.filesRight++;
      else wrong.push(`${want.title}: files [${want.files.join(", ")}]→[${got.files.join(", ")}]`);
    }
  }
  const matchedExpected = new Set(matches.map((m) => m.expected));
  const matchedFound = new Set(matches.map((m) => m.found));
  const metrics = manifest.metrics ?? [];
  counts.metricsExpected = metrics.length;
  counts.metricsFound = foundMetrics.length;
  const usedMetrics = new Set<number>();
  for (const metric of metrics) {
    const i = foundMetrics.findIndex((m, j) => !usedMetrics.has(j) && metricMatches(metric, m));
    if (i >= 0) {
      usedMetrics.add(i);
      counts.metricsRight++;
    }
  }
  return {
    name,
    kind: manifest.kind,
    shape: shapeOf(name),
    counts,
    missed: manifest.items.filter((_, i) => !matchedExpected.has(i)).map((item) => item.title),
    unclean,
    extra: found.filter((_, i) => !matchedFound.has(i)).map((item) => item.title),
    wrong,
  };
}

/** A ratio, or null when there is nothing to divide by (shown as "–"). */
const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

export interface Rates {
  /** Matched with a clean title / expected: the issue's headline recall. */
  recall: number | null;
  /** Matched at all (titles may keep trailing junk) / expected. */
  looseRecall: number | null;
  /** Matched / found: how few non-tasks are taken for tasks. */
  precision: number | null;
  doneAccuracy: number | null;
  priorityAccuracy: number | null;
  /** Clean title, right done and right priority / expected. */
  exact: number | null;
  statusAccuracy: number | null;
  categoryAccuracy: number | null;
  filesAccuracy: number | null;
  metricRecall: number | null;
}

export function rates(c: Counts): Rates {
  return {
    recall: ratio(c.clean, c.expected),
    looseRecall: ratio(c.matched, c.expected),
    // A prose document that yields nothing is perfectly precise.
    precision: c.found === 0 ? (c.expected === 0 ? 1 : null) : c.matched / c.found,
    doneAccuracy: ratio(c.doneRight, c.matched),
    priorityAccuracy: ratio(c.priorityRight, c.matched),
    exact: ratio(c.exact, c.expected),
    statusAccuracy: ratio(c.statusRight, c.statusChecked),
    categoryAccuracy: ratio(c.categoryRight, c.categoryChecked),
    filesAccuracy: ratio(c.filesRight, c.filesChecked),
    metricRecall: ratio(c.metricsRight, c.metricsExpected),
  };
}

export interface CorpusSummary {
  totals: Counts;
  /** Shape ("s01"…) → the counts of its one-shape documents, in shape order. */
  perShape: [string, Counts][];
  /** Documents a human reads as a plan (items expected) from which the importer got nothing. */
  zeroItemPlans: string[];
  /** Prose documents from which the importer still took items. */
  proseWithItems: string[];
}

export function summarise(documents: readonly DocumentScore[]): CorpusSummary {
  const byShape = new Map<string, Counts>();
  let totals = emptyCounts();
  for (const doc of documents) {
    totals = addCounts(totals, doc.counts);
    if (doc.shape) byShape.set(doc.shape, addCounts(byShape.get(doc.shape) ?? emptyCounts(), doc.counts));
  }
  return {
    totals,
    perShape: [...byShape.entries()].sort(([a], [b]) => a.localeCompare(b)),
    zeroItemPlans: documents.filter((d) => d.kind === "plan" && d.counts.expected > 0 && d.counts.found === 0).map((d) => d.name),
    proseWithItems: documents.filter((d) => d.kind === "prose" && d.counts.found > 0).map((d) => d.name),
  };
}

export interface RunbookScore {
  name: string;
  titleExpected: string;
  titleFound: string;
  titleRight: boolean;
  scenariosExpected: number;
  scenariosFound: number;
  /** Expected scenarios whose counterpart (same position) has the expected number of steps. */
  stepsRight: number;
  /** Per expected scenario: "title: expected steps → found steps" (found "–" when there is no such scenario). */
  detail: string[];
}

export function scoreRunbook(name: string, manifest: RunbookManifest, found: { title: string; scenarios: readonly { title: string; steps: number }[] }): RunbookScore {
  let stepsRight = 0;
  const detail = manifest.scenarios.map((want, i) => {
    const got = found.scenarios[i];
    if (got && got.steps === want.steps) stepsRight++;
    return `${want.title}: ${want.steps} → ${got ? `${got.steps} (${got.title})` : "–"}`;
  });
  return {
    name,
    titleExpected: manifest.title,
    titleFound: found.title,
    titleRight: normaliseTitle(manifest.title) === normaliseTitle(found.title),
    scenariosExpected: manifest.scenarios.length,
    scenariosFound: found.scenarios.length,
    stepsRight,
    detail,
  };
}
