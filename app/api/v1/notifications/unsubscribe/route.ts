import { API } from "@/lib/api/catalog";
import { getDb } from "@/db";
import { defineRoute } from "@/lib/auth/route";
import { KIND_LABELS } from "@/lib/domain/notifications";
import { unsubscribe } from "@/lib/inbox/service";
import { verifyUnsubscribe } from "@/lib/mail/unsubscribe";

export const dynamic = "force-dynamic";

// The unsubscribe link of an e-mail. GET shows a page with one button (a link scanner that follows
// the link changes nothing); POST — that button, or a mail client's one-click (RFC 8058) — turns
// the kind's e-mail off. The link's HMAC is the permission: no sign-in needed, no one else's.

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function page(title: string, body: string, status = 200): Response {
  // Plain HTML: the API's Content-Security-Policy allows no styles or scripts, and none are needed.
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${body}<p><a href="/account#notifications">Choose what you receive</a></p></main></body></html>`;
  return new Response(html, { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}

const what = (k: string) => (k === "digest" ? "the daily digest" : `e-mails about “${KIND_LABELS[k as keyof typeof KIND_LABELS].label}”`);
const invalid = () => page("This link does not work", "<p>The unsubscribe link is incomplete or was changed. Open your notification settings to choose what you receive.</p>", 400);

export const GET = defineRoute(API.unsubscribePage.action, API.unsubscribePage, async ({ u, k, t }, { request }) => {
  if (!verifyUnsubscribe(u, k, t)) return invalid();
  const action = new URL(request.url);
  return page(`Stop ${what(k)}?`, `<p>You will still see them in the app's inbox unless you turn that off too.</p><form method="post" action="${escapeHtml(action.pathname + action.search)}"><button type="submit">Unsubscribe</button></form>`);
});

export const POST = defineRoute(API.unsubscribe.action, API.unsubscribe, async ({ u, k, t }) => {
  if (!verifyUnsubscribe(u, k, t)) return invalid();
  await unsubscribe(await getDb(), u, k);
  return page("Unsubscribed", `<p>You will no longer get ${escapeHtml(what(k))}.</p>`);
});
