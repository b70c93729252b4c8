import type { ParseContext, Section } from "../context";
import { isDecisionRecord, isReadmeSection } from "./document-sections";
import { isTeamPage } from "./team-pages";

// Two kinds of document (and a team's page, recognise/team-pages.ts) describe a product rather than plan work, and their lists are not items
// even when they carry state marks or boxes (issue 18: prose documents give no items):
// - a README — it has at least two of a README's own sections (Install, Usage, Quick start,
//   Configuration, Contributing, License). Its feature list's ✅/❌ say what the product supports and
//   its contributing checklist is a contributor's routine; only a section named as work ("Roadmap",
//   "TODO", a priority or a time box) holds the team's work;
// - a changelog's release sections ("## [2.8.0] - 2026-11-20", "## [Unreleased]", Keep a Changelog's
//   bracketed form): what changed in a release is history, even an entry ticked "[x]".

// The same sections in the languages READMEs are written in (de, fr, es, it, pt, nl, ru, ja, zh, ko).
const README_SECTION =
  /^\W*(?:install(?:ation|ing)?|usage|quick ?start|configuration|contributing|how to contribute|licen[cs]e|verwendung|nutzung|benutzung|schnellstart|konfiguration|mitwirken|lizenz|utilisation|démarrage rapide|contribuer|instalación|uso|inicio rápido|configuración|contribuir|licencia|installazione|utilizzo|contribuire|licenza|instalação|utilização|licença|installatie|gebruik|licentie|установка|использование|лицензия|インストール|導入|使い方|使用方法|コントリビュート|貢献|ライセンス|安装|用法|使用方法|快速开始|贡献|许可证|설치|사용법|기여|라이선스)\W*$/iu;
// The brackets are a link when the changelog defines it at its foot: "2.8.0 - 2026-11-20" then.
const RELEASE = /^\s*(?:\[(?:v?\d+\.\d+[^\]]*|unreleased)\]|v?\d+\.\d+(?:\.\d+)?\s+[-–—]\s+\d{4}-\d{2}-\d{2}\s*$|unreleased\s*$)/i;

/** Whether the headings are a README's: two of its own sections at least. */
export function isReadmeShaped(headings: string[]): boolean {
  // The same sections in other languages, and a decision record's (recognise/document-sections.ts).
  // A team's wiki page describes the team as a README does its product (recognise/team-pages.ts).
  return headings.filter((h) => README_SECTION.test(h) || isReadmeSection(h)).length >= 2 || isDecisionRecord(headings) || isTeamPage(headings);
}

/** Whether the list about to be read stands in a README section that is not work, or in a changelog's release. */
export function listIsProductProse(ctx: ParseContext, readme: boolean): boolean {
  const release = ctx.stack.findIndex((s: Section) => RELEASE.test(s.raw ?? ""));
  // "## [Unreleased]" › "### To do before 1.5.0": a heading under the release that names work holds work.
  if (release >= 0) return !ctx.stack.slice(release + 1).some((s) => s.kind === "tasks");
  // A heading that names work, not the low-confidence reading's default (context.ts: nearestKind).
  return readme && [...ctx.stack].reverse().find((s) => s.kind)?.kind !== "tasks";
}
