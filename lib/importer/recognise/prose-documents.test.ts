import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const titles = (md: string) => parsePlan(md).items.map((i) => i.title);

describe("documents that describe a product give no items from their descriptions", () => {
  it("a README's feature marks and contributing checklist are not work; its roadmap is", () => {
    const md =
      "# tool\n\n## Features\n\n- ✅ Connection counts\n- ❌ No query stats\n\n## Install\n\n1. Download the binary.\n\n## Roadmap\n\n- [ ] Windows builds\n\n## Contributing\n\n- [ ] Sign the CLA\n\n## License\n\nMIT\n";
    expect(titles(md)).toEqual(["Windows builds"]);
  });

  it("a changelog's release entries are history, even ticked; its planned section is work", () => {
    const md =
      "# Changelog\n\n## [Unreleased]\n\n### Added\n- `--dry-run` flag\n\n## Planned for 2.0\n\n- [ ] Drop Node 18\n\n## [2.8.0] - 2026-11-20\n\n### Fixed\n- [x] Migrations no longer run in a transaction\n";
    expect(titles(md)).toEqual(["Drop Node 18"]);
  });

  it("a work heading under the unreleased section holds work; its kinds of change stay history", () => {
    const md =
      "# Changelog\n\n## [Unreleased]\n\n### Added\n- `--json` output\n\n### To do\n- [ ] Write the migration guide\n- [x] Bump the minimum Node\n\n## [1.2.0] - 2026-10-01\n\n### Fixed\n- [x] Crash on empty input\n";
    expect(titles(md)).toEqual(["Write the migration guide", "Bump the minimum Node"]);
  });

  it("a README's own sections are known in other languages too (Japanese, German)", () => {
    const ja = "# kumo\n\n## インストール\n\n```sh\nnpm i kumo\n```\n\n## 対応形式\n- PNG・JPEG・WebP\n\n## コントリビュート\n- PR は歓迎します\n\n## ライセンス\nMIT\n";
    expect(titles(ja)).toEqual([]);
    const de = "# wolke\n\n## Installation\n\n`npm i wolke`\n\n## Verwendung\n\n- Bild laden\n- Größe ändern\n\n## Lizenz\n\nMIT\n";
    expect(titles(de)).toEqual([]);
  });
});
