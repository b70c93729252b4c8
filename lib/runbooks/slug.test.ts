import fc from "fast-check";
import { slug as githubSlug } from "github-slugger";
import { describe, expect, it } from "vitest";
import { isRunbookSlug, readRunbookSlug, runbookPath, runbookSlugParamSchema, slugBase } from "./slug";

// One slug generator and one validator: whatever title a runbook gets, the slug made from it is
// accepted by every page, route and check that reads a slug; and every slug an earlier version
// stored (GitHub-style, accents and underscores kept) still is.

/**
 * The slug the app made before this module: github-slugger, trimmed, cut at 80 UTF-16 units, "-n"
 * for namesakes. Titles arrive as UTF-8 (a form or JSON), so they hold no lone surrogate.
 */
const legacySlug = (title: string, n = 1) => {
  const base = githubSlug(title.toWellFormed()).replace(/^-+|-+$/g, "").slice(0, 80) || "runbook";
  // The database stores a lone surrogate left by the cut as U+FFFD (UTF-8 cannot hold one).
  return (n > 1 ? `${base}-${n}` : base).toWellFormed();
};

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const tricky = fc.constantFrom(..."ÖöÜüßẞæŒøðþłİıﬁ㎒①½_-–— /\\%?#.:'\"\u0000\u0301\u200d\ufffdカﾞデ한й");
const title = fc.string({ unit: fc.oneof(fc.string({ unit: "binary", minLength: 1, maxLength: 1 }), tricky, loneSurrogate, fc.constantFrom(..."abc XYZ 019")), maxLength: 260 });

describe("runbook slugs", () => {
  it("turn the issue's titles into slugs the validator and the export route accept", () => {
    expect(slugBase("Disk full on db_primary")).toBe("disk-full-on-db-primary");
    expect(slugBase("Störung im Zahlungsdienst")).toBe("storung-im-zahlungsdienst");
    for (const s of ["disk-full-on-db-primary", "storung-im-zahlungsdienst"]) {
      expect(isRunbookSlug(s)).toBe(true);
      expect(runbookSlugParamSchema.safeParse(s).success).toBe(true);
    }
  });

  it("transliterate Latin letters and keep the letters of other scripts", () => {
    expect(slugBase("Straße: Œuvre, Ærø, Łódź & İzmir")).toBe("strasse-oeuvre-aero-lodz-izmir");
    expect(slugBase("Ошибка базы данных")).toBe("ошибка-базы-данных");
    expect(slugBase("データベース障害")).toBe("データベース障害"); // voicing marks stay on their kana
    expect(slugBase("ＡＰＩ ﬁle ㎒ ①")).toBe("api-file-mhz-1");
    expect(slugBase("🚀 !!! ???")).toBe("runbook");
    const long = slugBase(`${"word ".repeat(15)}abcdefghij`);
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).not.toMatch(/-$/);
  });

  it("accept every slug an earlier version stored, including the ones the export route refused", () => {
    expect(legacySlug("Disk full on db_primary")).toBe("disk-full-on-db_primary");
    expect(legacySlug("Störung im Zahlungsdienst")).toBe("störung-im-zahlungsdienst");
    for (const s of ["disk-full-on-db_primary", "störung-im-zahlungsdienst", "café--crème-brûlée", "runbook-2", "a-"]) expect(isRunbookSlug(s)).toBe(true);
  });

  it("refuse what no runbook can be called", () => {
    for (const s of ["", "-disk", "Disk", "disk full", "disk/full", "..", "disk%2Ffull", "disk\u0000", "disk\ud800", "a".repeat(101), "disk?x=1", "disk#x"]) {
      expect(isRunbookSlug(s), JSON.stringify(s)).toBe(false);
    }
  });

  it("for any title: the slug (and a numbered namesake) passes the validator, the route's param schema, and survives the URL", () => {
    fc.assert(
      fc.property(title, fc.integer({ min: 1, max: 100_000 }), (t, n) => {
        const base = slugBase(t);
        for (const slug of [base, `${base}-${n}`]) {
          expect(isRunbookSlug(slug)).toBe(true);
          expect(runbookSlugParamSchema.safeParse(slug).success).toBe(true);
          const segment = runbookPath(slug).split("/")[2]!;
          expect(segment).toMatch(/^[A-Za-z0-9%._~-]+$/);
          expect(readRunbookSlug(segment)).toBe(slug);
        }
        expect(slugBase(base)).toBe(base);
      }),
      { numRuns: 2000 },
    );
  });

  it("for any title: the slug an earlier version made still passes", () => {
    fc.assert(
      fc.property(title, fc.integer({ min: 1, max: 100_000 }), (t, n) => {
        const slug = legacySlug(t, n);
        expect(isRunbookSlug(slug)).toBe(true);
        expect(readRunbookSlug(encodeURIComponent(slug))).toBe(slug);
      }),
      { numRuns: 2000 },
    );
  });
});
