import { MORE_LEVEL_WORDS, MORE_PRIORITY_NOUNS } from "./recognise/more-level-words";
import { WORLD_LEVEL_WORDS, WORLD_PRIORITY_NOUNS } from "./recognise/world-level-words";

// The words plans use for priority, horizons and field names, per language (their words for an
// item's state are in status-vocabulary.ts). Data only: the readers that use it (priority.ts,
// status-words.ts, clean.ts, the table and field readers) decide where a word counts.
//
// Where the words come from: English from the corpus README's priority and status conventions and
// the usual tracker vocabularies (GitHub Projects, Jira, Linear, Notion, Trello). The other languages
// are the words those same trackers show in their localised UIs and that teams write in plans:
// German, French, Spanish, Italian, Portuguese (pt-BR and pt-PT), Dutch and Swedish from Jira/Trello/Notion
// localisations; Japanese and Chinese from Backlog (Nulab), Redmine and Jira's ja/zh-CN/zh-TW UIs
// (優先度「高・中・低」, 状態「未対応・処理中・完了」). Kept lower-case; accents as written.

/** The English level a priority word stands for ("alta" → "High"); the product maps these to P0–P3. */
export type Level = "Critical" | "High" | "Medium" | "Low";

/** Level words in Latin scripts: a word alone ("Alta") or beside a priority noun ("Prioridade alta"). */
export const LEVEL_WORDS: Record<Level, string[]> = {
  // Inflected forms too: a heading says "Hohe Priorität", "Hoge prioriteit", "Priorité élevée".
  Critical: [
    "kritisch", "kritische", "dringend", "dringende", "höchste", // de
    "critique", "urgente", // fr, es/it/pt
    "crítica", "critica", "crítico", "critico", "máxima", "massima", // es/it/pt
    "kritiek", "kritieke", "spoed", "hoogste", // nl
    "kritisk", "brådskande", "akut", // sv, da, no
    "krytyczne", "krytyczny", "krytyczna", "pilne", "pilny", // pl
    "критично", "критичный", "критический", "критические", "блокер", // ru
    "kritik", "acil", "en yüksek", // tr
    "긴급", "치명적", "심각", "매우 높음", "최상", // ko
    "bloquant", "bloquante", "très haute", "très élevée", "urgente", // fr (Jira fr: Bloquant, Critique, Majeur, Mineur)
    "bloqueante", "bloqueador", "bloccante", "blokkerend", "blockerande", // es/pt, it, nl, sv: "blocker"
    "najwyższy", "najwyższa", "blokujący", "blokujące", // pl
    "блокирующий", "срочный", "срочная", "наивысший", "критичний", "критична", "блокуючий", "терміновий", // ru, uk
    "högsta", "kritiskt", // sv
    "más alta", "muy alta", "mais alta", "muito alta", "più alta", "molto alta", "la plus haute", // es, pt, it, fr: Jira's "Highest"
    // ar (with and without the article ال), he, el, vi, id, hi: the levels of Jira's and Trello's localised UIs and of plans written in them
    "حرج", "حرجة", "الحرجة", "عاجل", "عاجلة", "العاجلة", "قصوى", "קריטי", "קריטית", "דחוף", "דחופה", "κρίσιμο", "κρίσιμη", "επείγον", "επείγουσα",
    "khẩn cấp", "nghiêm trọng", "rất cao", "kritis", "mendesak", "tertinggi", "गंभीर", "तत्काल", "अति आवश्यक", "अत्यावश्यक",
    "เร่งด่วน", "ด่วนที่สุด", "วิกฤต", // th
    "kritická", "kritický", "kritické", "urgentní", "nejvyšší", "kriittinen", "kiireellinen", // cs, fi
    "naléhavá", "najvyššia", // cs, sk (Jira cs/sk: Nejvyšší / Najvyššia)
    "kritikus", "sürgős", "legmagasabb", "blokkoló", // hu (Jira hu: Legmagasabb, Magas, Közepes, Alacsony, Legalacsonyabb)
    "crític", "màxima", "критичне", "критичні", // ca, uk (neuter and plural: "Критичне" heading a group)
    "critică", "critica", "urgentă", "maximă", "blocantă", // ro (also "critica" typed without the breve)
    "kritiske", "kritiska", // no, da, sv (plural)
    ...MORE_LEVEL_WORDS.Critical, // sr, hr, bs, sl, mk, bg, ms (recognise/more-level-words.ts)
    ...WORLD_LEVEL_WORDS.Critical, // eu, ur, fa, ka, sw, mr, tl, cy (recognise/world-level-words.ts)
    // Redmine's top level "Immediate" (above Urgent) in its UI languages
    "natychmiastowy", "natychmiastowa", "immédiat", "immédiate", "inmediata", "inmediato", "immediata", "imediata", "onmiddellijk", "omedelbar", "okamžitá", "okamžitý", "немедленный", "негайний",
  ],
  High: [
    "hoch", "hohe", "hoher", "haute", "élevée", "élevé", "alta", "alto", "hoog", "hoge", "hög", "høj", "høy", "wysokie", "wysoki", "wysoka", "высокий", "высокая", "высокие", "yüksek", "높음", "높은",
    "majeur", "majeure", "hogere", "högt", "poważny", "серьёзный", "серьезный", "високий", "висока", "високі",
    "عالية", "عالي", "العالية", "مرتفعة", "مرتفع", "גבוהה", "גבוה", "υψηλή", "υψηλό", "cao", "uu tien cao", // vi (also without diacritics)
    "tinggi", "उच्च",
    "สูง", // th
    "vysoká", "vysoký", "vysoké", "korkea", // cs, fi
    "magas", // cs/sk, hu
    "ridicată", "ridicat", "ridicata", "înaltă", "înalt", // ro ("mare", big, is also Italian "sea": not alone)
    "høg", "høyt", "høye", "høje", "höga", // nn, no, da, sv (neuter and plural)
    ...MORE_LEVEL_WORDS.High,
    ...WORLD_LEVEL_WORDS.High, // eu, ur, fa, ka, sw, mr, tl, cy (recognise/world-level-words.ts)
  ],
  Medium: [
    "mittel", "mittlere", "moyenne", "moyen", "media", "medio", "média", "médio", "gemiddeld", "gemiddelde", "middel", "midden", "normaal", "medel", "średnie", "średni", "średnia", "средний", "средняя", "средние", "orta", "중간", "보통",
    "normale", "normalny", "normalna", "обычный", "обычная", "нормальный", "середній", "середня", "звичайний",
    "متوسطة", "متوسط", "المتوسطة", "בינונית", "בינוני", "μεσαία", "μεσαίο", "trung bình", "sedang", "menengah", "मध्यम", "सामान्य", // hi "सामान्य": ClickUp's "Normal"
    "ปานกลาง", // th
    "střední", "keskitaso", "keskisuuri", "middels", "mellem", // cs, fi, no, da
    "stredná", "stredný", "közepes", // cs, sk, hu
    "mitjana", "mitjà", // ca
    "medie", "normală", "moderată", // ro
    "middelhøy", "mellemhøj", "mellanhög", // no, da, sv ("medium-high" as their scales say medium)
    ...MORE_LEVEL_WORDS.Medium,
    ...WORLD_LEVEL_WORDS.Medium, // eu, ur, fa, ka, sw, mr, tl, cy (recognise/world-level-words.ts)
  ],
  Low: [
    "niedrig", "niedrige", "gering", "geringe", "basse", "faible", "baja", "bajo", "bassa", "basso", "baixa", "baixo", "laag", "lage", "låg", "lav", "niskie", "niski", "niska", "низкий", "низкая", "низкие", "düşük", "낮음", "낮은",
    "mineur", "mineure", "menor", "minore", "triviale", "lägsta", "más baja", "muy baja", "mais baixa", "muito baixa", "più bassa", "molto bassa", // es, pt, it: Jira's "Lowest"
    "najniższy", "najniższa", "drobny", "незначительный", "низький", "низька", "en düşük", "매우 낮음", "최하",
    "منخفضة", "منخفض", "المنخفضة", "נמוכה", "נמוך", "χαμηλή", "χαμηλό", "thấp", "rendah", "निम्न", "कम",
    "ต่ำ", // th
    "nízká", "nízký", "nízké", "matala", // cs, fi
    "nízka", "nízky", "nejnižší", "najnižšia", "alacsony", "legalacsonyabb", // cs, sk, hu
    "baix", // ca
    "scăzută", "scăzut", "scazuta", "redusă", "redus", "mică", // ro
    "lavt", "lave", "lågt", "låga", // no, da, sv (neuter and plural)
    ...MORE_LEVEL_WORDS.Low,
    ...WORLD_LEVEL_WORDS.Low, // eu, ur, fa, ka, sw, mr, tl, cy (recognise/world-level-words.ts)
  ],
};

