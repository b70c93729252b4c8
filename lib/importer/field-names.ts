import { OWNER_FIELD_NAMES, PRIORITY_FIELD_NAMES, SEVERITY_FIELD_NAMES, STATUS_FIELD_NAMES, TITLE_FIELD_NAMES } from "./vocabulary";

// Which field label or column header names the status, the priority or the severity, in any
// language of the vocabulary ("Stato", "Prioriteit", "Sev", "優先度"). A name counts as a whole word
// of the label ("Current status", "Priorità (MoSCoW)"), so "Statement" or "Severed" do not.

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const named = (names: string[]) => new RegExp(`(?<![\\p{L}])(?:${[...names].sort((a, b) => b.length - a.length).map(escape).join("|")})(?![\\p{L}])`, "iu");

const STATUS = named(STATUS_FIELD_NAMES);
const PRIORITY = named(PRIORITY_FIELD_NAMES);
const SEVERITY = named(SEVERITY_FIELD_NAMES);

export const isStatusField = (label: string) => STATUS.test(label);
export const isPriorityField = (label: string) => PRIORITY.test(label);
export const isSeverityField = (label: string) => SEVERITY.test(label);
const TITLE = new RegExp(`^(?:${TITLE_FIELD_NAMES.map(escape).join("|")})$`, "iu");
/** A title column named in another language, the whole header ("Attività", "タスク"). */
export const isTitleField = (label: string) => TITLE.test(label.trim());

const exactly = (names: string[]) => new RegExp(`^(?:${names.map(escape).join("|")})$`, "iu");
const STATUS_ONLY = exactly(STATUS_FIELD_NAMES);
const PRIORITY_ONLY = exactly(PRIORITY_FIELD_NAMES);
const SEVERITY_ONLY = exactly(SEVERITY_FIELD_NAMES);

/**
 * A field label as the record readers know it: "Stato", "Prioriteit", "優先度", "Sev" → "Status",
 * "Priority", "Severity"; any other label unchanged ("Priority Label" stays itself).
 */
export function englishFieldName(label: string): string {
  const t = label.trim().replace(/[:：]\s*$/u, "").trim();
  if (STATUS_ONLY.test(t)) return /^state$/i.test(t) ? t : "Status";
  if (PRIORITY_ONLY.test(t)) return "Priority";
  if (SEVERITY_ONLY.test(t)) return "Severity";
  return t;
}

const OWNER = new RegExp(`^(?:${OWNER_FIELD_NAMES.map(escape).join("|")})\\s*[:：]`, "iu");
/** "担当：田中", "Owner: Sam": a labelled owner, which after a title is a remark about who, not what. */
export const isOwnerField = (text: string) => OWNER.test(text.trim());
