import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { fileLabel } from "./file-labels";

const files = (md: string) => parsePlan(md).items.map((i) => [i.title, i.checklist.filter((c) => c.kind === "file").map((c) => c.text), i.description]);

describe("a 'File:' label closing an item's line", () => {
  it("gives the item its files and leaves the description", () => {
    const md = "# Audit\n\n## Issues\n\n1. **Hero image is a 2.4 MB PNG** (impact: high) — convert to AVIF. File: `public/img/hero.png`\n2. **Slow list** — memoise rows. Files: `src/List.tsx`, `src/Row.tsx`\n3. **No caching** — add headers.\n";
    expect(files(md)).toEqual([
      ["Hero image is a 2.4 MB PNG", ["public/img/hero.png"], "(impact: high) — convert to AVIF."],
      ["Slow list", ["src/List.tsx", "src/Row.tsx"], "memoise rows."],
      ["No caching", [], "add headers."],
    ]);
  });

  it("in other languages, with 'and' between paths", () => {
    expect(fileLabel("Bilder verkleinern. Dateien: `web/a.png` and `web/b.png`")).toEqual({ text: "Bilder verkleinern.", files: ["web/a.png", "web/b.png"] });
  });

  it("is not a label whose entries are not all paths, nor a word ending in 'file'", () => {
    expect(fileLabel("File: a bug report with the vendor")).toBeNull();
    expect(fileLabel("Files: `src/a.ts` and the old config")).toBeNull();
    expect(fileLabel("Update the profile: `src/a.ts`")).toBeNull();
    expect(fileLabel("Rotate the keys")).toBeNull();
  });
});