/**
 * Level words that are a level only right after a priority noun: Romanian "Prioritate mare" (high),
 * where "mare" alone is also "big" and Italian "sea". Never read alone, in a heading or a cell.
 */
export const NOUN_BOUND_LEVEL_WORDS: Record<"High" | "Low", string[]> = {
  High: ["mare"], // ro
  Low: ["mic"], // ro (masculine of "mică")
};

/** Level words in Chinese and Japanese: single characters, read only beside a priority noun (優先度：高, 高優先度). */
export const CJK_LEVEL_WORDS: Record<Level, string[]> = {
  // Redmine ja/zh (今すぐ・急いで・高め・通常・低め; 立刻・紧急・高・普通・低), ZenTao's severity
  // (致命・严重・一般・轻微), Korean trackers' 상/중/하 (read, like 高/中/低, only under a priority name).
  Critical: ["最高", "最優先", "最优先", "緊急", "紧急", "至急", "今すぐ", "急いで", "立刻", "致命", "非常高"],
  // Microsoft Planner's Japanese and Chinese levels: 緊急 · 重要 · 中 · 低 (Urgent · Important · Medium · Low).
  High: ["高", "高め", "较高", "較高", "严重", "嚴重", "重大", "상", "重要"],
  Medium: ["中", "普通", "通常", "一般", "中等", "중"],
  Low: ["低", "最低", "低め", "较低", "較低", "轻微", "輕微", "提示", "하"],
};

