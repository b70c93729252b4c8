// A README's own plan sections, in the languages READMEs are written in: "## Plans", "## Планы",
// "## Pläne", "## Известные проблемы", "## Bekannte Probleme". A README's lists describe the product
// (recognise/prose-documents.ts) except under a section that names work; English "Roadmap", "TODO"
// and "Known issues" already do (sections.ts), these say the same in other words and hold its work.
//  - "Plans" / "Planned" / "Future plans": what the author means to build next — the backlog.
//  - "Known issues" / "Known bugs" / "Known problems": bugs the author means to fix. Known
//    *limitations* are not: they describe what the product does not do, by design or for now.

const PLANS = [
  "plans", "planned", "future plans", "planned features", "next up",
  "pläne", "geplant", "zukünftige pläne", "projets", "prévu", "planes", "planeado", "planificado", "piani", "pianificato", "planos", "planejado",
  "plannen", "gepland", "planer", "planerat", "planlagt", "plany", "planowane", "планы", "плани", "в планах", "планируется", "planlar", "planlanan",
  "予定", "今後の予定", "計画", "计划", "未来计划", "계획", "향후 계획",
];
const KNOWN_ISSUES = [
  "known bugs", "known problems", "bekannte probleme", "bekannte fehler", "bekannte bugs", "problèmes connus", "bugs connus", "problemas conocidos", "errores conocidos",
  "problemi noti", "bug noti", "problemas conhecidos", "bugs conhecidos", "bekende problemen", "bekende bugs", "kända problem", "kända buggar", "kjente problemer", "kendte problemer",
  "znane problemy", "znane błędy", "известные проблемы", "известные баги", "известные ошибки", "відомі проблеми", "відомі помилки", "bilinen sorunlar", "bilinen hatalar",
  "既知の問題", "既知の不具合", "已知问题", "已知問題", "알려진 문제", "알려진 버그",
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const whole = (words: string[]) => new RegExp(`^[^\\p{L}\\p{N}]*(?:${words.map(escape).join("|")})[^\\p{L}\\p{N}]*$`, "iu");
const PLANS_HEADING = whole(PLANS);
const KNOWN_ISSUES_HEADING = whole(KNOWN_ISSUES);
const said = (heading: string) => heading.replace(/[*_`]/g, "").trim();

/**
 * Whether a README heading names a section of the author's planned work or known bugs. Only a README's:
 * release notes list their known issues as notices to users ("fixed in the next update"), not as work.
 */
export const namesReadmePlans = (heading: string): boolean => PLANS_HEADING.test(said(heading)) || KNOWN_ISSUES_HEADING.test(said(heading));
