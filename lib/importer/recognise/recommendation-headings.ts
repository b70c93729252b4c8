// "## Recommendations", "## Empfehlungen", "## Zalecenia": an audit's or a review's recommendations
// are what the authors ask the team to do, so a list under such a heading is work, as a list under
// "Next steps" is. Only the heading's opening words count ("Recommendations (not tied to a finding)",
// "Empfehlungen: Betrieb"); "Recommended reading" or "Recommendation engine" name no such list.
// Prose under the heading stays prose: only lists become items (the section kind says where work is).

const WORDS = [
  "recommendations", "recommended actions", // en
  "empfehlungen", "handlungsempfehlungen", // de
  "recommandations", // fr
  "recomendaciones", // es
  "raccomandazioni", // it
  "recomendações", "recomendacoes", // pt
  "aanbevelingen", // nl
  "rekommendationer", "anbefalinger", "anbefalingar", "suositukset", // sv, da/nb, nn, fi
  "zalecenia", "rekomendacje", "doporučení", "odporúčania", "javaslatok", "recomandări", // pl, cs, sk, hu, ro
  "рекомендации", "рекомендації", "öneriler", "συστάσεις", // ru, uk, tr, el
  "khuyến nghị", "rekomendasi", "توصيات", "التوصيات", "המלצות", "सिफारिशें", // vi, id, ar, he, hi
  "推奨事項", "推奨", "提言", "建议", "建議", "改进建议", "권장 사항", "권고 사항", "권고사항", // ja, zh, ko
];

/** The heading opens with a recommendations word, alone or before a parenthesis, colon or dash. */
const RECOMMENDATIONS = new RegExp(`^[^\\p{L}\\p{N}]*(?:${WORDS.join("|")})[^\\p{L}\\p{N}]*(?:$|[(（:：—–-].*$)`, "iu");

/** Whether a heading names a list of recommendations (work the team is asked to do). */
export function namesRecommendations(raw: string): boolean {
  return raw.length <= 80 && RECOMMENDATIONS.test(raw.trim());
}