/**
 * Words that name a level only inside a document's key of marks ("🔴 критично · 🟠 важливо · ⚪ бажано",
 * "ラベル：🔴緊急 🟡通常 🟢いつでも"): "important" or "any time" is common title text elsewhere, so these
 * count only where a legend or scale line defines a mark with them (priority.ts priorityMarksOf).
 */
export const LEGEND_LEVEL_WORDS: Record<"High" | "Low", string[]> = {
  High: [
    "important", "major", "significant", "wichtig", "importante", "belangrijk", "viktig", "vigtig", "viktigt", "ważne", "важно", "важливо", "önemli",
    "重要", "중요", "مهم", "هام", "quan trọng", "penting", "σημαντικό", "חשוב", "महत्वपूर्ण", "zaroori", "jaruri",
  ],
  Low: [
    "desirable", "optional", "any time", "anytime", "whenever", "if time", "if time allows", "wünschenswert", "souhaitable", "facultatif", "deseable", "opcional",
    "auspicabile", "facoltativo", "opzionale", "desejável", "wenselijk", "optioneel", "önskvärt", "mile widziane", "opcjonalne", "желательно", "бажано", "необязательно", "необов'язково",
    "いつでも", "任意", "随时", "隨時", "可选", "선택", "اختياري", "tùy chọn", "opsional", "προαιρετικό", "רשות", "वैकल्पिक",
  ],
};

