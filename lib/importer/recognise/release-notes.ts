import type { RootContent } from "mdast";
import { plainText } from "../markdown";

// "# Release notes — v2.3", "# リリースノート — …", "# Versionshinweise 4.1", "# 更新日志": a document
// titled as a release's notes tells users what changed. Its "New", "Improvements" and "Fixed" lists are
// history, even with ✅ on each line, so it reads as a README does (prose-documents.ts): only a section
// named as work ("To do before 2.4", "Roadmap") holds items.

const PHRASES = [
  "release notes", "patch notes", "what's new", "what is new", "changelog", "change log",
  "versionshinweise", "änderungsprotokoll", "neuerungen", "was ist neu", "notes de version", "nouveautés", "journal des modifications",
  "notas de la versión", "notas de versión", "novedades", "registro de cambios", "note di rilascio", "novità", "notas de lançamento", "notas da versão", "novidades",
  "release-opmerkingen", "wat is er nieuw", "versionsinformation", "nyheter i", "informacje o wydaniu", "lista zmian", "co nowego",
  "примечания к выпуску", "что нового", "список изменений", "що нового", "リリースノート", "更新履歴", "アップデート情報", "发布说明", "更新日志", "版本说明", "更新说明", "릴리스 노트", "업데이트 내역",
];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The phrase opening the title, then nothing, a separator, or a version ("Release notes 2.3", "v2.3"). */
const RELEASE_NOTES = new RegExp(
  `^(?:${[...PHRASES].sort((a, b) => b.length - a.length).map(escape).join("|")})(?![\\p{L}\\p{M}])\\s*(?:$|[:：—–|(（-]|v?\\d)`,
  "iu",
);

/** Whether the document's title names it a release's notes. */
export function isReleaseNotesTitle(title: RootContent | undefined): boolean {
  if (!title) return false;
  const t = plainText(title).slice(0, 200).replace(/[’‘]/g, "'").replace(/^[^\p{L}]{0,12}/u, "").trim();
  return RELEASE_NOTES.test(t);
}
