import type { ItemStatus } from "./types";
import { MORE_LEVEL_WORDS, MORE_PRIORITY_NOUNS, MORE_STATUS_WORDS } from "./recognise/more-level-words";

// The words plans use for priority and status, per language. Data only: the readers that use it
// (priority.ts, status-words.ts, clean.ts, the table and field readers) decide where a word counts.
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
    ...MORE_LEVEL_WORDS.Critical, // sr, hr, bs, sl, mk, bg, ms (recognise/more-level-words.ts)
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
    ...MORE_LEVEL_WORDS.High,
  ],
  Medium: [
    "mittel", "mittlere", "moyenne", "moyen", "media", "medio", "média", "médio", "gemiddeld", "gemiddelde", "middel", "normaal", "medel", "średnie", "średni", "średnia", "средний", "средняя", "средние", "orta", "중간", "보통",
    "normale", "normalny", "normalna", "обычный", "обычная", "нормальный", "середній", "середня", "звичайний",
    "متوسطة", "متوسط", "المتوسطة", "בינונית", "בינוני", "μεσαία", "μεσαίο", "trung bình", "sedang", "menengah", "मध्यम",
    "ปานกลาง", // th
    "střední", "keskitaso", "keskisuuri", "middels", "mellem", // cs, fi, no, da
    "stredná", "stredný", "közepes", // cs, sk, hu
    "mitjana", "mitjà", // ca
    ...MORE_LEVEL_WORDS.Medium,
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
    ...MORE_LEVEL_WORDS.Low,
  ],
};

/** Level words in Chinese and Japanese: single characters, read only beside a priority noun (優先度：高, 高優先度). */
export const CJK_LEVEL_WORDS: Record<Level, string[]> = {
  // Redmine ja/zh (今すぐ・急いで・高め・通常・低め; 立刻・紧急・高・普通・低), ZenTao's severity
  // (致命・严重・一般・轻微), Korean trackers' 상/중/하 (read, like 高/中/低, only under a priority name).
  Critical: ["最高", "最優先", "最优先", "緊急", "紧急", "至急", "今すぐ", "急いで", "立刻", "致命", "非常高"],
  High: ["高", "高め", "较高", "較高", "严重", "嚴重", "重大", "상"],
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
  ...MORE_PRIORITY_NOUNS,
];
export const CJK_PRIORITY_NOUNS = ["優先度", "優先順位", "優先", "优先级", "優先級", "优先", "重要度", "紧急程度", "緊急程度"];

/**
 * Horizons and urgency words a heading starts with ("Korte termijn", "Curto prazo", "短期"): each is
 * a priority of its own (README: Immediate P0, Short term P1, Medium term P2, Long term P3).
 */