/** Nouns that say "priority" (a heading "Prioriteit: hoog", a column "Priorità", a field "優先度"). */
export const PRIORITY_NOUNS = [
  "priority", "prio", // en
  "priorität", "prioritaet", // de
  "priorité", "priorite", // fr
  "prioridad", // es
  "priorità", "priorita", // it
  "prioridade", // pt
  "prioriteit", // nl
  "prioritet", // sv, da, no
  "priorytet", "приоритет", "пріоритет", "öncelik", "önem", // pl, ru, uk, tr
  "prioritás", // hu (cs/sk "priorita" as it)
  "우선순위", "중요도", // ko
  "الأولوية", "أولوية", "الاولوية", "اولوية", "עדיפות", "προτεραιότητα", "mức độ ưu tiên", "độ ưu tiên", "mức ưu tiên", "ưu tiên", "prioritas", "प्राथमिकता", // ar, he, el, vi, id, hi
  "ลำดับความสำคัญ", "ความสำคัญ", "ความเร่งด่วน", // th ("importance", the word Thai plans use for priority)
  "priorita", "prioriteetti", "kiireellisyys", // cs/sk, fi
  "prioritat", // ca
  "prioritate", "prioritatea", // ro
  ...MORE_PRIORITY_NOUNS,
  ...WORLD_PRIORITY_NOUNS,
];
export const CJK_PRIORITY_NOUNS = ["優先度", "優先順位", "優先", "优先级", "優先級", "优先", "重要度", "紧急程度", "緊急程度"];

/**
 * Urgency words: a heading of one ("Urgente", "Dringend:", "ज़रूरी") is the Immediate horizon, and so is
 * one set off by a dash after an entry ("UPS की बैटरी जाँचना — ज़रूरी", recognise/priority-dash.ts).
 * Unlike "now" or "jetzt" these say how pressing the work is, not when.
 */
export const URGENCY_WORDS = [
  "urgente", "urgentes", "urgenti", "dringend", "dringende", "pilne", "срочно", "срочные", "термінові", "терміново", "khẩn cấp", "gấp", "عاجل", "عاجلة", "العاجلة", "فوري", "فورية", "דחוף", "דחופות", "επείγοντα", "επείγον", "mendesak", "segera", "तत्काल", "तुरंत", "जरूरी", "ज़रूरी",
  "haster", "brådskar", // no/da, sv: "it is pressing" ("– haster" closing a meeting's action)
];

/**
 * Horizons and urgency words a heading starts with ("Korte termijn", "Curto prazo", "短期"): each is
 * a priority of its own (README: Immediate P0, Short term P1, Medium term P2, Long term P3).
 */
