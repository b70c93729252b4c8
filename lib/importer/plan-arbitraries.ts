import fc from "fast-check";

/** Markdown syntax characters, line endings and awkward code points. */
export const MD_CHARS = ["#", " ", " ", "-", "*", "+", "_", "[", "]", "(", ")", "x", "~", "|", "`", ">", "<", "!", ":", ".", "1", "2", "P", "0", "\n", "\n", "\r\n", "\r", "\t", "a", "é", "🎯", "\u00a0", "\\", "=", "\uFEFF"];

// Random Markdown in the shapes plans use (for property tests): headings with priority words, emoji
// and status markers; task, plain and ordered lists; tables; field blocks; code; metric lines;
// HTML comments; setext headings; mixed line endings.

const WORDS = [
  "Fix", "login", "API", "rate limiting", "Tasks", "Roadmap", "Next steps", "Backlog", "Metrics", "Success Criteria", "Key Results",
  "Legend", "Status key", "Done", "In Progress", "Blocked", "Not Started", "Deferred", "WIP", "✓ COMPLETED", "(Done)", "[Blocked]",
  "High Priority", "Priority 2", "P0", "P1", "P3", "P4", "Critical", "Low", "(P1)", "[High]", "1.2", "3.4.5", "P0-001:", "SEC-12", "KR1:",
  "Security", "Auth", "a › b", "A > B", "»", "—", "–", ":", "|", "`code`", "**bold**", "_em_", "~~gone~~", "[link](https://x.y)",
  "![](badge.svg)", "![logo](logo.png)", "<br>", "<span>", "&amp;", "&#x1F600;", "[^1]", "\\*", "2 days", "4-6 weeks", "< 200ms", "99.9%",
  "src/app.ts", "#12", "=", "means", "TODO",
];
const EMOJI = ["🎯", "🔥", "✅", "🚀", "⚠️", "🛑", "🚧", "👩‍👩‍👧", "🇩🇪", "☑", "✔", "❌"];
const PRIORITY_WORDS = ["P0", "P1", "P2", "P3", "P4", "P0:", "Priority 1", "Priority 2:", "Priority 7", "High Priority", "Critical", "Low Priority", "Priority: High", "Medium Priority -"];
const STATUS_MARKERS = ["✓ COMPLETED", "(Deferred)", "— DONE", "🚧 In progress", "✅", "[Blocked]", "(on hold)", "Won't do"];
const TABLE_HEADERS = ["ID", "Task", "Priority", "Status", "SLA", "Owner", "Tracking", "Severity", "Notes"];
const CELLS = [
  "", "P0", "P1", "P2", "P3", "Priority 1", "Priority 5", "High", "Critical", "Medium", "Low", "Done", "✅ Done", "In Progress", "Blocked", "Not Started",
  "won't do", "24 hours", "2 weeks", "4-6 weeks per item", "3 business days", "Quarterly", "Sprint-based", "#12", "T-1", "1.1", "Sev 1", "3 days", "@alice",
  "Weekly", "**bold**", "`x|y`", "-",
];
const FIELD_LABELS = ["Status", "State", "Priority", "Priority Label", "Severity", "Effort", "Estimate", "Owner", "Due", "Context", "Description", "Acceptance Criteria", "Action Items", "Files to Update", "Notes", "Impact"];
const FIELD_VALUES = ["", "Done", "In Progress", "Blocked", "Not Started", "weird", "P0", "P2", "Untriaged", "Priority 5", "High", "Critical", "2 days", "1-2 weeks", "30 min", "alice", "2025-01-01", "Because."];
const METRIC_NAMES = ["Response Time", "Uptime", "Test Coverage", "Error rate", "KR1", "Key result 2", "M", "p95 latency", "Deploys"];
const COMPARATORS = ["<", "<=", ">", ">=", "≤", "≥", "=", "at least", "under", "no more than", "", "Zero", "Backend"];
const UNITS = ["ms", "%", "s", "req/s", "hours", "days", "MB", "", "+", " per day"];

/** Words people write, raw unicode, and Markdown syntax debris. */
const wordArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...MD_CHARS.filter((c) => !/[\r\n]/.test(c))), minLength: 1, maxLength: 4 }) },
);
const textArb = fc.array(wordArb, { maxLength: 6 }).map((w) => w.join(" "));
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const spaced = (...parts: (string | undefined)[]) => parts.filter((p) => p !== undefined && p !== "").join(" ");

