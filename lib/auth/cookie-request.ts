import type { ActionError } from "@/lib/result";

// A browser sends the session cookie with any request to our host, including ones another app on
// the same site makes (SameSite=Lax stops other sites, not sibling apps under the same registrable
// domain), and a plain HTML form can POST text/plain without a CORS preflight. So a cookie-
// authenticated write to a JSON route must (1) come from our own origin, as Origin or
// Sec-Fetch-Site says, and (2) be declared application/json, which a cross-origin page cannot send
// without a preflight we never answer. Server actions get the same Origin check from Next.js;
// token callers carry no ambient credential and are exempt.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The hosts this request was addressed to, as Next.js's own server-action check reads them. */
function ownHosts(headers: Headers): string[] {
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return [forwarded, headers.get("host")].filter((h): h is string => !!h).map((h) => h.toLowerCase());
}

export function isSameOriginRequest(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin && origin !== "null") {
    let host: string;
    try {
      host = new URL(origin).host.toLowerCase();
    } catch {
      return false;
    }
    return ownHosts(headers).includes(host);
  }
  // No Origin (some same-origin navigations): the browser's own word on where it came from.
  return headers.get("sec-fetch-site") === "same-origin";
}

/** `application/json`, `application/json; charset=utf-8`, `application/merge+json` … */
export function isJsonContentType(value: string | null): boolean {
  const type = value?.split(";")[0]?.trim().toLowerCase() ?? "";
  return type === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/** Why a cookie-authenticated request is refused, or null when it may proceed. */
export function refuseCookieRequest(request: Request, expectsJsonBody: boolean): ActionError | null {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return null;
  if (!isSameOriginRequest(request.headers)) {
    return { code: "forbidden", message: "Cross-origin request refused: send it from this app, or use an API token (Authorization: Bearer)." };
  }
  if (expectsJsonBody && !isJsonContentType(request.headers.get("content-type"))) {
    return { code: "unsupported_media_type", message: "Send the body as JSON with Content-Type: application/json." };
  }
  return null;
}