export const HORIZON_WORDS: Record<"Immediate" | "Short term" | "Medium term" | "Long term", string[]> = {
  Immediate: ["brennt", "en feu", "acil", "긴급", "緊急", "紧急", "sofort", "inmediato", "immédiat", "immediat", "immediato", "imediato", "direct", "即時", "至急", "即时", "natychmiast", "срочно", "немедленно", "hemen", "즉시",
    // An urgency word opening a heading ("Urgente (prima di …)", "Dringend:", "Khẩn cấp", "المهام العاجلة")
    // Now / Next / Later roadmaps in other languages: "Adesso", "Jetzt", "Ahora", "Maintenant", "Сейчас", "지금", "现在".
    "adesso", "jetzt", "ahora", "maintenant", "agora", "nu", "teraz", "сейчас", "зараз", "şimdi", "지금", "現在", "现在", "今すぐ", "bây giờ", "sekarang", "τώρα", "עכשיו", "الآن", "अभी",
    ...URGENCY_WORDS],
  "Short term": ["prossimo", "prossimi", "als nächstes", "danach", "siguiente", "a continuación", "ensuite", "prochainement", "próximo", "próximos", "a seguir", "volgende", "daarna", "następne", "dalej", "далее", "следующее", "наступне", "sonraki", "다음", "次に", "接下来", "下一步", "tiếp theo", "berikutnya", "επόμενα", "הבא", "التالي", "अगला",
    "kurzfristig", "corto plazo", "court terme", "breve termine", "curto prazo", "korte termijn", "短期", "krótki termin", "krótkoterminowe", "в ближайшее время", "в ближайшее", "краткосрочные", "kısa vade", "kısa vadeli", "단기", "قصير المدى", "قريبا", "قريبًا", "ngắn hạn", "jangka pendek", "βραχυπρόθεσμα", "לטווח קצר", "अल्पकालिक", "найближчим часом", "короткострокові"],
  "Medium term": ["più avanti", "più tardi", "später", "más adelante", "más tarde", "plus tard", "mais tarde", "mais adiante", "nanti", "나중", "나중에", "後で", "あとで", "以后", "之后", "稍后",
    "mittelfristig", "medio plazo", "moyen terme", "medio termine", "médio prazo", "medio prazo", "middellange termijn", "middellang", "中期", "średni termin", "średnioterminowe", "później", "потом", "позже", "среднесрочные", "orta vade", "orta vadeli", "sonra", "daha sonra", "ileride", "중기", "لاحقا", "لاحقًا", "لاحقة", "اللاحقة", "متوسط المدى", "trung hạn", "sau này", "jangka menengah", "nanti", "αργότερα", "מאוחר יותר", "बाद में", "пізніше", "згодом", "середньострокові"],
  "Long term": ["langfristig", "largo plazo", "long terme", "lungo termine", "longo prazo", "lange termijn", "長期", "长期", "długi termin", "długoterminowe", "когда-нибудь", "долгосрочные", "uzun vade", "uzun vadeli", "장기", "طويل المدى", "يوما ما", "dài hạn", "jangka panjang", "μακροπρόθεσμα", "לטווח ארוך", "दीर्घकालिक", "колись", "довгострокові"],
};

/**
 * Nouns for "tasks" / "work" that come before their adjective in languages that put it after the
 * noun ("المهام العاجلة", "Tareas urgentes", "Việc gấp", "Tâches plus tard"): a heading of such a
 * noun and a horizon word is that horizon, as "Urgent tasks" is in English.
 */
export const WORK_NOUNS_FIRST = [
  "المهام", "مهام", "مهمات", "الأعمال", "أعمال", "משימות", "tâches", "actions", "tareas", "acciones", "attività", "azioni", "compiti", "cose",
  "tarefas", "ações", "việc", "công việc", "các việc", "nhiệm vụ", "tugas", "pekerjaan", "taken", "acties", "zadania", "задачі", "задачи", "завдання",
];
/** The same nouns in scripts written without spaces between words: Thai "งานด่วน" is "งาน" (work) + "ด่วน" (urgent). */
export const WORK_NOUNS_FIRST_UNSPACED = ["งาน"];

/**
 * Status words that, as a whole heading, are not a status section: a changelog's kind of change
 * ("### Fixed", "### Released"), and a scope's non-goals ("## Out of scope" lists what nobody plans
 * to do, not tasks that were dropped; README: non-goals are not items).
 */
export const NOT_A_STATE_HEADING = [
  "fixed", "released", "merged", "resolved", "landed", "started", "removed",
  // Keep a Changelog's "Fixed" in the languages changelogs are written in (nl, de, fr, es, it, pt, sv, pl, ru, uk)
  "opgelost", "verholpen", "behoben", "corrigé", "corrigés", "corregido", "corregidos", "corretto", "corretti", "corrigido", "corrigidos", "åtgärdat", "naprawione", "исправлено", "виправлено",
  "out of scope", "hors périmètre", "hors scope", "fuera de alcance", "fuori ambito", "fuori scope", "fora do escopo", "対象外",
  "予定", // also "schedule": a heading 予定 is a timeline, not a column of planned work
];