/** Headings that only name a section ("## Done", "### 🔥 High Priority"), as plans write them. */
const SECTION_LABELS = ["Tasks", "Backlog", "Roadmap", "Next Steps", "Done", "In Progress", "Metrics", "Success Metrics", "Legend", "High Priority", "Medium Priority", "Low Priority", "Priority: High", "Critical", "P1", "Priority 2"];
const sectionHeadingArb = fc
  .tuple(fc.integer({ min: 1, max: 4 }), optional(fc.constantFrom(...EMOJI)), fc.constantFrom(...SECTION_LABELS))
  .map(([depth, emoji, label]) => ["#".repeat(depth) + " " + spaced(emoji, label)]);

/** List entries that are a single inline element: badges, links, code, emphasis, HTML. */
const inlineOnlyArb = fc.constantFrom("![](badge.svg)", "![](a.png) ![](b.png)", "[docs](https://x.y)", "`npm test`", "**bold**", "_em_", "<br>", "&nbsp;", "[ ]", "\\");
const itemTextArb = fc.oneof({ weight: 4, arbitrary: textArb }, { weight: 1, arbitrary: inlineOnlyArb });

const headingArb = fc
  .tuple(fc.integer({ min: 1, max: 6 }), optional(fc.constantFrom(...EMOJI)), optional(fc.constantFrom(...PRIORITY_WORDS)), optional(fc.constantFrom("1.", "2.", "1.1", "3)")), textArb, optional(fc.constantFrom(...STATUS_MARKERS)))
  .map(([depth, emoji, priority, number, text, status]) => ["#".repeat(depth) + " " + spaced(emoji, priority, number, text, status)]);

const setextArb = fc.tuple(textArb, fc.constantFrom("===", "---")).map(([text, underline]) => [text || "Title", underline]);

const taskLineArb = fc
  .tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom("-", "-", "*", "+", "1."), fc.constantFrom(" ", " ", "x", "X", "~", "-", "/", "!", ">", ".", "✓", "?"), optional(fc.constantFrom("1.1", "2.3.4", "ABC-12", "**OPS-7**:")), itemTextArb, optional(fc.constantFrom("(P0)", "[High]", "(Critical)", "(p2)")))
  .map(([depth, bullet, mark, key, text, priority]) => `${"  ".repeat(depth)}${bullet} [${mark}] ${spaced(key, text, priority)}`);
const taskListArb = fc.array(taskLineArb, { minLength: 1, maxLength: 8 });

const plainListArb = fc.array(
  fc.tuple(fc.integer({ min: 0, max: 2 }), fc.constantFrom("-", "*", "+"), itemTextArb).map(([depth, bullet, text]) => `${"  ".repeat(depth)}${bullet} ${text}`),
  { minLength: 1, maxLength: 6 },
);

const orderedListArb = fc.array(
  fc
    .tuple(fc.integer({ min: 0, max: 12 }), fc.boolean(), itemTextArb, textArb, optional(fc.constantFrom("(done)", "(WIP)", "[blocked]", "(deferred)")), fc.array(textArb, { maxLength: 2 }))
    .map(([n, bold, title, description, status, subs]) => [
      `${n}. ${bold ? `**${title}**` : title}${description || status ? ` - ${spaced(description, status)}` : ""}`,
      ...subs.map((s) => `   - ${s}`),
    ]),
  { minLength: 1, maxLength: 6 },
).map((items) => items.flat());

const cellArb = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...CELLS) }, { weight: 1, arbitrary: textArb }).map((c) => c.replace(/[\r\n]/g, " "));
const tableArb = fc
  .uniqueArray(fc.constantFrom(...TABLE_HEADERS), { minLength: 1, maxLength: 6 })
  .chain((headers) =>
    fc.tuple(
      fc.constant(headers),
      fc.array(fc.array(cellArb, { minLength: Math.max(0, headers.length - 1), maxLength: headers.length + 1 }), { maxLength: 6 }),
      fc.boolean(),
    ),
  )
  .map(([headers, rows, pipes]) => {
    const row = (cells: string[]) => (pipes ? `| ${cells.join(" | ")} |` : cells.join(" | "));
    return [row(headers), row(headers.map(() => "---")), ...rows.map(row)];
  });

