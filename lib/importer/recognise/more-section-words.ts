// Section names of plans and proposals in languages the other heading lists do not yet cover:
// Serbian, Croatian, Bosnian (Latin and Cyrillic), Slovenian, Macedonian, Bulgarian and Malay, and
// the parts of an RFC or design proposal in many languages. A careful reader of an RFC takes only
// its plan as work: Motivation, Alternatives, Drawbacks, Prior art, Unresolved questions, Future
// possibilities and the revision history say why and what else, not what to do, and its success
// criteria are targets (README: not items; metric targets). Data and two small readers; sections.ts
// and task-headings.ts use them.

/** Headings that name the work below (lower-case): "План имплементације", "Sljedeći koraci", "Tindakan susulan". */
export const MORE_TASK_WORDS = [
  // sr, hr, bs (Latin)
  "plan implementacije", "plan realizacije", "plan uvođenja", "plan rada", "akcioni plan", "akcijski plan", "zadaci", "zadaće", "otvoreni zadaci", "sledeći koraci", "sljedeći koraci", "naredni koraci", "za uraditi",
  // sr Cyrillic, mk, bg
  "план имплементације", "план реализације", "план увођења", "план рада", "акциони план", "задаци", "отворени задаци", "следећи кораци", "наредни кораци", "за урадити",
  "план за имплементација", "акционен план", "следни чекори", "задачи за изпълнение", "план за действие", "следващи стъпки", "план за изпълнение",
  // sl
  "načrt izvedbe", "akcijski načrt", "naloge", "odprte naloge", "naslednji koraki",
  // ms
  "pelan tindakan", "tindakan susulan", "tugasan", "langkah seterusnya", "senarai tugasan", "pelan pelaksanaan",
  // sw (Swahili: "work to do", "things to do", "next steps", "responsibilities", "work plan")
  "kazi za kufanya", "mambo ya kufanya", "orodha ya kazi", "hatua zinazofuata", "hatua zijazo", "majukumu", "mpango kazi", "mpango wa kazi", "mpango wa utekelezaji",
  // tl (Tagalog / Filipino)
  "mga gagawin", "gagawin", "mga gawain", "listahan ng gagawin", "susunod na hakbang", "mga susunod na hakbang",
];

/** An RFC's or proposal's parts that are not work, per language (lower-case, whole heading). */
const PROPOSAL_PARTS = [
  // drawbacks
  "drawbacks", "downsides", "nachteile", "inconvénients", "desventajas", "svantaggi", "desvantagens", "nadelen", "nackdelar", "ulemper", "wady", "nevýhody", "haittapuolet", "hátrányok",
  "недостатки", "недоліки", "недостаци", "nedostaci", "slabosti", "slabe strani", "недостатъци", "dezavantajlar", "欠点", "デメリット", "缺点", "缺點", "단점", "kelemahan", "kekurangan",
  // motivation
  "motivation", "motivación", "motivação", "motivazione", "motivatie", "motivering", "motywacja", "motivace", "motivaatio", "мотивация", "мотивація", "мотивација", "motivacija", "мотивиране", "動機", "动机", "동기", "motivasi",
  // prior art, future possibilities
  "prior art", "stand der technik", "état de l'art", "estado del arte", "stato dell'arte", "future possibilities", "future work", "zukünftige möglichkeiten", "possibilités futures", "posibilidades futuras", "sviluppi futuri",
  // unresolved or open questions ("questions" alone is read by sections.ts in English)
  "unresolved questions", "offene fragen", "ungeklärte fragen", "questions ouvertes", "questions non résolues", "preguntas abiertas", "preguntas sin resolver", "questioni aperte", "domande aperte", "questões em aberto", "perguntas em aberto", "open vragen", "öppna frågor", "åbne spørgsmål", "åpne spørsmål",
  "otwarte pytania", "nierozstrzygnięte kwestie", "otevřené otázky", "avoimet kysymykset", "открытые вопросы", "нерешённые вопросы", "нерешенные вопросы", "відкриті питання", "нерешена питања", "отворена питања", "otvorena pitanja", "nerešena pitanja", "neriješena pitanja", "odprta vprašanja", "отворени прашања", "отворени въпроси", "açık sorular", "未解決の問題", "未解決の課題", "未解决的问题", "悬而未决的问题", "미해결 질문", "soalan terbuka", "pertanyaan terbuka",
  // alternatives
  "алтернативе", "алтернативи", "alternative", "alternatives", "alternativen", "alternativas", "alternatieven", "alternativ", "alternatywy", "alternativy", "vaihtoehdot", "альтернативы", "альтернативи", "alternatifler", "代替案", "替代方案", "대안", "alternatif",
  // revision history
  "revision history", "change history", "version history", "document history", "änderungshistorie", "änderungsverlauf", "versionshistorie", "historique des modifications", "historique des révisions", "historial de cambios", "historial de revisiones", "cronologia delle modifiche", "cronologia revisioni", "storico delle modifiche",
  // assumptions: what the plan takes as given, not work
  "hypothèses", "suppositions", "postulats", "annahmen", "grundannahmen", "supuestos", "hipótesis", "suposiciones", "premisas", "ipotesi", "assunzioni", "presupposti", "aannames", "veronderstellingen",
  "premissas", "pressupostos", "hipóteses", "suposições", "antaganden", "antagelser", "forutsetninger", "forudsætninger", "założenia", "předpoklady", "oletukset", "feltételezések", "допущения", "предположения",
  "припущення", "допущення", "varsayımlar", "前提", "仮定", "假设", "假設", "가정", "전제", "asumsi", "giả định", "الافتراضات", "افتراضات", "הנחות", "παραδοχές", "υποθέσεις",
  // decisions already taken: a record, not work ("decisions" alone is read by sections.ts in English)
  "decisions made", "decisions taken", "key decisions", "décisions", "décisions prises", "décisions clés", "getroffene entscheidungen", "beschlüsse", "decisiones tomadas", "decisiones clave", "decisioni", "decisioni prese",
  "decisões", "decisões tomadas", "beslissingen", "genomen beslissingen", "besluiten", "beslut", "fattade beslut", "beslutninger", "trufne beslutninger", "decyzje", "podjęte decyzje", "rozhodnutí", "päätökset", "döntések",
  "решения", "принятые решения", "рішення", "ухвалені рішення", "kararlar", "alınan kararlar", "決定事項", "決定した事項", "决定事项", "决策", "決策", "결정 사항", "결정사항", "keputusan", "các quyết định", "quyết định",
  "القرارات", "القرارات المتخذة", "החלטות", "החלטות שהתקבלו", "αποφάσεις", "निर्णय",
  "histórico de alterações", "histórico de revisões", "wijzigingsgeschiedenis", "versiegeschiedenis", "ändringshistorik", "versionshistorik", "historia zmian", "historie změn", "muutoshistoria", "история изменений", "історія змін", "историја измена", "istorija izmena", "povijest izmjena", "povijest promjena", "zgodovina sprememb", "историја на измени", "история на промените", "değişiklik geçmişi", "変更履歴", "改訂履歴", "修订历史", "变更历史", "變更歷史", "변경 이력", "개정 이력", "sejarah perubahan", "riwayat perubahan",
];

