// Documents that are not plans, told by their own sections, in any language (issue 18: prose
// documents give no items):
// - a README: install / usage / contributing / licence sections ("## インストール", "## 使い方",
//   "## Lizenz", "## Contribuer"). The English names are in prose-documents.ts; these are the same
//   sections as other languages write them;
// - an architecture decision record (ADR): context, decision, consequences, alternatives — a record
//   of a choice made, whose lists are options weighed and effects foreseen, not work. Two of its
//   sections at least, one of them the decision, make a document a decision record.

import { kindOf } from "../sections";

const README_NAMES = [
  // install
  "installation", "installieren", "instalación", "instalar", "instalação", "installazione", "installatie", "instalacja", "установка", "kurulum",
  "インストール", "导入", "安装", "安裝", "설치",
  // usage
  "verwendung", "nutzung", "benutzung", "anwendung", "utilisation", "uso", "utilizzo", "modo de uso", "como usar", "cómo usar", "gebruik", "użycie", "использование", "kullanım",
  "使い方", "使用方法", "用法", "使用", "使用说明", "사용법", "사용 방법",
  // contributing
  "mitwirken", "beitragen", "mitarbeit", "contribuer", "contribution", "contribuir", "contribuciones", "contribuindo", "contribuire", "contribuire al progetto", "bijdragen", "współpraca", "участие", "вклад", "katkıda bulunma",
  "コントリビュート", "コントリビューション", "貢献", "贡献", "貢獻", "参与贡献", "기여", "기여하기",
  // licence
  "lizenz", "licence", "licencia", "licença", "licenza", "licentie", "licencja", "лицензия", "lisans", "ライセンス", "许可证", "許可證", "协议", "라이선스", "라이센스",
  // quick start / configuration
  "schnellstart", "démarrage rapide", "inicio rápido", "início rápido", "avvio rapido", "クイックスタート", "快速开始", "快速入门", "빠른 시작",
  "konfiguration", "configuración", "configuração", "configurazione", "設定", "配置", "설정", "настройка",
];

const DECISION = [
  "decision", "decision outcome", "entscheidung", "beschluss", "décision", "decisión", "decisão", "decisione", "besluit", "decyzja", "решение", "karar", "決定", "决定", "决策", "決策", "결정",
];
const RECORD_PARTS = [
  ...DECISION,
  "context", "context and problem statement", "kontext", "hintergrund", "contexte", "contexto", "contesto", "kontekst", "контекст", "bağlam", "背景", "コンテキスト", "上下文", "배경", "맥락",
  "consequences", "konsequenzen", "folgen", "auswirkungen", "conséquences", "consecuencias", "consequências", "conseguenze", "gevolgen", "konsekwencje", "последствия", "sonuçlar", "影響", "影响", "后果", "결과",
  "alternatives", "considered options", "options considered", "alternatives considered", "rejected alternatives", "alternativen", "verworfene alternativen", "betrachtete alternativen", "alternativas", "alternativas consideradas", "alternativas descartadas", "alternative", "alternative considerate", "alternatieven", "alternatywy", "альтернативы", "alternatifler", "代替案", "検討した代替案", "备选方案", "替代方案", "대안",
];

const norm = (heading: string) =>
  heading
    .replace(/[*_`]/g, "")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")
    .replace(/^\d+(?:\.\d+)*[.)]?\s+/, "")
    .replace(/\s+/g, " ")
    .toLowerCase();

const README = new Set(README_NAMES);
const PARTS = new Set(RECORD_PARTS);
const DECIDED = new Set(DECISION);

/** Whether a heading is one of a README's own sections in a language other than English. */
export function isReadmeSection(heading: string): boolean {
  return README.has(norm(heading));
}

/**
 * Whether the headings are a decision record's: two of its sections or more, one the decision, and
 * none that holds work (an RFC with a "Rollout plan" or "Success criteria" plans work beside it).
 */
export function isDecisionRecord(headings: string[]): boolean {
  const parts = headings.map(norm).filter((h) => PARTS.has(h));
  if (parts.length < 2 || !parts.some((h) => DECIDED.has(h))) return false;
  return !headings.some((h) => {
    const kind = kindOf(h, null, null);
    return kind === "tasks" || kind === "metrics";
  });
}
