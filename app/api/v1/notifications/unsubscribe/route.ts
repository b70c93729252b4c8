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
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#111;background:#fff}@media(prefers-color-scheme:dark){body{color:#eee;background:#111}a{color:#8ab4ff}}button{font:inherit;padding:.5rem 1rem;border-radius:.375rem;border:1px solid #888;cursor:pointer}</style></head><body><h1 style="font-size:1.25rem">${escapeHtml(title)}</h1>${body}<p><a href="/account#notifications">Choose what you receive</a></p></body></html>`;
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