/** Names of a status field or column ("Status", "Stato", "Estado", "状態"). */
export const STATUS_FIELD_NAMES = [
  "status", "state", "stand", "zustand", "statut", "état", "estado", "stato", "situação", "situatie", "tillstånd", "ステータス", "状態", "状況", "状态", "狀態",
  "durum", "stan", "статус", "состояние", "стан", "katayuan", "kalagayan", "statws", "상태", "진행 상태", "진행상태", "조치 상태", "처리 상태", "対応状況", "進捗", "进度", "处理状态", "處理狀態",
  "الحالة", "حالة", "סטטוס", "מצב", "κατάσταση", "trạng thái", "tình trạng", "स्थिति", // ar, he, el, vi, hi
  "สถานะ", "ความคืบหน้า", // th ("status", "progress")
  "stav", "állapot", // cs/sk, hu
  "seis", "olek", "staatus", // et
  "stare", "starea", // ro
  "estat", // ca
  "stanje", // sl, hr, bs, sr
  "būsena", "statusas", // lt (GitLab's scoped labels "būsena::vykdoma")
  // Microsoft Planner's state field, "Progress" (Not started / In progress / Completed), in its UI languages
  "progress", "fortschritt", "progression", "progreso", "progresso", "avanzamento", "voortgang", "postęp", "förlopp", "fremdrift", "fremskridt", "edistyminen",
];
/** Names of a priority field or column ("MoSCoW": a column of Must/Should/Could/Won't is the rows' priority). */
export const PRIORITY_FIELD_NAMES = [...PRIORITY_NOUNS, ...CJK_PRIORITY_NOUNS, "moscow", "urgency", "dringlichkeit", "urgence", "urgencia", "urgenza", "urgência", "urgentie", "緊急度", "aciliyet", "pilność", "срочность", "긴급도", "терміновість", "mức độ khẩn cấp"];
/** Names of a severity column ("Sev", "Severity", "Schweregrad", "重大度"): with no priority column it ranks the rows. */
export const SEVERITY_FIELD_NAMES = [
  "sev", "severity", "impact level", "rating", "risk rating", "risk level", // a finding's rating in a security report ("Rating: High")
  "schweregrad", "gravité", "gravedad", "gravità", "gravidade", "ernst", "ernstigheid", "重大度", "深刻度", "严重程度", "嚴重程度",
  "sévérité", "severite", "criticité", "criticite", "severidad", "severità", "severidade", "önem derecesi", "ciddiyet", "krytyczność", "серьёзность", "серьезность", "критичность", "серйозність", "критичність", "allvarlighetsgrad", "allvarlighet",
  "심각도", "위험도", "严重性", "嚴重性", "严重度", "危险等级", "風險等級", "危険度",
  "الخطورة", "خطورة", "درجة الخطورة", "حدة", "الحدة", "חומרה", "רמת חומרה", "σοβαρότητα", "mức độ nghiêm trọng", "mức nghiêm trọng", "keparahan", "tingkat keparahan", "गंभीरता", // ar, he, el, vi, id, hi
  "ความรุนแรง", "ระดับความรุนแรง", // th ("severity", "severity level")
  "súlyosság", "závažnost", "závažnosť", "ważność", "ozbiljnost", "resnost", "gravitate", "vakavuus", "tõsidus", "smagums", "sunkumas", // hu, cs, sk, pl, hr/sr, sl, ro, fi, et, lv, lt
];
/** Names of a title column ("Aufgabe", "Attività", "タスク"), beside the English ones the table reader knows. */
export const TITLE_FIELD_NAMES = [
  "aufgabe", "maßnahme", "vorhaben", // de
  "tâche", "action", "sujet", // fr
  "tarea", "acción", // es
  "attività", "compito", "azione", // it
  "tarefa", "ação", "atividade", // pt
  "taak", "actie", "verbeterpunt", // nl
  "タスク", "項目", "件名", "タイトル", "課題", // ja
  "任务", "任務", "事项", "事項", "标题", "標題", // zh
  "görev", "başlık", "özet", "iş", // tr
  "할 일", "작업", "과제", "제목", "항목", "요약", // ko
  "zadanie", "tytuł", "podsumowanie", "задача", "название", "заголовок", "завдання", "назва", // pl, ru, uk
  "uppgift", "titel", "sammanfattning", "résumé", "titre", "constat", // sv, fr
  "oppgave", "opgave", "tehtävä", // no, da, fi
  "úkol", "úloha", "název", "feladat", "összefoglaló", // cs, sk, hu
  "المهمة", "مهمة", "משימה", "εργασία", "công việc", "nhiệm vụ", "đầu việc", "tugas", "pekerjaan", "gawain", "gagawin", "cam gweithredu", "camau gweithredu", "tasg", "कार्य", "काम", // ar, he, el, vi, id, hi
  "งาน", "สิ่งที่ต้องทำ", "ภารกิจ", // th ("task", "to do", "assignment")
];
/** Names of an owner field, also written as a remark after a title ("（担当：田中）", "(Responsável: Ana)"). */
export const OWNER_FIELD_NAMES = [
  "owner", "assignee", "verantwortlich", "zuständig", "responsable", "responsabile", "referente", "responsável", "eigenaar", "verantwoordelijke", "ansvarig",
  "担当", "担当者", "负责人", "負責人",
  "sorumlu", "atanan", "담당", "담당자", "조치 담당", "właściciel", "odpowiedzialny", "ответственный", "исполнитель", "відповідальний", "виконавець",
  "propriétaire", "porteur", "assigné à", "ägare", "处理人", "経手人",
  "المسؤول", "المسؤولة", "مسؤول", "مسؤولة", "אחראית", "אחראי", "υπεύθυνος", "người phụ trách", "phụ trách", "penanggung jawab", "जिम्मेदार", "ज़िम्मेदार", // ar, he, el, vi, id, hi,
  "vlastník", "odpovědný", "odpovědná", "řeší", "zodpovedný", "zodpovedná", "felelős", "gazda", // cs, sk, hu
  "omistaja", "vastuuhenkilö", "vastuussa", "ansvarlig", "eier", "ejer", "vastaava", // fi, no, da
  "proprietario", "dono", "владелец", "власник", "sahibi", "proprietar", "responsabil", "ιδιοκτήτης", // it, pt, ru, uk, tr, ro, el
  // To Do apps' assignee line ("Atribuída a: Tiago", "Assigned to: Sam", "Zugewiesen an: Lena").
  "assigned to", "atribuída a", "atribuído a", "asignado a", "asignada a", "assegnato a", "assegnata a", "zugewiesen an", "toegewezen aan", "tilldelad", "przypisane do", "назначено",
];

/**
 * Labels issue trackers ship with or teams commonly add (GitHub's defaults, GitLab's and Jira's
 * usual ones): a bracketed or code-span tag that is one of these ("[bug]", "`good first issue`")
 * classifies the entry, it is not part of its title.
 */
export const ISSUE_LABELS = [
  "bug", "enhancement", "feature", "feature request", "docs", "documentation", "chore", "design", "infra", "infrastructure",
  "refactor", "refactoring", "tech debt", "tech-debt", "security", "performance", "perf", "ux", "ui", "a11y", "accessibility",
  "test", "tests", "testing", "ci", "ops", "devops", "frontend", "backend", "api", "i18n", "dependencies", "deps",
  "good first issue", "help wanted", "question", "duplicate", "invalid", "regression", "breaking change", "needs triage", "triage",
  "spike", "research", "story", "task", "epic", "improvement", "cleanup", "maintenance", "hotfix",
];

/** T-shirt sizes ("(XS)", "[L]", "Size: XL"): an estimate of effort, never part of a title. */
export const TSHIRT_SIZE = /^(?:size\s*:?\s*)?(?:XXS|XS|S|M|L|XL|XXL|XXXL)$/;
