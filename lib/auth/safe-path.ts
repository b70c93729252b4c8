// Where a user may be sent after signing in or out: the one decision behind the login page's
// `?next=`, Auth.js's `callbackUrl` / `redirectTo` (its endpoints and its `redirect` callback). A
// hostile value must neither leave the site (`//evil.com`, `/\evil.com`, `https://evil.example`,
// `/<TAB>/evil.com`, which browsers read as `//evil.com`) nor break the request (`javascript:`
// made Auth.js answer 500): anything but a plain same-origin path becomes "/".

/** Longer destinations are not links anyone follows; they become "/". */
export const MAX_IN_APP_PATH = 2000;

// Any host would do: a path that resolves against it and stays on it stays on ours too.
const PROBE = "http://in-app.invalid";

/**
 * `value` as a same-origin path (`/backlog?x=1#y`), or "/" when it is anything else. With `origin`,
 * an absolute http(s) URL on exactly that origin counts too (Auth.js's clients send those) and
 * gives its path.
 */
export function safeInAppPath(value: unknown, origin?: string): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_IN_APP_PATH) return "/";
  let path = value;
  if (origin && !value.startsWith("/")) {
    const url = parse(value);
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== origin) return "/";
    path = url.pathname + url.search + url.hash;
  }
  // URL parsers drop tabs and newlines and read "\" as "/" (so "/\t/x" and "/\x" are "//x");
  // other control characters have no place in a link either.
  if (!path.startsWith("/") || path.startsWith("//") || /[\u0000-\u001f\u007f\\]/.test(path)) return "/";
  const url = parse(path, PROBE);
  if (!url || url.origin !== PROBE) return "/";
  const safe = url.pathname + url.search + url.hash;
  return safe.startsWith("//") || safe.length > MAX_IN_APP_PATH ? "/" : safe;
}

function parse(value: string, base?: string): URL | null {
  try {
    return new URL(value, base);
  } catch {
    return null;
  }
}
