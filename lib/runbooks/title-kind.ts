import { qualifiedKindPattern } from "./qualified-kind";

// A runbook's title often opens with the kind of document it is: "Runbook: Disk pressure",
// "Procedure – Rotate the certificate", "SOP: Onboarding a tenant", "Procedimiento: migración de
// DNS", "Verfahren: Schlüsseltausch". The app already files it as a runbook, so that word is a
// label, not part of the name (it would only repeat in every list and slug). A qualified phrase
// ("Incident playbook: …", "Restore drill: …") says what the document is about and stays; one
// qualified by a kind itself ("Alert runbook: …", "DR procedure: …") is a label too (qualified-kind.ts).

// A checklist and an alert page are runbooks too ("Checklist: Closing the till", "Alert: DiskFull"):
// the app files them as runbooks, so the kind word is a label like "Runbook:".
const CHECKLIST = String.raw`check[ -]?list|checkliste|liste de contrôle|liste de vérification|lista de verificación|lista de comprobación|lista de control|lista de verificação|lista di controllo|controlelijst|checklijst|afvinklijst|tjekliste|sjekkliste|checklista|tarkistuslista|kontrolní seznam|kontrolný zoznam|lista kontrolna|ellenőrzőlista|kontrol listesi|контрольный список|чек-?лист|контрольний список|チェックリスト|检查清单|检查表|체크리스트`;
const ALERT = String.raw`alert|alarm|alerte|alerta|alarme|alarma|allarme|waarschuwing|larm|hälytys|аларм|алерт|アラート|告警|알림`;
// Japanese, Chinese and Korean write "alert runbook" as one compound, without a space:
// "アラート対応手順：…" (alert response procedure), "告警处理手册：…", "알림 대응 절차: …".
const CJK_ALERT_KIND = String.raw`(?:アラート|アラーム)対応(?:手順書?|マニュアル)|告警(?:处理|处置|响应)(?:手册|流程)|(?:알림|경보)\s?대응\s?(?:절차서?|매뉴얼|런북)`;

// One document-kind word (or the fixed phrases that mean one), in the languages the importer reads.
const KIND = new RegExp(String.raw`^(?:run[ -]?book|play[ -]?book|procedure|sop|standard operating procedure|verfahren|prozedur|arbeitsanweisung|handlungsanweisung|betriebsanleitung|betriebsanweisung|verfahrensanweisung|betriebshandbuch|procédure|mode opératoire|fiche réflexe|procedimiento|procedimento|procedura|instrucción de trabajo|werkinstructie|draaiboek|driftsinstruks|rutin|регламент|инструкция|інструкція|procedura operacyjna|instrukcja|ランブック|プレイブック|手順書|作業手順書|運用手順書?|运行手册|运维手册|操作手册|处置手册|런북|플레이북|운영 절차서?|prosedur|prosedyre|procedur|postup|eljárás|toimintaohje|quy trình|${CJK_ALERT_KIND}|${CHECKLIST}|${ALERT})\s*(?::|：|\s[–—-])\s*`, "iu");

const QUALIFIED = qualifiedKindPattern(ALERT);

/** The title without a leading document-kind label ("Runbook: X" → "X"); unchanged when nothing would be left. */
export function withoutKindLabel(title: string): string {
  const length = (KIND.exec(title) ?? QUALIFIED.exec(title))?.[0].length;
  if (!length) return title;
  const rest = title.slice(length).trim();
  return /[\p{L}\p{N}]/u.test(rest) ? rest : title;
}