/**
 * An incident's or project's timeline in other languages ("timeline" alone is read by sections.ts in
 * English): "- 14:05 — первые ошибки в логах" dates what happened; its entries are events, not work.
 */
const TIMELINE_PARTS = [
  "хронология", "хронология событий", "ход событий", "хронологія", "хронологія подій", "перебіг подій", "хронологија", "hronologija", "kronologija", "tijek događaja",
  "chronologie", "chronologie des événements", "déroulé", "zeitleiste", "zeitlicher ablauf", "zeitverlauf", "chronologie der ereignisse",
  "cronología", "línea de tiempo", "línea temporal", "cronologia", "cronologia degli eventi", "linha do tempo", "tijdlijn", "tijdsverloop", "tidslinje", "tidslinjen", "händelseförlopp", "hendelsesforløb", "hændelsesforløb", "tidsforløb",
  "oś czasu", "chronologia", "przebieg zdarzeń", "časová osa", "průběh událostí", "aikajana", "tapahtumien kulku", "idővonal", "zaman çizelgesi", "olay akışı", "kronoloji",
  "タイムライン", "時系列", "経緯", "时间线", "时间轴", "時間線", "타임라인", "경과", "garis waktu", "kronologi", "linimasa", "dòng thời gian", "diễn biến",
  "الجدول الزمني", "التسلسل الزمني", "ציר זמן", "ציר הזמן", "χρονολόγιο", "समयरेखा", "घटनाक्रम", "ไทม์ไลน์", "ลำดับเหตุการณ์",
];

/** Success criteria in other languages: targets, not work. */
const SUCCESS_CRITERIA = [
  "критеријуми успеха", "критеријуми за успех", "kriterijumi uspeha", "kriteriji uspjeha", "kriteriji uspeha", "kriteriji uspešnosti", "критериуми за успех", "критерии за успех", "критерии успеха", "критерії успіху",
  "kryteria sukcesu", "kritéria úspěchu", "kritériá úspechu", "onnistumisen kriteerit", "sikerkritériumok", "framgångskriterier", "succeskriterier", "suksesskriterier", "criterios de éxito", "critérios de sucesso", "criteri di successo", "başarı kriterleri",
  "成功の基準", "成功标准", "成功標準", "성공 기준", "kriteria kejayaan", "kriteria keberhasilan", "kriteria sukses",
];

const PARTS = new Set([...PROPOSAL_PARTS, ...TIMELINE_PARTS]);
const SUCCESS = new Set(SUCCESS_CRITERIA);

/** The heading's words: markup, numbering, emoji and closing punctuation gone, lower-cased. */
function norm(heading: string): string {
  return heading
    .replace(/[*_`]/g, "")
    .replace(/^[^\p{L}\p{N}]+/u, "")
    .replace(/^\d{1,2}(?:\.\d{1,2}){0,3}[.)]?\s+/, "")
    .replace(/[^\p{L}\p{N})]+$/u, "")
    .replace(/\s+/g, " ")
    .toLowerCase()
    .trim();
}

/** "notes" for a proposal's part that is not work, "metrics" for its success criteria; null for any other heading. */
export function proposalPartKind(heading: string): "notes" | "metrics" | null {
  if (heading.length > 120) return null;
  const t = norm(heading);
  if (PARTS.has(t)) return "notes";
  return SUCCESS.has(t) ? "metrics" : null;
}