const fieldLineArb = fc
  .tuple(fc.constantFrom(...FIELD_LABELS), fc.oneof(fc.constantFrom(...FIELD_VALUES), textArb), fc.constantFrom("**L:** V", "**L**: V", "__L:__ V", "**L:**V"))
  .map(([label, value, style]) => style.replace("L", () => label).replace("V", () => value));
const fieldsArb = fc
  .tuple(fc.array(fieldLineArb, { minLength: 1, maxLength: 5 }), fc.option(fc.oneof(taskListArb, plainListArb)))
  .map(([fields, list]) => (list ? [...fields, "", ...list] : fields));

const codeArb = fc
  .tuple(fc.constantFrom("```", "~~~", "````"), fc.constantFrom("", "md", "ts"), fc.array(fc.oneof(taskLineArb, textArb), { maxLength: 4 }), fc.boolean())
  .map(([fence, lang, body, closed]) => [fence + lang, ...body, ...(closed ? [fence] : [])]);

const metricArb = fc.array(
  fc
    .tuple(fc.constantFrom(...METRIC_NAMES), fc.constantFrom(...COMPARATORS), fc.oneof(fc.nat(1000), fc.double({ min: 0, max: 100, noNaN: true })), fc.constantFrom(...UNITS), fc.constantFrom("**N:** V", "**N**: V", "N: V"))
    .map(([name, comparator, value, unit, style]) => `- ${style.replace("N", () => name).replace("V", () => `${comparator} ${value}${unit}`)}`),
  { minLength: 1, maxLength: 5 },
);

const htmlCommentArb = fc
  .tuple(textArb, fc.option(taskListArb), fc.boolean())
  .map(([text, tasks, closed]) => (tasks ? ["<!--", ...tasks, ...(closed ? ["-->"] : [])] : [`<!-- ${text} ${closed ? "-->" : ""}`]));

/** What stands under a heading. */
const bodyBlockArb: fc.Arbitrary<readonly string[]> = fc.oneof(
  { weight: 5, arbitrary: taskListArb },
  { weight: 3, arbitrary: plainListArb },
  { weight: 3, arbitrary: orderedListArb },
  { weight: 3, arbitrary: tableArb },
  { weight: 3, arbitrary: fieldsArb },
  { weight: 2, arbitrary: codeArb },
  { weight: 2, arbitrary: metricArb },
  { weight: 3, arbitrary: fc.constant([""]) },
  { weight: 1, arbitrary: htmlCommentArb },
  { weight: 2, arbitrary: textArb.map((t) => [t]) },
  { weight: 1, arbitrary: setextArb },
  { weight: 1, arbitrary: fc.constantFrom(["---"], ["***"], ["> - [ ] quoted task"], ["<details>", "- [ ] hidden", "</details>"], ["[^1]: a footnote"]) },
);

/** A heading (or none) and a few blocks under it; blocks are sometimes separated by a blank line. */
const sectionArb = fc
  .tuple(
    fc.oneof({ weight: 3, arbitrary: headingArb }, { weight: 2, arbitrary: sectionHeadingArb }, { weight: 1, arbitrary: fc.constant([] as string[]) }),
    fc.array(fc.tuple(bodyBlockArb, fc.boolean()), { maxLength: 4 }),
  )
  .map(([heading, blocks]) => [...heading, ...blocks.flatMap(([block, blank]) => (blank ? ["", ...block] : block))]);

/** A document: sections joined with LF, CRLF, CR or a mix of them. */
export const markdownArb = fc
  .tuple(
    fc.array(sectionArb, { maxLength: 8 }),
    fc.oneof(fc.constant(["\n"]), fc.constant(["\r\n"]), fc.array(fc.constantFrom("\n", "\r\n", "\r"), { minLength: 1, maxLength: 6 })),
    fc.boolean(),
  )
  .map(([sections, eols, finalEol]) => {
    const lines = sections.flat();
    return lines.map((line, i) => line + (i < lines.length - 1 || finalEol ? eols[i % eols.length]! : "")).join("");
  });
