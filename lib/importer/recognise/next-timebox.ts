// "## Next sprint", "## Neste sprint", "## Prochaine itération", "## 다음 스프린트": the coming time box
// is a roadmap's Next column (README: Next → P1), as the bare word "Next" is.

const NEXT_BEFORE = [
  "next", "upcoming", "neste", "næste", "nästa", "kommende", "kommande", "nächster", "nächste", "nächsten", "kommender", "prochain", "prochaine", "próximo", "próxima",
  "siguiente", "prossimo", "prossima", "volgende", "komende", "następny", "następna", "następne", "kolejny", "следующий", "следующая", "наступний", "наступна",
  "sonraki", "gelecek", "다음", "次の", "次回の", "次", "下个", "下一个", "下一", "下個", "下一個",
];
const NEXT_AFTER = ["tiếp theo", "kế tiếp", "berikutnya", "selanjutnya", "التالي", "التالية", "הבא", "הבאה", "अगला"];
const TIMEBOX = [
  "sprint", "sprinten", "sprints", "iteration", "iterasjon", "iterationen", "itération", "iteración", "iterazione", "iteração", "iteratie", "iteracja", "итерация", "ітерація",
  "cycle", "zyklus", "syklus", "cykel", "ciclo", "cyklu", "цикл", "release", "releasen", "スプリント", "イテレーション", "リリース", "迭代", "冲刺", "版本", "스프린트", "릴리스", "이터레이션",
];

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alt = (ws: string[]) => ws.map(escape).sort((a, b) => b.length - a.length).join("|");
// The whole heading, or the phrase then a parenthesis, colon or dash ("Next sprint (23)", "Neste sprint – uke 50").
const REST = "\\s*(?:\\d+\\s*)?(?:$|[(:\\-–—|（：])";
const BEFORE = new RegExp(`^(?:${alt(NEXT_BEFORE)})\\s*(?:${alt(TIMEBOX)})${REST}`, "iu");
const AFTER = new RegExp(`^(?:${alt(TIMEBOX)})\\s+(?:${alt(NEXT_AFTER)})${REST}`, "iu");

/** Whether a heading (without leading symbols and numbering) names the coming sprint, iteration, cycle or release. */
export function namesNextTimebox(text: string): boolean {
  const t = text.trim();
  return BEFORE.test(t) || AFTER.test(t);
}
