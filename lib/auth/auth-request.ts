import { safeInAppPath } from "./safe-path";

// Auth.js's endpoints (/api/auth/*) read a destination from the query, a POSTed form or JSON body,
// and a cookie. Before its `redirect` callback ever runs, Auth.js checks the query and the cookie
// itself and answers 500 ("server configuration") to anything but an http(s) URL or a path, so
// `?callbackUrl=javascript:alert(1)` was a 500. This rewrites every such value to a safe path
// (./safe-path.ts) before Auth.js sees the request; the `redirect` callback applies the same rule
// to what reaches it by other ways (the sign-in and sign-out server actions).

const PARAMS = ["callbackUrl", "redirectTo"];
const CALLBACK_COOKIE = /^(?:__Secure-)?(?:authjs|next-auth)\.callback-url$/;

/** The request with every destination it carries made safe; the same object when none needed it. */
export async function withSafeDestinations(request: Request): Promise<Request> {
  const url = new URL(request.url);
  const safe = (value: unknown) => safeInAppPath(value, url.origin);
  let changed = false;

  for (const key of PARAMS) {
    const values = url.searchParams.getAll(key);
    if (values.length > 0 && (values.length > 1 || safe(values[0]) !== values[0])) {
      url.searchParams.set(key, safe(values[0]));
      changed = true;
    }
  }

  const headers = new Headers(request.headers);
  const cookie = request.headers.get("cookie");
  if (cookie) {
    const rewritten = cookie
      .split(";")
      .map((pair) => {
        const at = pair.indexOf("=");
        if (at < 0 || !CALLBACK_COOKIE.test(pair.slice(0, at).trim())) return pair;
        const value = decode(pair.slice(at + 1).trim());
        return value !== null && safe(value) === value ? pair : `${pair.slice(0, at)}=${encodeURIComponent(safe(value))}`;
      })
      .join(";");
    if (rewritten !== cookie) {
      headers.set("cookie", rewritten);
      changed = true;
    }
  }

  let body: string | undefined;
  if (request.method === "POST" && request.body) {
    // Auth.js reads only these two body types (and only in POSTs).
    const type = request.headers.get("content-type") ?? "";
    body = await request.text();
    if (type.includes("application/x-www-form-urlencoded")) {
      const form = new URLSearchParams(body);
      for (const key of PARAMS) if (form.has(key)) form.set(key, safe(form.get(key)));
      body = form.toString();
    } else if (type.includes("application/json")) {
      body = safeJson(body, safe);
    }
    headers.delete("content-length");
    changed = true;
  }

  return changed ? new Request(url, { method: request.method, headers, body, signal: request.signal }) : request;
}

function decode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** Destinations in a JSON object body made safe; anything unparsable is left for Auth.js to refuse (400). */
function safeJson(text: string, safe: (value: unknown) => string): string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return text;
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) return text;
  const object = data as Record<string, unknown>;
  for (const key of PARAMS) if (key in object) object[key] = safe(object[key]);
  return JSON.stringify(object);
}