export const HORIZON_WORDS: Record<"Immediate" | "Short term" | "Medium term" | "Long term", string[]> = {
  Immediate: ["brennt", "en feu", "acil", "긴급", "緊急", "紧急", "sofort", "inmediato", "immédiat", "immediat", "immediato", "imediato", "direct", "即時", "至急", "即时", "natychmiast", "срочно", "немедленно", "hemen", "즉시",
    // An urgency word opening a heading ("Urgente (prima di …)", "Dringend:", "Khẩn cấp", "المهام العاجلة")
    // Now / Next / Later roadmaps in other languages: "Adesso", "Jetzt", "Ahora", "Maintenant", "Сейчас", "지금", "现在".
    "adesso", "jetzt", "ahora", "maintenant", "agora", "nu", "teraz", "сейчас", "зараз", "şimdi", "지금", "現在", "现在", "今すぐ", "bây giờ", "sekarang", "τώρα", "עכשיו", "الآن", "अभी",
    "urgente", "urgentes", "urgenti", "dringend", "dringende", "pilne", "срочные", "термінові", "терміново", "khẩn cấp", "gấp", "عاجل", "عاجلة", "العاجلة", "فوري", "فورية", "דחוף", "דחופות", "επείγοντα", "επείγον", "mendesak", "segera", "तत्काल", "तुरंत", "जरूरी", "ज़रूरी"],
  "Short term": ["prossimo", "prossimi", "als nächstes", "danach", "siguiente", "a continuación", "ensuite", "prochainement", "próximo", "próximos", "a seguir", "volgende", "daarna", "następne", "dalej", "далее", "следующее", "наступне", "sonraki", "다음", "次に", "接下来", "下一步", "tiếp theo", "berikutnya", "επόμενα", "הבא", "التالي", "अगला",
    "kurzfristig", "corto plazo", "court terme", "breve termine", "curto prazo", "korte termijn", "短期", "krótki termin", "krótkoterminowe", "в ближайшее время", "в ближайшее", "краткосрочные", "kısa vade", "kısa vadeli", "단기", "قصير المدى", "قريبا", "قريبًا", "ngắn hạn", "jangka pendek", "βραχυπρόθεσμα", "לטווח קצר", "अल्पकालिक", "найближчим часом", "короткострокові"],
  "Medium term": ["più avanti", "più tardi", "später", "más adelante", "más tarde", "plus tard", "mais tarde", "mais adiante", "nanti", "나중", "나중에", "後で", "あとで", "以后", "之后", "稍后",
    "mittelfristig", "medio plazo", "moyen terme", "medio termine", "médio prazo", "medio prazo", "middellange termijn", "middellang", "中期", "średni termin", "średnioterminowe", "później", "потом", "позже", "среднесрочные", "orta vade", "orta vadeli", "sonra", "중기", "لاحقا", "لاحقًا", "لاحقة", "اللاحقة", "متوسط المدى", "trung hạn", "sau này", "jangka menengah", "nanti", "αργότερα", "מאוחר יותר", "बाद में", "пізніше", "згодом", "середньострокові"],
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

/**
 * Status words, English first. A careful reader's reading of each (README "Done and status"):
 * paused and on hold are blocked (held, not dropped); postponed, descoped, archived are wont_do.
 */
export const STATUS_WORDS: Record<ItemStatus, string[]> = {
  wont_do: [
    "won't do", "wont do", "won't fix", "wontfix", "won't have", "not doing", "not needed", "no longer needed", "out of scope", "descoped", "de-scoped",
    "dropped", "cancelled", "canceled", "abandoned", "archived", "rejected", "obsolete", "superseded", "skipped", "deferred", "postponed", "not planned",
    "accepted risk", "risk accepted", "removed", "killed", // "killed": an experiment board's stopped idea // "removed": Azure DevOps' state for work taken off the backlog
    "verworfen", "gestrichen", "entfällt", "entfallen", "abgebrochen", "abgelehnt", "zurückgestellt", "nicht nötig", "nicht geplant", // de
    "abandonné", "annulé", "reporté", "rejeté", "hors périmètre", "hors scope", "pas nécessaire", // fr
    "descartado", "descartada", "cancelado", "cancelada", "pospuesto", "aplazado", "fuera de alcance", "rechazado", // es
    "annullato", "scartato", "rimandato", "rinviato", "fuori ambito", "fuori scope", "non necessario", "abbandonato", "non faremo", "non lo faremo", // it
    "no haremos", "no lo haremos", "ne ferons pas", "on ne fera pas", "machen wir nicht", "wird nicht gemacht", "não faremos", "não vamos fazer", "doen we niet", // "we won't do" (es, fr, de, pt, nl)
    "adiado", "fora do escopo", "não necessário", "abandonado", "arquivado", // pt
    "afgevallen", "geschrapt", "vervallen", "geannuleerd", "uitgesteld", "niet nodig", "gearchiveerd", "afgewezen", // nl
    "nie nodig", "nie meer nodig", "gekanselleer", "uitgestel", "laat vaar", // af
    "struken", "struket", "avbruten", "avbrutet", "inte aktuell", "uppskjuten", // sv
    "見送り", "対応しない", "対応不要", "中止", "不要", "対象外", "却下", "取り下げ", // ja
    "取消", "取消了", "不做", "不做了", "放弃", "放棄", "不需要", // zh
    "nie robimy", "odrzucone", "porzucone", // pl
    "не делаем", "не будем делать", "отменено", "отложено", // ru
    "yapılmayacak", "iptal", "iptal edildi", "ertelendi", "vazgeçildi", // tr
    "risque accepté", "sans suite", // fr ("risque accepté": the README's accepted risk)
    "rezygnujemy", "anulowane", "odłożone", "ryzyko zaakceptowane", // pl
    "не будем", "отклонено", "риск принят", "скасовано", "відхилено", // ru, uk
    "ej aktuell", "avvisad", "avskrivet", // sv
    "forkastet", "avvist", "afvist", "droppet", "ikke aktuelt", "ikke aktuel", // nb, da
    "취소", "조치 안 함", "위험 수용", "하지 않기로", // ko
    "不修复", "不处理", "已取消", "已拒绝", "风险接受", "接受风险", // zh
    "対応見送り", "リスク受容", // ja
    // a decision to keep things as they are: the change is not made
    "decided against", "decided not to", "decided to keep", "keep as is", "keeping it as is", "decidimos manter", "decidimos mantener",
    "decidimos não", "décidé de garder", "on garde tel quel", "entschieden, es zu behalten", "bleibt wie es ist", "abbiamo deciso di mantenere",
    "besloten te behouden", "beslutade att behålla", "решили оставить", "вирішили залишити", "zdecydowaliśmy się zostawić",
    // "not applicable": the entry does not apply to this plan (a checklist's "— = n/a")
    "not applicable", "nicht zutreffend", "nicht anwendbar", "non applicable", "sans objet", "no aplica", "no aplicable", "non applicabile",
    "não se aplica", "não aplicável", "niet van toepassing", "ej tillämpligt", "nie dotyczy", "не применимо", "неприменимо", "не застосовується",
    "該当なし", "不适用", "不適用", "해당 없음",
    // ar, he, el, vi, id, hi
    "ملغى", "ملغي", "ملغاة", "تم الإلغاء", "لن ننفذ", "مخاطرة مقبولة", "בוטל", "לא יבוצע", "ακυρώθηκε", "ακυρωμένο", "hủy", "huỷ", "đã hủy", "đã huỷ", "không làm",
    "dibatalkan", "batal", "tidak dikerjakan", "रद्द", "रद्द किया",
    // "We won't do": the heading of a not-doing list, said as a sentence (it, es, fr, de, pt, nl, sv, he, ar, el, tr, id, vi, hi)
    "non faremo", "non lo faremo", "no haremos", "no lo haremos", "nous ne ferons pas", "on ne fera pas", "machen wir nicht", "wird nicht gemacht", "não faremos", "não vamos fazer",
    "doen we niet", "gaan we niet doen", "gör vi inte", "görs inte", "לא נעשה", "لن نفعل", "لن نقوم به", "δεν θα γίνει", "yapmayacağız", "tidak akan dikerjakan", "sẽ không làm", "नहीं करेंगे",
    "ยกเลิก", "ยกเลิกแล้ว", "ไม่ทำ", // th
    "preklicano", "opuščeno", "otkazano", "odustali smo", // sl, hr/sr (cancelled, dropped)
    "বাদ", "বাদ দেওয়া হয়েছে", "বাদ দেওয়া হয়েছে", "বাতিল", "করা হবে না", // bn (dropped, cancelled, won't be done)
    "bỏ", "đã bỏ", "hoãn lại", // vi ("dropped", "put off")
    "nahi karenge", "nahin karenge", "nahi karna", "nahin karna", // hi in Latin script ("won't do")
    "wird nicht behoben", "wird nicht umgesetzt", "nicht beheben", // de: Jira's "Won't Fix" resolution
    "לא נטפל", "לא נטפל בזה", // he: "we won't handle (it)"
    "nebude řešeno", "neřešíme", "zrušeno", "zamítnuto", // cs
    "avlyst", "droppet", "forkastet", "ikke aktuelt", "utgår", "udgår", "utgått", "udgået", // no, da, sv ("utgår": left out)
    "peruttu", "hylätty", "ei tehdä", // fi
    "zrušené", "nebude se dělat", "elvetve", "elvetett", "törölve", "nem készül el", // cs/sk, hu
    "не будет исправлена", "не будет исправлено", "не будет исправлен", // ru: YouTrack's "Won't fix"
    "descartat", "descartada", "cancel·lat", "cancel·lada", // ca

    ...MORE_STATUS_WORDS.wont_do, // sr, hr, bs, sl, mk, bg, ms, it (recognise/more-level-words.ts)
    // Sentry's "Ignored" (now "Archived"): an error nobody will fix, in its UI languages and as a team says it ("we ignore")
    "ignored", "ignoriert", "ignoré", "ignorés", "ignorado", "ignorados", "ignorato", "ignorati", "genegeerd", "ignorerad", "ignorerat", "ignorowane",
    "игнорируется", "игнорируем", "ігнорується", "ігноруємо", "ignoramos", "on ignore",
    "odrzucony", "odrzucona", "abgewiesen", "rejetée", "rechazada", "rifiutato", "rifiutata", "rejeitado", "rejeitada", // Redmine's "Rejected" (pl, de, fr, es, it, pt)
  ],
  blocked: [
    "blocked", "on hold", "paused", "parked", "waiting on", "waiting for", "stuck",
    "blockiert", "wartet auf", "warten auf", "wartet", "pausiert", "angehalten", // de
    "bloqué", "bloquée", "en attente", "en pause", // fr
    "bloqueado", "bloqueada", "en espera", "en pausa", // es
    "bloccato", "bloccata", "in attesa", "sospeso", "in pausa", // it
    "aguardando", "em espera", "pausado", "parado", // pt
    "geblokkeerd", "wacht op", "gepauzeerd", // nl
    "geblokkeer", "wag vir", "wag op", // af
    "blockerad", "blockerat", "väntar på", "pausad", // sv
    "blokkert", "blokeret", "venter på", "på vent", "afventer", // nb, da
    "保留", "ブロック", "ブロック中", "待ち", "停止中", // ja
    "阻塞", "受阻", "暂停", "暫停", "搁置", // zh
    "zablokowane", "czeka na", // pl
    "заблокировано", "ждём", "ждем", // ru
    "bekleniyor", "engellendi", "beklemede", "bloke", // tr
    "bloquée par", "suspendu", // fr
    "wstrzymane", "zablokowany", // pl
    "заблокирован", "приостановлено", "на паузе", "заблоковано", // ru, uk
    "väntar", // sv
    "보류", "차단", "대기 중", // ko
    "已阻塞", "被阻塞", "挂起", // zh
    "متوقف", "معلق", "معلّق", "بانتظار", "חסום", "ממתין", "σε αναμονή", "μπλοκαρισμένο", "chờ", "đang chờ", "tạm dừng", "bị chặn", "terblokir", "tertahan", "menunggu", "रुका हुआ", "अटका हुआ",
    "ติดรอ", "ติดปัญหา", "ระงับ", "หยุดชั่วคราว", // th ("stuck waiting", "stuck on a problem", "suspended")
    "blokirano", "na čakanju", "na čekanju", // sl, hr/sr (blocked, on hold)
    "আটকে", "আটকে আছে", "অপেক্ষায়", "অপেক্ষায়", "স্থগিত", // bn (stuck, waiting, on hold)
    "atka hua", "atki hui", "ruka hua", // hi in Latin script
    "warten auf", "wartend", // de: a board lane "Warten auf" (waiting on)
    "venter på", "venter", "på vent", "blokkert", "blokeret", // no, da
    "blokováno", "čeká na", "pozastaveno", // cs
    "odottaa", "estetty", // fi
    "blokované", "blokkolva", "blokkolt", "felfüggesztve", // cs/sk, hu
    "ждёт ответа", "ждет ответа", // ru: YouTrack's "Wait for reply"
    "bloquejat", "bloquejada", // ca

    ...MORE_STATUS_WORDS.blocked, // sr, hr, bs, sl, mk, bg, ms, it (recognise/more-level-words.ts)
    "wstrzymany", "wstrzymana", // pl: Redmine's "On hold"
    "detenido", "detenida", "atascado", "atascada", "travado", "travada", // es, pt: monday.com's "Stuck"
  ],
  in_progress: [
    "in progress", "in-progress", "doing", "wip", "ongoing", "underway", "under way", "in review", "in beta", "started",
    // Trackers' workflow columns (Shortcut, Jira, Azure Boards): work picked up, in review or in test.
    "in development", "in dev", "ready for review", "in qa", "in testing", "in test",
    "review", "code review", // a board's review column: work done and being checked
    "running", "building", // experiment and pipeline boards (Notion, Airtable)
    "in arbeit", "in bearbeitung", "läuft", "begonnen", "in umsetzung", // de
    "en cours", "en revue", // fr
    "en curso", "en progreso", "en proceso", "en revisión", "haciendo", // es
    "in corso", "in lavorazione", "in revisione", "avviato", // it
    "em andamento", "em progresso", "em curso", "em revisão", "iniciado", // pt
    "bezig", "in uitvoering", "lopend", "onderhanden", "in behandeling", // nl
    "besig", "gedeeltelik", "aan die gang", // af
    "pågår", "pågående", "påbörjad", // sv
    "under arbeid", "påbegynt", "i gang", "igangværende", "i arbejde", "under udvikling", // nb, da
    "対応中", "進行中", "作業中", "実装中", "処理中", "レビュー中", "レビュー待ち", "着手済み", // ja ("レビュー待ち": awaiting review, a board column of work under review)
    "进行中", "處理中", "处理中", "开发中", "開發中", // zh
    "w trakcie", "w toku", // pl
    "в работе", "в процессе", // ru
    "geliştirmede", "devam ediyor", "devam eden", "devam", "sürüyor", "test ediliyor", "incelemede", "yapılıyor", "başlandı", // tr
    "진행 중", "진행중", "검토 중", "검토중", "조치 중", "조치중", "개발 중", "테스트 중", "코드 리뷰", "코드리뷰", "리뷰 중", "리뷰중", // ko ("code review": under way, as "In review")
    "en cours de correction", "en test", "en recette", "en développement", // fr
    "w realizacji", "w przeglądzie", "w testach", // pl
    "на ревью", "в тесте", "делается", "в роботі", "в процесі", // ru, uk
    "under arbete", "i test", "testas", // sv
    "修复中", "测试中", "開発中", // zh, ja
    "قيد التنفيذ", "قيد العمل", "قيد المراجعة", "جاري العمل", "جارٍ العمل", "בתהליך", "בעבודה", "בביצוע", "σε εξέλιξη", "đang làm", "đang thực hiện", "dang lam", "dang thuc hien", // vi typed without diacritics
    "đang xử lý", "đang tiến hành", "chờ kiểm thử", "đang kiểm thử", "chờ duyệt", // vi: waiting for testing / review is under review
    "sedang dikerjakan", "dalam proses", "sedang berjalan", "चल रहा है", "प्रगति में",
    "กำลังดำเนินการ", "อยู่ระหว่างดำเนินการ", "กำลังทำ", // th
    "v teku", "v delu", "u tijeku", "u toku", "u radu", // sl, hr/sr (under way)
    "চলছে", "চলমান", "কাজ চলছে", "প্রক্রিয়াধীন", "প্রক্রিয়াধীন", // bn (under way)
    "dekh raha hai", "dekh rahi hai", "kar raha hai", "kar rahi hai", "kar rahe hain", "chal raha hai", // hi in Latin script ("is on it")
    // Part of the work done (README: "partial" is in progress), as audits' retest columns say it.
    "partially fixed", "partially done", "partially resolved", "partially implemented", "partly fixed", "partly done", "partial", "partially",
    "teilweise erledigt", "teilweise behoben", "teilweise", "in prüfung", // de ("In Prüfung": Jira de's "In Review")
    "partiellement", "parcialmente", "parzialmente", "gedeeltelijk", "delvis", "częściowo", "частично", "kısmen", "osittain", "částečně", // fr, es/pt, it, nl, sv/no/da, pl, ru, tr, fi, cs
    "i gang", "under arbeid", "påbegynt", "igangsat", // no, da
    "probíhá", "v řešení", "rozpracováno", // cs
    "kesken", "työn alla", "käynnissä", // fi
    "rozpracované", "folyamatban", "kódellenőrzés", "ellenőrzés alatt", // cs/sk, hu ("kódellenőrzés": code review)
    "en curs", "en procés", "en revisió", // ca

    ...MORE_STATUS_WORDS.in_progress, // sr, hr, bs, sl, mk, bg, ms, it (recognise/more-level-words.ts)
    "working on it", "trabajando en ello", "trabalhando nisso", "ci sto lavorando", // monday.com's default "Working on it" (en, es, pt, it)
  ],
  not_started: [
    "not started", "to do", "todo", "to-do", "open", "planned", "backlog", "pending", "proposed", "submitted", "reopened",
    // Trackers' workflow columns before work starts: ready to be picked up, or not yet scheduled.
    "ready for development", "ready for dev", "selected for development", "unscheduled",
    "offen", "geplant", "zu erledigen", "nicht begonnen", // de
    "à faire", "a faire", "prévu", "planifié", "pas commencé", // fr
    "pendiente", "por hacer", "planificado", "planeado", "no iniciado", // es
    "da fare", "pianificato", "previsto", "aperto", "non iniziato", // it
    "a fazer", "por fazer", "pendente", "planejado", "planeado", "não iniciado", // pt
    "te doen", "gepland", "open staand", "openstaand", "niet gestart", // nl
    "att göra", "planerad", "ej påbörjad", // sv
    "ikke startet", "ikke påbegynt", "planlagt", "å gjøre", "at gøre", // nb, da
    "未着手", "未対応", "未完了", "未開始", "予定", // ja
    "未开始", "待办", "待辦", "待处理", "待處理", "计划中", // zh
    "ouvert", "ouverte", "non commencé", "non traité", // fr
    "açık", "başlanmadı", "planlandı", "yapılacak", "yapılacaklar", "yapilacak", "yapilacaklar", // tr (an ASCII keyboard or OCR loses the dotless ı)
    "미착수", "대기", "예정", "미조치", "할 일", // ko
    "otwarte", "do zrobienia", "zaplanowane", // pl
    "открыто", "не начато", "запланировано", "відкрито", // ru, uk
    "öppen", "ej startad", // sv
    "لم يبدأ", "لم تبدأ", "للتنفيذ", "לא התחיל", "לביצוע", "δεν ξεκίνησε", "chưa làm", "cần làm", "chưa bắt đầu", "chua lam", "chua bat dau", // vi without diacritics
    "chưa thực hiện", "belum mulai", "belum dikerjakan", "शुरू नहीं हुआ", "बाकी",
    "ยังไม่เริ่ม", "ยังไม่ได้เริ่ม", "รอดำเนินการ", // th
    "ni začeto", "nije započeto", "za narediti", // sl, hr/sr (not started, to do)
    "শুরু হয়নি", "শুরু হয়নি", "বাকি", "করতে হবে", // bn (not started, remaining, to do)
    "פתוח", "פתוחה", // he: "open"
    "otevřeno", "nezahájeno", // cs
    "åpen", "åben", "ikke startet", // no, da
    "avoin", "aloittamatta", // fi
    "nezačato", "k řešení", "naplánováno", "teendő", "tennivaló", "nyitott", "tervezett", // cs/sk, hu
    "sense començar", "per fer", "pendent", // ca

    ...MORE_STATUS_WORDS.not_started, // sr, hr, bs, sl, mk, bg, ms, it (recognise/more-level-words.ts)
    "no empezado", "sin empezar", "no comenzado", "sin iniciar", "não começado", // es, pt: "not started" as boards say it
    "unresolved", "unfixed", // an error tracker's open state ("resolved" is done)
    "unstarted", "not yet started", // Pivotal Tracker's state before Started
    "nowy", // pl: Redmine's "New"
  ],
  done: [
    "done", "completed", "complete", "finished", "closed", "resolved", "fixed", "shipped", "merged", "released", "landed",
    "live", // an experiment or feature board's shipped state
    "verified", // YouTrack's and Bugzilla's state after Fixed
    "erledigt", "fertig", "abgeschlossen", "umgesetzt", "geschlossen", "behoben", "gelöst", // de
    "fait", "terminé", "terminée", "achevé", "livré", // fr
    "hecho", "terminado", "completado", "listo", "resuelto", // es
    "fatto", "completato", "terminato", "concluso", "chiuso", "risolto", // it
    "feito", "concluído", "concluída", "concluido", "finalizado", "pronto", "resolvido", "entregue", // pt
    "klaar", "gedaan", "afgerond", "voltooid", "opgeleverd", // nl
    "gedoen", "voltooi", "afgehandel", // af
    "klar", "klart", "avklarad", "slutförd", // sv
    "ferdig", "fullført", "levert", "færdig", "udført", "afsluttet", "leveret", // nb, da
    "完了", "済み", "対応済み", "実装済み", "完了済み", // ja
    "完成", "已完成", "已解决", "已解決", // zh
    "zrobione", "gotowe", "ukończone", "zrealizowane", "zrealizowano", // pl
    "сделано", "готово", "выполнено", // ru
    "tamamlandı", "bitti", "yapıldı", "çözüldü", "kapandı", "kapatıldı", "düzeltildi", // tr
    "완료", "조치 완료", "해결됨", "종료", // ko
    "corrigé", "corrigée", "résolu", "résolue", "clos", "clôturé", "fermé", "déployé", // fr
    "poprawione", "naprawione", "wdrożone", "zamknięte", "rozwiązane", "ukończono", "zrobiono", // pl
    "исправлено", "закрыто", "решено", "завершено", "выполнена", "сделана", "зроблено", "виправлено", "виконано", // ru, uk
    "fixat", "åtgärdad", "åtgärdat", "stängd", "levererad", // sv
    "已修复", "已修復", "已上线", "已關閉", "已关闭", "已处理", // zh
    "対応済", "修正済み", "解決済み", "完了済", // ja
    "تم", "منجز", "منجزة", "مكتمل", "مكتملة", "تم الإنجاز", "בוצע", "הושלם", "ολοκληρώθηκε", "ολοκληρωμένο", "xong", "đã xong", "da xong", "hoan thanh", "da hoan thanh", // vi, also without diacritics
    "hoàn thành", "đã hoàn thành",
    "selesai", "sudah selesai", "पूरा", "पूरा हुआ", "हो गया", // ar, he, el, vi, id, hi
    "เสร็จแล้ว", "เสร็จสิ้น", "เรียบร้อยแล้ว", "ดำเนินการแล้ว", // th
    "opravljeno", "končano", "narejeno", "zaključeno", "gotovo", "završeno", "urađeno", // sl, hr/sr (done, finished)
    "শেষ", "সম্পন্ন", "সম্পূর্ণ", "হয়ে গেছে", "হয়ে গেছে", // bn (finished, completed)
    "ho gaya", "ho gayi", "hogaya", // hi in Latin script
    "סגור", "סגורה", "נסגר", // he: "closed"
    "hotovo", "dokončeno", "vyřešeno", "splněno", "uzavřeno", // cs
    "ferdig", "fullført", "utført", "færdig", "udført", "løst", // no, da
    "valmis", "tehty", "korjattu", // fi
    "hotové", "kész", "befejezve", "befejezett", "lezárva", // cs/sk, hu
    "исправлена", "исправлен", "проверена", "проверено", // ru: YouTrack's "Fixed" and "Verified" in the feminine of задача
    "fet", "feta", "completat", "acabat", "resolt", // ca

    ...MORE_STATUS_WORDS.done, // sr, hr, bs, sl, mk, bg, ms, it (recognise/more-level-words.ts)
    "вирішено", "вирішена", "вирішений", // uk: resolved
    "rozwiązany", "rozwiązana", "zamknięty", "zamknięta", // pl: Redmine's "Resolved" and "Closed" (masculine, feminine)
  ],
};

/**
 * Status words that, as a whole heading, are not a status section: a changelog's kind of change
 * ("### Fixed", "### Released"), and a scope's non-goals ("## Out of scope" lists what nobody plans
 * to do, not tasks that were dropped; README: non-goals are not items).
 */
export const NOT_A_STATE_HEADING = [
  "fixed", "released", "merged", "resolved", "landed", "started", "removed",
  "out of scope", "hors périmètre", "hors scope", "fuera de alcance", "fuori ambito", "fuori scope", "fora do escopo", "対象外",
  "予定", // also "schedule": a heading 予定 is a timeline, not a column of planned work
];

/** Names of a status field or column ("Status", "Stato", "Estado", "状態"). */
export const STATUS_FIELD_NAMES = [
  "status", "state", "stand", "zustand", "statut", "état", "estado", "stato", "situação", "situatie", "tillstånd", "ステータス", "状態", "状況", "状态", "狀態",
  "durum", "stan", "статус", "состояние", "стан", "상태", "진행 상태", "진행상태", "조치 상태", "처리 상태", "対応状況", "進捗", "进度", "处理状态", "處理狀態",
  "الحالة", "حالة", "סטטוס", "מצב", "κατάσταση", "trạng thái", "tình trạng", "स्थिति", // ar, he, el, vi, hi
  "stav", "állapot", // cs/sk, hu
  "estat", // ca
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
  "úkol", "úloha", "název", "feladat", "összefoglaló", // cs, sk, hu
  "المهمة", "مهمة", "משימה", "εργασία", "công việc", "nhiệm vụ", "đầu việc", "tugas", "pekerjaan", "कार्य", "काम", // ar, he, el, vi, id, hi
];
/** Names of an owner field, also written as a remark after a title ("（担当：田中）", "(Responsável: Ana)"). */
export const OWNER_FIELD_NAMES = [
  "owner", "assignee", "verantwortlich", "zuständig", "responsable", "responsabile", "referente", "responsável", "eigenaar", "verantwoordelijke", "ansvarig",
  "担当", "担当者", "负责人", "負責人",
  "sorumlu", "atanan", "담당", "담당자", "조치 담당", "właściciel", "odpowiedzialny", "ответственный", "исполнитель", "відповідальний", "виконавець",
  "propriétaire", "porteur", "assigné à", "ägare", "处理人", "経手人",
  "المسؤول", "المسؤولة", "مسؤول", "مسؤولة", "אחראית", "אחראי", "υπεύθυνος", "người phụ trách", "phụ trách", "penanggung jawab", "जिम्मेदार", "ज़िम्मेदार", // ar, he, el, vi, id, hi
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
