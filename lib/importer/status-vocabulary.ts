import type { ItemStatus } from "./types";
import { MORE_STATUS_WORDS } from "./recognise/more-level-words";
import { WORLD_STATUS_WORDS } from "./recognise/world-status-words";

// The words plans use for an item's state, per language: data only, as vocabulary.ts is for levels,
// horizons and field names (status-words.ts builds the patterns; clean.ts and the readers decide
// where a word counts). Kept lower-case; accents as written.

/**
 * Status words, English first. A careful reader's reading of each (README "Done and status"):
 * paused and on hold are blocked (held, not dropped); postponed, descoped, archived are wont_do.
 */
export const STATUS_WORDS: Record<ItemStatus, string[]> = {
  wont_do: [
    "won't do", "wont do", "won't fix", "wontfix", "won't have", "not doing", "not needed", "no longer needed", "out of scope", "descoped", "de-scoped",
    "dropped", "cancelled", "canceled", "abandoned", "archived", "rejected", "obsolete", "superseded", "skipped", "deferred", "postponed", "not planned",
    "accepted risk", "risk accepted", "accepted as a risk", "accepted as risk", "removed", "killed", // "killed": an experiment board's stopped idea // "removed": Azure DevOps' state for work taken off the backlog
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
    "akceptované riziko", "prijaté riziko", "akceptované riziká", "přijaté riziko", // sk, cs: accepted risk
    // the same accepted risk in a pentest or audit report's status column (nl, de, es, it, pt, sv)
    "geaccepteerd risico", "risico geaccepteerd", "risiko akzeptiert", "akzeptiertes risiko", "riesgo aceptado", "rischio accettato", "risco aceito", "risco aceite", "accepterad risk", "risk accepterad",
    "accepté comme risque", "als risiko akzeptiert", "aceptado como riesgo", "accettato come rischio", "aceito como risco", "geaccepteerd als risico", "accepterad som risk", // accepted as a risk (fr, de, es, it, pt, nl, sv)
    "hyväksytty riskiksi", "hyväksytty riski", "riski hyväksytty", // fi
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
    // a known problem left as it is on purpose ("## Accepted (not fixing)"): en, de, fr, es, it, pt, nl
    "not fixing", "not going to fix", "will not fix", "won't be fixed", "accepted as is", "accepted as-is", "beheben wir nicht", "wird nicht korrigiert",
    "ne sera pas corrigé", "on ne corrige pas", "accepté en l'état", "no se corregirá", "no lo corregimos", "aceptado tal cual", "non verrà corretto",
    "non lo correggiamo", "accettato così com'è", "não será corrigido", "não vamos corrigir", "aceito como está", "wordt niet opgelost", "lossen we niet op",

    ...MORE_STATUS_WORDS.wont_do, // sr, hr, bs, sl, mk, bg, ms, it (recognise/more-level-words.ts)
    ...WORLD_STATUS_WORDS.wont_do, // tl, cy (recognise/world-status-words.ts)
    // Sentry's "Ignored" (now "Archived"): an error nobody will fix, in its UI languages and as a team says it ("we ignore")
    "ignored", "ignoriert", "ignoré", "ignorés", "ignorado", "ignorados", "ignorato", "ignorati", "genegeerd", "ignorerad", "ignorerat", "ignorowane",
    "игнорируется", "игнорируем", "ігнорується", "ігноруємо", "ignoramos", "on ignore",
    "odrzucony", "odrzucona", "abgewiesen", "rejetée", "rechazada", "rifiutato", "rifiutata", "rejeitado", "rejeitada", // Redmine's "Rejected" (pl, de, fr, es, it, pt)
    "anulat", "anulată", "renunțat", "respins", "respinsă", "amânat", "amânată", // ro: canceled, dropped, rejected, postponed
    "tühistatud", "loobutud", "ei tee", // et: canceled, dropped, won't do
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
    "रुका है", // hi ("is held up")
    "warten auf", "wartend", // de: a board lane "Warten auf" (waiting on)
    "venter på", "venter", "på vent", "blokkert", "blokeret", // no, da
    "blokováno", "čeká na", "pozastaveno", // cs
    "odottaa", "estetty", // fi
    "blokované", "blokkolva", "blokkolt", "felfüggesztve", // cs/sk, hu
    "ждёт ответа", "ждет ответа", // ru: YouTrack's "Wait for reply"
    "bloquejat", "bloquejada", // ca

    ...MORE_STATUS_WORDS.blocked, // sr, hr, bs, sl, mk, bg, ms, it (recognise/more-level-words.ts)
    ...WORLD_STATUS_WORDS.blocked, // tl, cy (recognise/world-status-words.ts)
    "wstrzymany", "wstrzymana", // pl: Redmine's "On hold"
    "detenido", "detenida", "atascado", "atascada", "travado", "travada", // es, pt: monday.com's "Stuck"
    "blocat", "blocată", "în așteptare", "în așteptarea", "suspendat", "suspendată", // ro: blocked, waiting (for …), on hold
    "ootel", "blokeeritud", // et: waiting, blocked
    "på pause", "sat på pause", "satt på pause", "pauset", // da, nb ("put on pause")
    "чекаємо", "чекаємо на", "очікуємо", "очікує", "призупинено", "на паузі", "ожидаем", "ожидает", // uk, ru ("we are waiting (on)")
    "स्वीकृति लंबित", "अनुमोदन लंबित", "मंज़ूरी लंबित", "मंजूरी लंबित", "प्रतीक्षा में", // hi ("approval pending", "awaiting")
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
    "geliştirmede", "devam ediyor", "devam eden", "devam", "sürüyor", "test ediliyor", "incelemede", "kod incelemesinde", "kod incelemede", "yapılıyor", "başlandı", "başladı", "başladım", // tr
    "진행 중", "진행중", "검토 중", "검토중", "조치 중", "조치중", "개발 중", "테스트 중", "코드 리뷰", "코드리뷰", "리뷰 중", "리뷰중", // ko ("code review": under way, as "In review")
    "en cours de correction", "en test", "en recette", "en développement", // fr
    "w realizacji", "w przeglądzie", "w testach", // pl
    "на ревью", "в тесте", "делается", "в роботі", "в процесі", // ru, uk
    "under arbete", "i test", "testas", // sv
    "修复中", "测试中", "開発中", // zh, ja
    "审核中", "审查中", "评审中", "審核中", "審查中", "待审核", "待评审", // zh (under review, awaiting review: as "In review")
    "قيد التنفيذ", "قيد العمل", "قيد المراجعة", "جاري العمل", "جارٍ العمل", "בתהליך", "בעבודה", "בביצוע", "σε εξέλιξη", "υπό εξέλιξη", "υπό υλοποίηση", "σε υλοποίηση", "đang làm", "đang thực hiện", "dang lam", "dang thuc hien", // vi typed without diacritics
    "đang xử lý", "đang tiến hành", "chờ kiểm thử", "đang kiểm thử", "chờ duyệt", // vi: waiting for testing / review is under review
    "sedang dikerjakan", "dalam proses", "sedang berjalan", "चल रहा है", "प्रगति में",
    "प्रगति पर", "जारी", "जारी है", "कार्य जारी", // hi ("in progress", "ongoing")
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
    "en curs", "en procés", "en revisió", "fent", // ca ("fent": doing, a board column)

    ...MORE_STATUS_WORDS.in_progress, // sr, hr, bs, sl, mk, bg, ms, it (recognise/more-level-words.ts)
    ...WORLD_STATUS_WORDS.in_progress, // tl, cy (recognise/world-status-words.ts)
    "working on it", "trabajando en ello", "trabalhando nisso", "ci sto lavorando", // monday.com's default "Working on it" (en, es, pt, it)
    "în lucru", "în curs", "în desfășurare", "în progres", "în testare", "în revizuire", // ro: in progress, in testing, in review
    "töös", "pooleli", "käsil", "teoksil", "tegemisel", // et: in progress
    "в розробці", "у розробці", "розробляється", "в разработке", "разрабатывается", // uk, ru ("in development")
    "प्रगति पर", "जारी है", "काम चल रहा है", // hi ("in progress", "ongoing")
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
    "chưa thực hiện", "belum mulai", "belum dikerjakan", "शुरू नहीं हुआ", "बाकी", "लंबित", "लम्बित", // hi: "pending", as English "pending" is
    "ยังไม่เริ่ม", "ยังไม่ได้เริ่ม", "รอดำเนินการ", // th
    "ni začeto", "nije započeto", "za narediti", // sl, hr/sr (not started, to do)
    "শুরু হয়নি", "শুরু হয়নি", "বাকি", "করতে হবে", // bn (not started, remaining, to do)
    "פתוח", "פתוחה", // he: "open"
    "otevřeno", "nezahájeno", // cs
    "åpen", "åben", "ikke startet", // no, da
    "avoin", "aloittamatta", // fi
    "nezačato", "k řešení", "naplánováno", "teendő", "tennivaló", "nyitott", "tervezett", // cs/sk, hu
    "de făcut", "neînceput", "neînceput încă", "planificat", "planificată", // ro: to do, not started, planned
    "alustamata", "avatud", "teha", // et: not started, open, to do
    "sense començar", "per fer", "pendent", // ca

    ...MORE_STATUS_WORDS.not_started, // sr, hr, bs, sl, mk, bg, ms, it (recognise/more-level-words.ts)
    ...WORLD_STATUS_WORDS.not_started, // tl, cy (recognise/world-status-words.ts)
    "no empezado", "sin empezar", "no comenzado", "sin iniciar", "não começado", // es, pt: "not started" as boards say it
    "unresolved", "unfixed", // an error tracker's open state ("resolved" is done)
    "unstarted", "not yet started", // Pivotal Tracker's state before Started
    "nowy", // pl: Redmine's "New"
    "mangler", "gjenstår", "gjenstående", "ikke påbegyndt", "ikke begyndt", "återstår", "återstående", "ej påbörjat", "ej påbörjade", // da, no, sv: "missing", "remaining" (a list of work still to do)
    "προς υλοποίηση", "προς εκτέλεση", "να γίνουν", "να γίνει", "εκκρεμεί", "εκκρεμούν", "εκκρεμότητες", "εκκρεμή", "εκκρεμής", "δεν έχει ξεκινήσει", "προγραμματισμένα", // el: "to implement", "to be done", "pending", "planned"
  ],
  done: [
    "done", "completed", "complete", "finished", "closed", "resolved", "fixed", "shipped", "merged", "released", "landed",
    "live", // an experiment or feature board's shipped state
    "verified", // YouTrack's and Bugzilla's state after Fixed
    "erledigt", "fertig", "abgeschlossen", "umgesetzt", "geschlossen", "behoben", "gelöst", // de
    "fait", "terminé", "terminée", "achevé", "livré", // fr
    "hecho", "terminado", "completado", "listo", "resuelto", "cerrado", "cerrada", // es
    "corregido", "corregida", "solucionado", "solucionada", "arreglado", "arreglada", "resuelta", // es (a finding fixed, as "corrigé")
    "fatto", "completato", "terminato", "concluso", "chiuso", "risolto", // it
    "feito", "concluído", "concluída", "concluido", "finalizado", "pronto", "resolvido", "entregue", // pt
    "klaar", "gedaan", "afgerond", "voltooid", "opgeleverd", "gereed", "opgelost", "verholpen", // nl ("opgelost", "verholpen": a finding resolved, fixed)
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
    "पूर्ण", "पूर्ण हुआ", "संपन्न", "सम्पन्न", "पूरा हो गया", // hi ("complete", "accomplished")
    "เสร็จแล้ว", "เสร็จสิ้น", "เรียบร้อยแล้ว", "ดำเนินการแล้ว", "แก้ไขแล้ว", "ปิดแล้ว", // th ("fixed", "closed")
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
    ...WORLD_STATUS_WORDS.done, // tl, cy (recognise/world-status-words.ts)
    "вирішено", "вирішена", "вирішений", // uk: resolved
    "rozwiązany", "rozwiązana", "zamknięty", "zamknięta", // pl: Redmine's "Resolved" and "Closed" (masculine, feminine)
    "færdigt", "færdige", "klaret", "ferdige", "ferdigstilt", "färdig", "färdigt", "färdiga", "klara", "avklarat", "slutfört", // da, no, sv: neuter and plural of "done"
    "ολοκληρώθηκαν", "ολοκληρωμένα", "ολοκληρωμένες", "ολοκληρωμένη", "έγινε", "έγιναν", "τελείωσε", "τελείωσαν", // el: completed (singular, plural, by gender), done
    "finalizat", "finalizată", "finalizate", "terminat", "terminată", "gata", "rezolvat", "rezolvată", "încheiat", "încheiată", "închis", "închisă", "livrat", "livrată", "făcut", "realizat", "realizată", "implementat", "implementată", // ro: finished, done, resolved, closed, delivered
    "tehtud", "lõpetatud", "valmis tehtud", // et: done, finished
    "cerrado", "cerrada", "fechado", "fechada", // es, pt: ClickUp's and Jira's "Closed"
    "पूर्ण", "पूर्ण हुआ", "संपन्न", // hi ("complete")
  ],
};
