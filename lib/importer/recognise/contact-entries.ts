// "Urgent outages: on-call, phone 040 123 4567", "Slack: #payments-help", "Jira project: PAY": a team
// page's or handbook's "how to reach us" list names where to ask, it asks nothing to be done. A
// careful reader sees the channel: an entry "Label: value" whose text holds a phone number, an
// e-mail address, a link, a #channel or an @handle, or whose short value (or label) names the tool
// people are reached through. A task that merely mentions a tool ("Email: send the invoice to the
// client") says more than a short value does and stays a task.

/** "040 123 4567", "+36 1 234 5678", "(030) 1234-567": seven digits or more with spaces, dashes or parentheses. */
const PHONE = /(?:^|[\s:(])\+?\(?\d{1,4}\)?(?:[ -]?\d{2,4}){2,4}(?=$|[\s,.;)])/;
const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}\.[a-z]{2,}/i;
const LINK = /\bhttps?:\/\/|\bwww\./i;
const CHANNEL = /(?:^|\s)[#@][\p{L}\d][\p{L}\d_.-]*/u;
/** Tools and ways people are reached through. */
const TOOL = /(?<![\p{L}\d])(?:slack|teams|discord|mattermost|matrix|irc|whatsapp|signal|telegram|e-?mail|mail|phone|telefon|telefoon|téléphone|teléfono|telefone|telefono|puhelin|tel\.?|mobil|mobile|pagerduty|opsgenie|jira|confluence|wiki|servicenow|zendesk)(?![\p{L}\d])/iu;
const LABELLED = /^([^:：]{1,40})[:：]\s*(.+)$/su;
const MAX_LABEL_WORDS = 4;
const MAX_TOOL_VALUE_WORDS = 4;

/** Whether a list entry's text says where to reach someone rather than what to do. */
export function isContactEntry(text: string): boolean {
  const m = text.trim().match(LABELLED);
  if (!m || m[1]!.trim().split(/\s+/).length > MAX_LABEL_WORDS) return false;
  const value = m[2]!;
  const digits = value.match(PHONE)?.[0].replace(/\D/g, "").length ?? 0;
  if (digits >= 7 || EMAIL.test(value) || LINK.test(value) || CHANNEL.test(value)) return true;
  return value.trim().split(/\s+/).length <= MAX_TOOL_VALUE_WORDS && (TOOL.test(m[1]!) || TOOL.test(value));
}
