// A large synthetic plan mixing the shapes the importer reads: task lists with keys and sub-tasks,
// `### KEY: Title` records with fields and criteria, numbered bold-title lists, and item tables.

const WORDS = "cache index query latency retry queue worker schema token audit export metric runbook deploy rollback alert budget pipeline lint coverage".split(" ");
const pick = (i: number, n: number) => WORDS[(i * 7 + n * 13) % WORDS.length]!;
const title = (i: number) => `${pick(i, 1)} ${pick(i, 2)} ${pick(i, 3)} improvement number ${i}`;

export function generatePlan(items: number): string {
  const out: string[] = ["# Generated engineering plan", ""];
  let n = 0;
  let section = 0;
  while (n < items) {
    section++;
    const shape = section % 4;
    out.push(`## Area ${section}: ${pick(section, 4)} work`, "");
    if (shape === 0) {
      for (let k = 1; k <= 25 && n < items; k++, n++) {
        out.push(`- [${n % 3 === 0 ? "x" : " "}] ${section}.${k} ${title(n)} with enough words to look like a real task`);
        if (n % 5 === 0) out.push(`  - [ ] check ${pick(n, 5)} first`, `  - [x] agree on ${pick(n, 6)}`);
      }
    } else if (shape === 1) {
      for (let k = 1; k <= 20 && n < items; k++, n++) {
        out.push(
          `### R${section}-${String(k).padStart(3, "0")}: ${title(n)}`,
          `**Status:** ${n % 4 === 0 ? "In Progress" : "Not Started"}  `,
          `**Severity:** ${["Critical", "High", "Medium", "Low"][n % 4]}  `,
          `**Effort:** ${(n % 8) + 1} hours`,
          "",
          "**Context:**",
          `- ${pick(n, 7)} is slow under load`,
          "",
          "**Acceptance Criteria:**",
          `- [ ] ${pick(n, 8)} p95 below target`,
          `- [${n % 2 ? "x" : " "}] documented`,
          "",
        );
      }
    } else if (shape === 2) {
      for (let k = 1; k <= 25 && n < items; k++, n++) out.push(`${k}. **${title(n)}** - ${pick(n, 9)} ${pick(n, 10)} so that ${pick(n, 11)} stays healthy`);
    } else {
      out.push("| ID | Task | Priority | Status | Owner |", "|----|------|----------|--------|-------|");
      for (let k = 1; k <= 25 && n < items; k++, n++) out.push(`| TB${section}-${k} | ${title(n)} | ${["High", "Medium", "Low"][n % 3]} | ${["Todo", "In Progress", "Done"][n % 3]} | team-${n % 7} |`);
    }
    out.push("");
  }
  return out.join("\n");
}
