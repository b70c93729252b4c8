// Severity codes opening or closing entries: "S1 undo after paste deletes the paragraph", "… hard to
// grab — S4", "Sev2 login loops", "… (SEV-3)". Bug bashes and incident lists rank entries by them;
// the code is the entry's rank (S1 the worst, as Sev 1 is in incident scales), not its title. "S3"
// is also a storage service ("S3 bucket policy"), so the codes count only as the document's
// convention: two or more entries carry one, with at least two different levels.

const CODE = "(?:S|[Ss][Ee][Vv][\\s-]?)([0-4])";
const LEADING = new RegExp(`^${CODE}\\s+(?=\\S)`);
const TRAILING = new RegExp(`\\s+(?:[—–-]{1,2}\\s+${CODE}|[([]${CODE}[)\\]])\\s*$`);
/** Level → the priority word the importer maps (Sev 0/1 critical … Sev 4 low, like clean.ts's parseSeverity). */
const LEVEL_LABEL = ["Critical", "Critical", "High", "Medium", "Low"] as const;

/** A title's severity code, where it opens or closes the title, and the title without it. */
export function severityCode(title: string): { title: string; level: number } | null {
  const lead = title.match(LEADING);
  if (lead) return { title: title.slice(lead[0].length).trim(), level: Number(lead[1]) };
  const trail = title.match(TRAILING);
  if (trail && trail.index! > 0) return { title: title.slice(0, trail.index).trim(), level: Number(trail[1] ?? trail[2]) };
  return null;
}

/** Whether the document's titles use severity codes: two or more carry one, at two or more levels. */
export function usesSeverityCodes(titles: readonly string[]): boolean {
  const levels = new Set<number>();
  let count = 0;
  for (const title of titles) {
    const code = severityCode(title);
    if (!code) continue;
    count++;
    levels.add(code.level);
  }
  return count >= 2 && levels.size >= 2;
}

/** The priority word a severity level is read as. */
export const severityLabel = (level: number): string => LEVEL_LABEL[level]!;
