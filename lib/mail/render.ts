// E-mail bodies, plain text and HTML, from inbox entries as the reader sees them (entry-text.ts in
// their zone). Pure: every value is escaped for HTML here, and links are absolute (APP_URL).

import { KIND_LABELS, type NotificationKind } from "@/lib/domain/notifications";
import type { EntryWords } from "@/lib/inbox/entry-text";

export type Message = { subject: string; text: string; html: string };

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
/** Subjects are one line, bounded (a title can be long; a header cannot hold a newline). */
const oneLine = (s: string, max = 180) => {
  const flat = s.replace(/[\r\n\t]+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};
const absolute = (appUrl: string, href: string) => new URL(href, appUrl).toString();

const sentence = (w: EntryWords) => (w.actor ? `${w.actor} ${w.text}` : w.text);

export type Footer = { unsubscribeUrl: string; unsubscribeLabel: string; settingsUrl: string };

function footerText(f: Footer) {
  return `\n--\n${f.unsubscribeLabel}: ${f.unsubscribeUrl}\nChoose what you receive: ${f.settingsUrl}\n`;
}
function footerHtml(f: Footer) {
  return `<hr style="border:none;border-top:1px solid #ddd;margin:24px 0 8px"><p style="color:#666;font-size:12px"><a href="${escapeHtml(f.unsubscribeUrl)}">${escapeHtml(f.unsubscribeLabel)}</a> · <a href="${escapeHtml(f.settingsUrl)}">Choose what you receive</a></p>`;
}
const wrap = (body: string) =>
  `<!doctype html><html><body style="font-family:system-ui,-apple-system,Segoe UI,sans-serif;font-size:14px;line-height:1.5;color:#111;max-width:640px">${body}</body></html>`;

function itemLines(w: EntryWords, appUrl: string) {
  return w.items.slice(0, 10).map((i) => ({ label: `${i.key} ${i.title}`, url: absolute(appUrl, i.href) }));
}

/** One entry, sent at once. */
export function entryMessage(w: EntryWords, appUrl: string, footer: Footer): Message {
  const line = sentence(w);
  const items = itemLines(w, appUrl);
  const more = Math.max(0, w.total - items.length);
  const link = absolute(appUrl, w.href);
  const text = [
    line,
    "",
    ...items.map((i) => `- ${i.label}\n  ${i.url}`),
    ...(more ? [`- and ${more} more`] : []),
    ...(w.excerpt ? ["", `> ${w.excerpt}`] : []),
    "",
    `Open: ${link}`,
  ].join("\n");
  const html = wrap(
    [
      `<p>${w.actor ? `<strong>${escapeHtml(w.actor)}</strong> ` : ""}${escapeHtml(w.text)}</p>`,
      items.length ? `<ul>${items.map((i) => `<li><a href="${escapeHtml(i.url)}">${escapeHtml(i.label)}</a></li>`).join("")}${more ? `<li>and ${more} more</li>` : ""}</ul>` : "",
      w.excerpt ? `<blockquote style="border-left:3px solid #ddd;margin:0;padding-left:8px;color:#555">${escapeHtml(w.excerpt)}</blockquote>` : "",
      `<p><a href="${escapeHtml(link)}">Open in Health Backlog</a></p>`,
      footerHtml(footer),
    ].join(""),
  );
  return { subject: oneLine(line), text: text + footerText(footer), html };
}

/** The daily digest: each entry as one line with its link, grouped by kind in the preferences' order. */
export function digestMessage(entries: { kind: NotificationKind; words: EntryWords }[], appUrl: string, footer: Footer, dayLabel: string): Message {
  const kinds = Object.keys(KIND_LABELS) as NotificationKind[];
  const groups = kinds.map((k) => ({ kind: k, list: entries.filter((e) => e.kind === k) })).filter((g) => g.list.length);
  const n = entries.length;
  const subject = oneLine(`Your Health Backlog digest for ${dayLabel}: ${n} ${n === 1 ? "update" : "updates"}`);
  const text = groups
    .map((g) => [KIND_LABELS[g.kind].label, ...g.list.map((e) => `- ${sentence(e.words)}\n  ${absolute(appUrl, e.words.href)}`)].join("\n"))
    .join("\n\n");
  const html = wrap(
    groups
      .map(
        (g) =>
          `<h3 style="font-size:14px;margin:16px 0 4px">${escapeHtml(KIND_LABELS[g.kind].label)}</h3><ul>${g.list
            .map((e) => `<li><a href="${escapeHtml(absolute(appUrl, e.words.href))}">${escapeHtml(sentence(e.words))}</a></li>`)
            .join("")}</ul>`,
      )
      .join("") + footerHtml(footer),
  );
  return { subject, text: `${text}\n${footerText(footer)}`, html };
}
