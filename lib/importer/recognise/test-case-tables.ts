// A table of test cases written before the run: "| TC | Scenario | Expected result |". Each row is
// a check to perform and what it must show, a specification for whoever tests, not a piece of work
// to track (the bugs the run finds are the work). A careful reader knows it by its expected-result
// column, in any language. A table that also tracks each row's state (a Status or Done column) is
// read by its state instead (recognise/test-verdicts.ts), and "Expected action" or "Action expected"
// in an audit's findings table names the work, so only words for a result or an outcome count.

const EXPECTED_RESULT = [
  "expected result", "expected results", "expected outcome", "expected behaviour", "expected behavior", "expected output", "expected",
  "erwartetes ergebnis", "erwartetes verhalten", "soll-ergebnis", "résultat attendu", "résultats attendus", "comportement attendu", "resultado esperado", "resultados esperados", "comportamiento esperado",
  "risultato atteso", "risultati attesi", "comportamento atteso", "comportamento esperado", "verwacht resultaat", "verwacht gedrag", "förväntat resultat", "forventet resultat", "odotettu tulos",
  "oczekiwany wynik", "oczekiwany rezultat", "oczekiwane zachowanie", "očekávaný výsledek", "očakávaný výsledok", "várt eredmény", "ожидаемый результат", "очікуваний результат", "очекивани резултат", "očekivani rezultat", "pričakovani rezultat", "очакван резултат",
  "beklenen sonuç", "期待結果", "期待される結果", "期待値", "预期结果", "預期結果", "예상 결과", "기대 결과", "hasil yang diharapkan", "keputusan dijangka", "kết quả mong đợi", "النتيجة المتوقعة", "תוצאה צפויה", "αναμενόμενο αποτέλεσμα", "अपेक्षित परिणाम",
];
const NAMES = new Set(EXPECTED_RESULT);
const norm = (h: string) => h.replace(/[*_`:：?]/g, "").replace(/\s+/g, " ").trim().toLowerCase();

/** Whether a table's headers name an expected result: its rows are test cases to run. */
export function isTestCaseTable(headers: readonly string[]): boolean {
  return headers.some((h) => NAMES.has(norm(h)));
}
